// Usage: npm run --silent import -- <file> [--format auto|ics|frab-xml|frab-json|sessionize|csv|text]
//        [--tz <IANA zone>] [--year <year>] [--first-day <yyyy-mm-dd>] [--map "Column=field"]... [--json]
// Prints the normalized program (--json: one JSON object) or a human summary; on any problem one
// line on stderr and a non-zero exit code.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as v from "valibot";
import {
  type CsvField,
  type CsvMapping,
  csvFieldSchema,
  type Format,
  fileTooLargeMessage,
  firstDaySchema,
  formatLabels,
  formatSchema,
  importLimits,
  importYearSchema,
  type Program,
} from "../../schemas/program";
import { DomainError } from "../domain/errors";
import { type ImportResult, importProgram } from "../domain/import/index";

const usage =
  'usage: import <file> [--format auto|ics|frab-xml|frab-json|sessionize|csv|text] [--tz <IANA zone>] [--year <year>] [--first-day <yyyy-mm-dd>] [--map "Column=field"]... [--json]';

class UsageError extends Error {}

function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : (code ?? "unreadable");
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  if (buf.length > importLimits.maxBytes)
    throw new DomainError("import.too_large", fileTooLargeMessage());
  // Spreadsheet tools on Windows often save UTF-16 with a byte-order mark.
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString("utf16le");
  return buf.toString("utf8");
}

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        tz: { type: "string" },
        year: { type: "string" },
        "first-day": { type: "string" },
        map: { type: "string", multiple: true },
        json: { type: "boolean" },
      },
    });
  } catch (e) {
    // Node's messages continue with advice about "--"; the first sentence is the useful part.
    const first = (e instanceof Error ? e.message : String(e)).split(/\.\s|\n/)[0];
    throw new UsageError(`${first}; ${usage}`);
  }
}

/** A value checked by the schema the web form uses; its first message otherwise. */
function checked<T>(schema: v.GenericSchema<unknown, T>, value: unknown, flag: string): T {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new UsageError(`${flag}: ${result.issues[0].message}`);
}

/** "--map Column=field", as many as there are columns to choose. */
function mapping(maps: string[] | undefined): CsvMapping | undefined {
  if (!maps || maps.length === 0) return undefined;
  const out: CsvMapping = {};
  for (const m of maps) {
    const at = m.lastIndexOf("=");
    if (at <= 0) throw new UsageError(`--map “${m}”: write it as "Column=field"`);
    const field = m.slice(at + 1).trim() as CsvField;
    if (!csvFieldSchema.options.includes(field))
      throw new UsageError(`--map “${m}”: use one of ${csvFieldSchema.options.join(", ")}`);
    out[m.slice(0, at).trim()] = field;
  }
  return out;
}

function summary(result: ImportResult): string {
  const p: Program = result.program;
  const c = p.conference;
  const rooms = new Set(p.sessions.flatMap((s) => (s.room ? [s.room] : []))).size;
  const lines = [
    `Format:     ${formatLabels[result.format]} (${result.format})`,
    `Conference: ${c.title}${c.acronym ? ` (${c.acronym})` : ""}`,
    `Dates:      ${c.startDate} to ${c.endDate}, time zone ${c.timeZone}`,
    `Sessions:   ${p.sessions.length}`,
    `People:     ${p.people.length}`,
    `Rooms:      ${rooms}`,
  ];
  if (result.csv)
    lines.push(
      `Columns:    ${Object.entries(result.csv.mapping)
        .map(([h, f]) => `${h} -> ${f}`)
        .join(", ")}`,
    );
  lines.push(p.warnings.length === 0 ? "Warnings:   none" : `Warnings (${p.warnings.length}):`);
  for (const w of p.warnings) lines.push(`  ${w.ref}: ${w.message}`);
  return lines.join("\n");
}

function main(argv: string[]): number {
  const { values, positionals } = options(argv);
  if (positionals.length !== 1)
    throw new UsageError(`expected one file, got ${positionals.length}; ${usage}`);
  const format = values.format ?? "auto";
  if (format !== "auto" && !formatSchema.options.includes(format as Format)) {
    throw new UsageError(
      `unknown format “${format}”; use auto, ${formatSchema.options.join(", ")}`,
    );
  }
  const text = readText(positionals[0] as string);
  const year =
    values.year === undefined
      ? undefined
      : checked(importYearSchema, Number(values.year), "--year");
  const firstDay =
    values["first-day"] === undefined
      ? undefined
      : checked(firstDaySchema, values["first-day"], "--first-day");
  const result = importProgram(text, {
    format: format as Format | "auto",
    timeZone: values.tz,
    year,
    firstDay,
    csvMapping: mapping(values.map),
  });
  process.stdout.write(`${values.json ? JSON.stringify(result.program) : summary(result)}\n`);
  return 0;
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`import: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  let message =
    e instanceof UsageError || e instanceof DomainError
      ? e.message
      : `unexpected error: ${String(e)}`;
  if (e instanceof DomainError && e.code === "import.time_zone_required")
    message += " (pass --tz <zone>)";
  process.stderr.write(`import: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
