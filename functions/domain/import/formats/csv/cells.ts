import type { DateOrder } from "../../../../../schemas/program";
import { memo } from "../../common/memo";
import { type DateParts, readNamedDate, readNumericDate, resolveNumeric } from "../../time/dates";
import { type Clock, readClock, readRange, type TimeRange } from "../../time/times";
import { parseIsoDateTime } from "../../time/wall";

type Numeric = NonNullable<ReturnType<typeof readNumericDate>>["date"];
export type DateCell = { date?: DateParts; numeric?: Numeric; rest: string };

// Spreadsheets repeat the same few dates and times on every row; each text is read once.

/** Reads the date at the start of a cell; numeric dates stay unresolved until the order is known.
 * Results are shared between cells with the same text. */
export const readDateCell: (cell: string) => DateCell = memo(readDateCellUncached);

function readDateCellUncached(cell: string): DateCell {
  const text = cell.trim();
  const named = readNamedDate(text);
  if (named) return { date: named.date, rest: text.slice(named.length).replace(/^[T,\s]+/, "") };
  const numeric = readNumericDate(text);
  if (numeric)
    return { numeric: numeric.date, rest: text.slice(numeric.length).replace(/^[T,\s]+/, "") };
  return { rest: text };
}

export function resolveDate(cell: DateCell, order: DateOrder | undefined): DateParts | undefined {
  if (cell.date) return cell.date;
  if (cell.numeric && order) return resolveNumeric(cell.numeric, order);
  return undefined;
}

export type TimeCell = { clock: Clock; offsetMs?: number };

/** The clock of a time cell ("9:00", "9:00 AM", "14:30"), placed in the day by the row's reader;
 * an ISO offset is kept. */
export const readTimeCell: (text: string) => TimeCell | undefined = memo(readTimeCellUncached);

function readTimeCellUncached(text: string): TimeCell | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const iso = parseIsoDateTime(`2000-01-01T${t}`);
  if (iso?.offsetMs !== undefined) {
    const minutes = Math.round((iso.wall - Date.UTC(2000, 0, 1)) / 60_000);
    const clock = { hour: Math.floor(minutes / 60), minute: minutes % 60, leadingZero: true };
    return { clock, offsetMs: iso.offsetMs };
  }
  const c = readClock(t);
  return c && t.slice(c.length).trim() === "" ? { clock: c.clock } : undefined;
}

export const readRangeCell: (text: string) => TimeRange | undefined = memo(readRangeCellUncached);

function readRangeCellUncached(text: string): TimeRange | undefined {
  const t = text.trim();
  const r = readRange(t);
  return r && t.slice(r.length).trim() === "" ? r : undefined;
}
