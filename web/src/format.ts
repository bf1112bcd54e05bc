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
