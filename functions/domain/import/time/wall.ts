import { memo } from "../common/memo";

/** Wall-clock time as if it were UTC; the zone is applied later by wallToEpoch. */
export function wallMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** True when year/month/day is a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const ISO_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export type IsoDateTime = { wall: number; offsetMs?: number };

/** Parses "2024-02-03T09:30:00+01:00" (offset optional). Returns wall ms and offset ms if any. */
export const parseIsoDateTime: (text: string) => IsoDateTime | undefined = memo(parseIso);

function parseIso(text: string): IsoDateTime | undefined {
  const m = ISO_OFFSET.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isRealDate(y, mo, d) || h > 24 || mi > 59) return undefined;
  const wall = wallMs(y, mo, d, h, mi, Number(m[6] ?? 0));
  const off = m[7];
  if (!off) return { wall };
  if (off === "Z" || off === "z") return { wall, offsetMs: 0 };
  const sign = off[0] === "-" ? -1 : 1;
  const digits = off.slice(1).replace(":", "");
  const offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  return { wall, offsetMs };
}

/** Durations "HH:MM" or "HH:MM:SS" (frab) in ms; undefined when unreadable. */
export function parseClockDuration(text: unknown): number | undefined {
  return typeof text === "string" ? clockDuration(text) : undefined;
}

// A program has a handful of different durations, each written on hundreds of events.
const clockDuration = memo((text: string): number | undefined => {
  const m = CLOCK_DURATION.exec(text);
  if (!m) return undefined;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
});

const CLOCK_DURATION = /^\s*(\d{1,3}):(\d{2})(?::(\d{2}))?\s*$/;
