import Papa from "papaparse";

const csvConfig: Papa.ParseConfig<string[]> = { header: false, skipEmptyLines: "greedy" };

/** The CSV format's raw step: the library's parse with the reader's options. */
export const parseCsvRaw = (text: string): Papa.ParseResult<string[]> =>
  Papa.parse<string[]>(text, csvConfig);
