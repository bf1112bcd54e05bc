/** A clock time read from text, before AM/PM inference. */
export type Clock = { hour: number; minute: number; meridiem?: "am" | "pm"; leadingZero: boolean };

// "noon" is a meridiem only after the hour 12 ("12 noon", "12.30 NOON"); after another hour it
// begins the title.
// A unit word may follow a time ("9:00 Uhr", "14.30 hrs", "20:30h", "14 horas", "9 heures"); "h"
// may end a whole hour ("07h"). A lone "h" is a unit only when written on the time: "9:00 H.
// Smith" names someone.
// Groups: the hour, the minutes after ":" or ".", the minutes after "h" (empty for a whole
// hour), and AM or PM.
const T = String.raw`(\d{1,2})(?:[:.](\d{2})|h(\d{2}|(?![a-z\d])))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|(?<=(?<![\d:.h])12(?:[:.h]\d\d)?\s*)noon\b)?(?:(?<=\d)h(?![a-z\d])|\s*(?:uhr|hrs?|hours|horas|heures)\b)?`;
const SEP = String.raw`\s*(?:--?|–|—|‐|‑|~|〜|to|until|bis|à|às|a)\s*`;
const RANGE = new RegExp(`^${T}${SEP}${T}(?!\\d|:\\d)`, "i");
const SINGLE = new RegExp(`^${T}(?!\\d|:\\d)`, "i");
// "0845-0900": four digits each side, as some programs write a 24-hour range.
const COMPACT = /^([01]\d|2[0-3])([0-5]\d)\s*[-–—]\s*([01]\d|2[0-3])([0-5]\d)(?!\d)/;
// Parallel sessions may start a little before the one listed above them; the next session
// rarely starts more than a few hours after it.
const BACK_STEP = 60;
// The unit words that make a whole hour a clock time; "3 hours" is a length.
const CLOCK_UNIT = /(?:uhr|horas|heures)$/i;
const FORWARD_STEP = 180;

function clock(h?: string, m?: string, mer?: string): Clock | undefined {
  if (h === undefined) return undefined;
  const hour = Number(h);
  const minute = Number(m || 0);
  const lower = mer?.toLowerCase();
  const am = lower?.startsWith("a");
  // "13:30pm": a 24-hour afternoon time with "pm" after it means the hour it says.
  if (lower !== undefined && hour > 12 && (am || hour > 23)) return undefined;
  const meridiem = lower === undefined || hour > 12 ? undefined : am ? "am" : "pm";
  if (minute > 59 || (meridiem ? hour < 1 || hour > 12 : hour * 60 + minute > 1440))
    return undefined;
  const c: Clock = { hour, minute, leadingZero: h.length === 2 && h[0] === "0" };
  if (meridiem) c.meridiem = meridiem;
  return c;
}

/** Minutes after midnight the clock may mean: morning and afternoon for a bare hour (1–11
 * without AM/PM or a leading zero), else the one it says ("07:00", "14:30", "12:15" at noon). */
function readings(c: Clock, twelveHour = false): [number] | [number, number] {
  if (c.meridiem) return [((c.hour % 12) + (c.meridiem === "pm" ? 12 : 0)) * 60 + c.minute];
  const m = c.hour * 60 + c.minute;
  return (twelveHour || !c.leadingZero) && c.hour >= 1 && c.hour <= 11 ? [m, m + 720] : [m];
}

/** Places a start clock in the day, in minutes after midnight. A bare hour shares the end's
 * AM/PM unless that puts it after the end ("11:30–1:00 pm"). Otherwise it takes the first
 * reading that continues from `previous`, the start listed above it that day (at most
 * BACK_STEP before it; 7–11 in the evening only up to FORWARD_STEP after it), as programs
 * run in time order. With nothing to go by, 6–11 is morning and 1–5 afternoon (breakfast
 * sessions start at 6:30, afternoon ones are written "1:30"). For 1–6, where either half is
 * common, and for a morning read after an afternoon, `note` is a warning saying how it was read. */
export function placeStart(
  from: Clock,
  to?: Clock,
  previous?: number,
): { start: number; note?: string } {
  // A leading zero alone reads as 24-hour time, but not where that cannot be: with AM or PM on
  // the end ("01:15 - 02:15 pm"), or where it would go back in the day ("03:45" after 3:00 PM,
  // in a program that pads its 12-hour times).
  const goesBack = previous !== undefined && from.hour * 60 + from.minute < previous - BACK_STEP;
  const [am, pm] = readings(from, to?.meridiem !== undefined || goesBack);
  if (pm === undefined) return { start: am };
  if (to?.meridiem) {
    const [end] = readings(to);
    return { start: pm < end ? pm : am };
  }
  if (previous !== undefined) {
    if (am >= previous - BACK_STEP) return { start: am };
    // 1–6 after a morning is the afternoon; 7–11 is the evening only close after the last
    // start, and otherwise a new block starting over, like the next room's column of sessions.
    const continues = from.hour <= 6 || pm <= previous + FORWARD_STEP;
    if (pm >= previous - BACK_STEP && continues) return { start: pm };
  }
  const start = from.hour >= 6 ? am : pm;
  // Starting over in the morning after an afternoon is a guess too: it may be the evening.
  const startsOver = previous !== undefined && previous >= 720;
  if (from.hour > 6 && !startsOver) return { start };
  const written = `${from.hour}:${String(from.minute).padStart(2, "0")}`;
  const half = start === am ? "AM" : "PM";
  return {
    start,
    note: `Read “${written}” as ${written} ${half}; write AM or PM if that is wrong`,
  };
}

/** An end clock in minutes after midnight: a bare hour takes the first reading after the start. */
export function placeEnd(to: Clock, start: number): number {
  // Both halves of the day, even for "04:45": its 24-hour reading is taken whenever it comes
  // after the start, and an end before its start is no reading at all.
  const r = readings(to, true);
  // "9 a.m. – 12 a.m.": midnight before a morning start is noon written the other way.
  if (to.hour === 12 && to.minute === 0 && to.meridiem === "am" && start < 720) return 720;
  return r.find((e) => e > start) ?? r[0];
}

/** A range's clocks and their places in the day with nothing else to go by (see placeStart);
 * `length` is how many characters it used. */
export type TimeRange = {
  from: Clock;
  to: Clock;
  start: number;
  end: number;
  note?: string;
  length: number;
};

const SPACED_COLON = /(\d):\s+(\d{2})/g;

/** Text with the blanks some pages write after a time's colon taken out ("05: 30 pm"). */
export function closeSpacedColons(text: string): string {
  return text.indexOf(": ") < 0 ? text : text.replace(SPACED_COLON, "$1:$2");
}

/** A range such as "7:00 AM – 8:15 AM", "07:00-08:15", "7:00–8:15 am" or "11:30-1 pm" at the
 * start of the text. A bare hour needs AM/PM. */
export function readRange(text: string): TimeRange | undefined {
  const m = RANGE.exec(text) ?? compact(text);
  if (!m) return undefined;
  const from = clock(m[1], m[2] ?? m[3], m[4]);
  const to = clock(m[5], m[6] ?? m[7], m[8]);
  const fromMinutes = m[2] !== undefined || m[3] !== undefined;
  const toMinutes = m[6] !== undefined || m[7] !== undefined;
  if (
    !from ||
    !to ||
    (!fromMinutes && !from.meridiem && !to.meridiem) ||
    (!toMinutes && !to.meridiem)
  )
    return undefined;
  const { start, note } = placeStart(from, to);
  const range: TimeRange = { from, to, start, end: placeEnd(to, start), length: m[0].length };
  if (note) range.note = note;
  return range;
}

/** A single clock time at the start of the text ("7:05", "7 am", "13h30"). */
export function readClock(text: string): { clock: Clock; length: number } | undefined {
  const m = SINGLE.exec(text);
  // A whole hour is a time with a unit word after it ("14 horas", "9 Uhr"), not alone ("3
  // talks") nor as a length ("3 hours CE").
  const hourOnly = m && m[2] === undefined && m[3] === undefined && !m[4];
  if (!m || (hourOnly && !CLOCK_UNIT.test(m[0]))) return undefined;
  const c = clock(m[1], m[2] ?? m[3], m[4]);
  return c ? { clock: c, length: m[0].length } : undefined;
}

/** "0845-0900" as the groups RANGE gives for "08:45-09:00". */
function compact(text: string): RegExpExecArray | null {
  const m = COMPACT.exec(text);
  if (!m) return null;
  const groups = [m[0], m[1], m[2], undefined, undefined, m[3], m[4], undefined, undefined];
  return Object.assign(groups, { index: 0, input: text }) as unknown as RegExpExecArray;
}
