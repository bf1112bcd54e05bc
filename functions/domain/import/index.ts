import type { CsvInfo } from "../../../schemas/conference";
import type { CsvMapping, DateOrder, Format, Program } from "../../../schemas/program";
import { canonicalTimeZone } from "../../../schemas/program";
import { DomainError } from "../errors";
import type { ParseContext, Parser } from "./common/context";
import { checkInputSize, stripBom } from "./common/limits";
import { clearImportCaches } from "./common/memo";
import { sniff } from "./detect";
import { parseCsv } from "./formats/csv/parse";
import { parseFrabJson } from "./formats/frab/json";
import { parseFrabXml } from "./formats/frab/xml";
import { parseIcs } from "./formats/ics/parse";
import { parseSessionize } from "./formats/sessionize/parse";
import { parseText } from "./formats/text/parse";

export type ImportOptions = {
  format?: Format | "auto";
  timeZone?: string;
  csvMapping?: CsvMapping;
  dateOrder?: DateOrder;
  /** The year of days written without one; without it the year is guessed, with a warning. */
  year?: number;
  /** The first day (ISO date) of a program that names no dates. */
  firstDay?: string;
  /** The present, which a guessed year is chosen nearest to; the system clock when absent. */
  now?: Date;
};

export type ImportResult = { format: Format; program: Program; csv?: CsvInfo };

const parsers: Record<Format, Parser> = {
  ics: parseIcs,
  "frab-xml": parseFrabXml,
  "frab-json": parseFrabJson,
  sessionize: parseSessionize,
  csv: parseCsv,
  text: parseText,
};

/** The format of a program file, judged from its content (a BOM is ignored). */
export function detectFormat(text: string): Format {
  return guard(() => {
    checkInputSize(text);
    return sniff(stripBom(text)).format;
  });
}

/** Reads a program in any supported format into the normalized Program. Throws only
 * DomainError; whatever can be read is returned and the rest is listed in warnings. */
export function importProgram(text: string, options: ImportOptions = {}): ImportResult {
  return guard(() => {
    checkInputSize(text);
    return read(stripBom(text), options);
  });
}

/** importProgram without the upload size limit, for callers that bound their input
 * themselves (the import benchmark reads programs larger than an upload may be). */
export function importProgramUnbounded(text: string, options: ImportOptions = {}): ImportResult {
  return guard(() => read(stripBom(text), options));
}

function read(body: string, options: ImportOptions): ImportResult {
  try {
    return readFormat(body, options);
  } finally {
    clearImportCaches();
  }
}

function readFormat(body: string, options: ImportOptions): ImportResult {
  const timeZone = options.timeZone === undefined ? undefined : canonicalTimeZone(options.timeZone);
  if (options.timeZone !== undefined && !timeZone) {
    throw new DomainError(
      "import.bad_time_zone",
      `Unknown time zone “${options.timeZone}”: use an IANA name such as America/New_York`,
    );
  }
  const ctx: ParseContext = {
    timeZone,
    csvMapping: options.csvMapping,
    dateOrder: options.dateOrder,
    year: options.year,
    firstDay: options.firstDay,
    now: (options.now ?? new Date()).getTime(),
  };
  let format: Format;
  if (!options.format || options.format === "auto") ({ format, json: ctx.json } = sniff(body));
  else format = options.format;
  const out = parsers[format](body, ctx);
  return out.csv
    ? { format, program: out.program, csv: out.csv }
    : { format, program: out.program };
}

// Parsers are written not to throw anything else, but a library surprise must still reach the
// user as an actionable error rather than a 500.
function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof DomainError) throw e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new DomainError("import.unreadable", "The file is nested too deeply to read");
    }
    // A fault in the code, not the file: its message names our internals. A format forced onto
    // the wrong kind of file is the likely trigger.
    if (e instanceof TypeError || e instanceof ReferenceError) {
      throw new DomainError(
        "import.unreadable",
        "The file could not be read in the chosen format. Check that the format is right, or choose “Detect from the content”.",
      );
    }
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError("import.unreadable", `The file could not be read: ${why}`);
  }
}
