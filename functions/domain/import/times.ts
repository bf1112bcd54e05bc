/** A clock time read from text, before AM/PM inference. */
export type Clock = { hour: number; minute: number; meridiem?: "am" | "pm"; leadingZero: boolean };

const T = String.raw`(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|noon)?`;
const SEP = String.raw`\s*(?:-|–|—|‐|‑|to|until)\s*`;
const RANGE = new RegExp(`^${T}${SEP}${T}(?![\\d:])`, "i");
const SINGLE = new RegExp(`^${T}(?![\\d:])`, "i");

function clock(h?: string, m?: string, mer?: string): Clock | undefined {
  if (h === undefined) return undefined;
  const hour = Number(h);
  const minute = Number(m ?? 0);
  if (hour > 24 || minute > 59) return undefined;
  const c: Clock = { hour, minute, leadingZero: h.length === 2 && h[0] === "0" };
  const lower = mer?.toLowerCase();
  if (lower === "noon") c.meridiem = "pm";
  else if (lower?.startsWith("a")) c.meridiem = "am";
  else if (lower?.startsWith("p")) c.meridiem = "pm";
  return c;
}

/** Minutes after midnight. Without AM/PM, 1–6 o'clock without a leading zero means afternoon:
 * program books write "1:30–3:00" for the afternoon and "07:00" when they mean a 24-hour clock. */
export function minutesOf(c: Clock, meridiem = c.meridiem): number | undefined {
  if (meridiem) {
    if (c.hour < 1 || c.hour > 12) return undefined;
    const h = (c.hour % 12) + (meridiem === "pm" ? 12 : 0);
    return h * 60 + c.minute;
  }
  const h = !c.leadingZero && c.hour >= 1 && c.hour <= 6 ? c.hour + 12 : c.hour;
  return h === 24 && c.minute === 0 ? 1440 : h < 24 ? h * 60 + c.minute : undefined;
}

export type TimeRange = { start: number; end: number; length: number };

/** A range such as "7:00 AM – 8:15 AM", "07:00-08:15", "7:00–8:15 am" or "11:30-1 pm" at the
 * start of the text; `length` is how many characters it used. A bare hour needs AM/PM. */
export function readRange(text: string): TimeRange | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const a = clock(m[1], m[2], m[3]);
  const b = clock(m[4], m[5], m[6]);
  if (!a || !b || (!m[2] && !a.meridiem && !b.meridiem) || (!m[5] && !b.meridiem)) return undefined;
  let start: number | undefined;
  const end = minutesOf(b);
  if (end === undefined) return undefined;
  if (!a.meridiem && b.meridiem) {
    // "11:30–1:00 pm": the start shares the end's half of the day unless that puts it after the end.
    start = minutesOf(a, b.meridiem);
    if (start === undefined || start > end) start = minutesOf(a, b.meridiem === "pm" ? "am" : "pm");
  } else if (!a.meridiem && !b.meridiem) {
    start = minutesOf(a);
    const endPlain = minutesOf(b);
    // "11:00-1:00" reads as 11:00 to 13:00; "9:00-10:30" stays in the morning.
    if (start !== undefined && endPlain !== undefined && endPlain < start && b.hour + 12 < 24) {
      return { start, end: endPlain + 720, length: m[0].length };
    }
  } else start = minutesOf(a);
  if (start === undefined) return undefined;
  return { start, end, length: m[0].length };
}

/** A single clock time at the start of the text ("7:05", "7 am", "13h30"). */
export function readClock(text: string): { clock: Clock; length: number } | undefined {
  const m = SINGLE.exec(text);
  if (!m || (!m[2] && !m[3])) return undefined;
  const c = clock(m[1], m[2], m[3]);
  return c ? { clock: c, length: m[0].length } : undefined;
}
