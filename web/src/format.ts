/** A date and time in `timeZone`, always with the zone named, e.g. "Thu, May 14, 8:00 AM CDT". */
export function formatDateTime(iso: string, timeZone?: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "1 warning", "1,200 warnings", "1 person", "2 people": a count with its noun, plural when it
 * is not one. */
export const counted = (n: number, noun: string, plural = `${noun}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? noun : plural}`;

/** A shorter date and time for a table cell, still with the zone named: "Apr 16, 2027, 10:30 AM
 * CDT". */
export function formatShortDateTime(iso: string, timeZone?: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}
