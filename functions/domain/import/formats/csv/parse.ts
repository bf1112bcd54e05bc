import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, requireZone } from "../../common/context";
import { ProgramBuilder } from "../../program/builder";
import { decideDateOrder } from "../../time/date-order";
import { type DateParts, isoDateParts, type NumericDate } from "../../time/dates";
import { readWeekday, weekdayFrom } from "../../time/weekdays";
import { chooseYear, type YearlessDay } from "../../time/year";
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
  const body = rows.slice(1);
  const mapping = mapColumns(headers, body, ctx.csvMapping);
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
  const firstDay = ctx.firstDay === undefined ? undefined : isoDateParts(ctx.firstDay);
  if (cols.date === undefined && !anyDate && !firstDay) {
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
  collectSessions(
    b,
    body,
    dateCells,
    cols,
    decision.order,
    daysOf(text, dateCells, ctx, b, firstDay),
  );
  const csv = {
    headers,
    mapping,
    ambiguousDates: decision.ambiguous,
    ...(decision.order ? { dateOrder: decision.order } : {}),
  };
  return { program: b.finish({ title: "" }), csv };
}

const YEARS = /\b(?:19|20)\d{2}\b/g;

/** How a row's date cell becomes a day when it is not a whole date: a date without a year takes
 * the typed year or a guessed one (warned once); a weekday ("Monday") the first such day from the
 * typed first day; a row without a date the first day. */
function daysOf(
  text: string,
  cells: DateCell[],
  ctx: ParseContext,
  b: ProgramBuilder,
  firstDay: DateParts | undefined,
): (cell: DateCell, date: DateParts | undefined) => DateParts | undefined {
  const yearless = new Map<string, YearlessDay>();
  let weekdays = 0;
  for (const c of cells) {
    if (c.date && c.date.year === undefined) {
      const key = `${c.date.month}-${c.date.day}`;
      if (!yearless.has(key)) yearless.set(key, { month: c.date.month, day: c.date.day, line: 0 });
    } else if (!c.date && !c.numeric && wholeWeekday(c.rest) !== undefined) weekdays++;
  }
  if (weekdays > 0 && !firstDay) {
    throw new DomainError(
      "import.no_date",
      "The file gives its days only as weekdays (“Monday”): type the first day of the meeting",
    );
  }
  let year = ctx.year;
  if (year === undefined && yearless.size > 0) {
    const named = [...text.matchAll(YEARS)].slice(0, 1000).map((m) => Number(m[0]));
    const choice = chooseYear([...yearless.values()], named, ctx.now ?? Date.now());
    if (choice) {
      b.warn("dates", choice.reason);
      year = choice.year;
    }
  }
  return (cell, date) => {
    if (date) return date.year === undefined && year !== undefined ? { ...date, year } : date;
    if (!firstDay) return undefined;
    const weekday = cell.date || cell.numeric ? undefined : wholeWeekday(cell.rest);
    if (weekday === undefined) return firstDay;
    return weekdayFrom({ ...firstDay, year: firstDay.year as number }, weekday);
  };
}

/** The weekday a cell holds and nothing else ("Monday", "Mo."), or undefined. */
function wholeWeekday(text: string): number | undefined {
  const w = readWeekday(text.trim());
  return w && w.length >= text.trim().length ? w.weekday : undefined;
}
