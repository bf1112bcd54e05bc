import Papa from "papaparse";
import { maxCsvRows } from "../../common/limits";

// Papa stops one row past the most a program may have (after the header), so the reader can
// refuse the file without every row of it in memory.
const csvConfig: Papa.ParseConfig<string[]> = {
  header: false,
  skipEmptyLines: "greedy",
  preview: maxCsvRows + 2,
};

/** The CSV format's raw step: the library's parse with the reader's options. */
export const parseCsvRaw = (text: string): Papa.ParseResult<string[]> =>
  Papa.parse<string[]>(text, csvConfig);
