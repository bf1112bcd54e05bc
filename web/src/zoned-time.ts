const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: number, timeZone: string) {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An instant as the value of a `datetime-local` input showing `timeZone`'s wall clock. */
export function toZonedInput(iso: string, timeZone: string): string {
  const p = partsIn(Date.parse(iso), timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

const inputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant a `datetime-local` value means on `timeZone`'s wall clock, as an ISO string;
 * undefined when the value is not a date and time. */
export function fromZonedInput(value: string, timeZone: string): string | undefined {
  const m = inputPattern.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, Number.isNaN(s) ? 0 : s);
  if (Number.isNaN(wall)) return undefined;
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  const shows = (instant: number) => offsetAt(instant, timeZone) === wall - instant;
  let instant: number;
  // A wall time that happens twice (clocks going back) is its first occurrence; one that never
  // happens (clocks going forward) is read with the offset before the change, the later instant.
  if (shows(first) && shows(second)) instant = Math.min(first, second);
  else if (shows(first)) instant = first;
  else if (shows(second)) instant = second;
  else instant = Math.max(first, second);
  return new Date(instant).toISOString();
}
