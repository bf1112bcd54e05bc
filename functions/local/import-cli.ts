// Usage: npm run --silent import -- <file> [--format auto|ics|frab-xml|frab-json|sessionize|csv|text]
//        [--tz <IANA zone>] [--json]
// Prints the normalized program (--json: one JSON object) or a human summary; on any problem one
// line on stderr and a non-zero exit code.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type Format,
  fileTooLargeMessage,
  formatLabels,
  formatSchema,
  importLimits,
  type Program,
} from "../../schemas/program";
import { DomainError } from "../domain/errors";
import { type ImportResult, importProgram } from "../domain/import/index";

const usage =
  "usage: import <file> [--format auto|ics|frab-xml|frab-json|sessionize|csv|text] [--tz <IANA zone>] [--json]";

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
      options: { format: { type: "string" }, tz: { type: "string" }, json: { type: "boolean" } },
    });
  } catch (e) {
    // Node's messages continue with advice about "--"; the first sentence is the useful part.
    const first = (e instanceof Error ? e.message : String(e)).split(/\.\s|\n/)[0];
    throw new UsageError(`${first}; ${usage}`);
  }
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
  const result = importProgram(text, { format: format as Format | "auto", timeZone: values.tz });
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
