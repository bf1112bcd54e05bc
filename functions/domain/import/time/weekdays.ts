import { undottedCapitalI } from "../common/normalize";
import type { DateParts } from "./dates";

/** Weekday names as programs write them, in English, German, French, Spanish, Italian,
 * Portuguese, Turkish and Polish, accents optional: 0 is Sunday. A name ends where the letters do ("Mittwoch,",
 * "Venerdì 15"); the Portuguese ones may carry "-feira". */
const NAMES: [RegExp, number][] = [
  [/^(?:sun(?:day)?|sonntag|so|dimanche|dim|domingo|domenica|dom|pazar|niedziela)(?![\p{L}])/iu, 0],
  [
    /^(?:mon(?:day)?|montag|mo|lundi|lun|lunes|luned[iì]|segunda(?:-feira)?|pazartesi|poniedzia[lł]ek)(?![\p{L}])/iu,
    1,
  ],
  [
    /^(?:tue(?:s(?:day)?)?|dienstag|di|mardi|mar|martes|marted[iì]|ter[cç]a(?:-feira)?|sal[ıi]|wtorek)(?![\p{L}])/iu,
    2,
  ],
  [
    /^(?:wed(?:nesday)?|mittwoch|mi|mercredi|mer|mi[eé]rcoles|mercoled[iì]|quarta(?:-feira)?|[çc]ar[şs]amba|[śs]roda)(?![\p{L}])/iu,
    3,
  ],
  [
    /^(?:thu(?:rs?(?:day)?)?|donnerstag|do|jeudi|jeu|jueves|gioved[iì]|quinta(?:-feira)?|per[şs]embe|czwartek)(?![\p{L}])/iu,
    4,
  ],
  [
    /^(?:fri(?:day)?|freitag|fr|vendredi|ven|viernes|venerd[iì]|sexta(?:-feira)?|cuma|pi[ąa]tek)(?![\p{L}])/iu,
    5,
  ],
  [/^(?:sat(?:urday)?|samstag|sa|samedi|sam|s[aá]bado|sabato|cumartesi|sobota)(?![\p{L}])/iu, 6],
];
// Portuguese numbers the working days: "2ª feira" is Monday, "5ª FEIRA" Thursday.
const ORDINAL_FEIRA = /^([2-6])\s*[ªºa]\.?\s*-?\s*feira(?![\p{L}])/iu;
// After the name: a dot, then a comma, colon or dash ("Quinta-feira - 27/06/2019").
const AFTER = /^\.?\s*[,:–—-]?\s*/;
const FIRST_LETTERS = /^[cçdfgjlmnpqsśtvw]/iu;

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
export function readWeekday(input: string): { weekday: number; length: number } | undefined {
  const ordinal = ORDINAL_FEIRA.exec(input);
  if (ordinal) return withTail(input, Number(ordinal[1]) - 1, ordinal[0].length);
  if (!FIRST_LETTERS.test(input)) return undefined;
  const text = undottedCapitalI(input);
  for (const [re, weekday] of NAMES) {
    const m = re.exec(text);
    if (m) return withTail(text, weekday, m[0].length);
  }
  return undefined;
}

function withTail(text: string, weekday: number, length: number) {
  const tail = AFTER.exec(text.slice(length))?.[0] ?? "";
  return { weekday, length: length + tail.length };
}

/** The weekday (0 is Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The first day on or after `from` (after it, with `after`) that falls on `weekday`: where a
 * day written only as its weekday lies, counted from the first day a user typed. */
export function weekdayFrom(
  from: DateParts & { year: number },
  weekday: number,
  after = false,
): DateParts & { year: number } {
  const ahead = (weekday - weekdayOf(from.year, from.month, from.day) + 7) % 7;
  return daysAfter(from, ahead === 0 && after ? 7 : ahead);
}

/** The calendar date `days` days after `from`. */
export function daysAfter(
  from: DateParts & { year: number },
  days: number,
): DateParts & { year: number } {
  const d = new Date(Date.UTC(from.year, from.month - 1, from.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
