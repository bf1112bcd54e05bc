import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, requireZone } from "../../common/context";
import { ProgramBuilder } from "../../program/builder";
import { decideDateOrder } from "../../time/date-order";
import type { NumericDate } from "../../time/dates";
import { type DateCell, readDateCell } from "./cells";
import { columnsOf, mapColumns } from "./columns";
import { collectSessions } from "./rows";
import { readTable } from "./table";

/** CSV with one row per session or per presenter; columns mapped from the headers. */
export function parseCsv(text: string, ctx: ParseContext): ParseOutput {
  const { rows, notes } = readTable(text);
  const headers = (rows[0] ?? []).map((h) => String(h).trim());
  if (headers.length < 2 || rows.length < 2) {
    throw new DomainError(
      "import.unreadable",
      "This CSV needs a header row and at least one session row",
    );
  }
  const mapping = mapColumns(headers, ctx.csvMapping);
  const cols = columnsOf(headers, mapping);
  const details = { headers, mapping };
  if (cols.title === undefined) {
    throw new DomainError(
      "import.csv_no_title",
      "No column holds the session title: choose one in the column mapping",
      details,
    );
  }
  if (cols.date === undefined && cols.start === undefined && cols.timeRange === undefined) {
    throw new DomainError(
      "import.csv_no_times",
      "No column holds the date or start time: choose them in the column mapping",
      details,
    );
  }
  const zone = requireZone(ctx, "csv");
  const body = rows.slice(1);
  const dateCol = cols.date ?? cols.start;
  const dateCells: DateCell[] = new Array(body.length);
  const numeric: NumericDate[] = [];
  let anyDate = false;
  for (let i = 0; i < body.length; i++) {
    const d = readDateCell(String((body[i] as string[])[dateCol ?? -1] ?? ""));
    dateCells[i] = d;
    if (d.numeric) numeric.push(d.numeric);
    if (d.date || d.numeric) anyDate = true;
  }
  if (cols.date === undefined && !anyDate) {
    throw new DomainError(
      "import.csv_no_times",
      "No column holds the session date: choose it in the column mapping",
      details,
    );
  }
  const decision = decideDateOrder(numeric, ctx.dateOrder);
  const b = new ProgramBuilder(zone);
  for (const note of notes) b.warn(note.ref, note.message);
  for (const key of Object.keys(ctx.csvMapping ?? {})) {
    if (!headers.includes(key))
      b.warn("columns", `The mapping names a column “${key}” that is not in the file`);
  }
  if (decision.defaulted) {
    b.warn(
      "dates",
      `Dates such as ${numeric[0]?.a}${numeric[0]?.sep}${numeric[0]?.b}${numeric[0]?.sep}${numeric[0]?.year} can be read day-first or month-first; read as ${decision.order === "dmy" ? "day.month.year" : "month/day/year"}. Choose the date order if that is wrong.`,
    );
  }
  collectSessions(b, body, dateCells, cols, decision.order);
  const csv = {
    headers,
    mapping,
    ambiguousDates: decision.ambiguous,
    ...(decision.order ? { dateOrder: decision.order } : {}),
  };
  return { program: b.finish({ title: "" }), csv };
}
