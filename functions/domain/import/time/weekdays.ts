/** Weekday names as programs write them, in English, German and French: 0 is Sunday. */
const NAMES: [RegExp, number][] = [
  [/^(?:sun(?:day)?|sonntag|so|dimanche|dim)\b/i, 0],
  [/^(?:mon(?:day)?|montag|mo|lundi|lun)\b/i, 1],
  [/^(?:tue(?:s(?:day)?)?|dienstag|di|mardi|mar)\b/i, 2],
  [/^(?:wed(?:nesday)?|mittwoch|mi|mercredi|mer)\b/i, 3],
  [/^(?:thu(?:rs?(?:day)?)?|donnerstag|do|jeudi|jeu)\b/i, 4],
  [/^(?:fri(?:day)?|freitag|fr|vendredi|ven)\b/i, 5],
  [/^(?:sat(?:urday)?|samstag|sa|samedi|sam)\b/i, 6],
];
const AFTER = /^\.?,?\s*/;
const FIRST_LETTERS = /^[dfjlmstvw]/i;

export const weekdayNames = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** A weekday name at the start of the text ("Friday", "Thu.", "Mittwoch,"), with the comma or
 * blanks after it; `length` is how much it used. */
export function readWeekday(text: string): { weekday: number; length: number } | undefined {
  if (!FIRST_LETTERS.test(text)) return undefined;
  for (const [re, weekday] of NAMES) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const tail = AFTER.exec(rest)?.[0] ?? "";
    return { weekday, length: m[0].length + tail.length };
  }
  return undefined;
}

/** The weekday (0 is Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
