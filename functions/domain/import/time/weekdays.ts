import { undottedCapitalI } from "../common/normalize";

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
const AFTER = /^\.?,?\s*/;
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
  if (!FIRST_LETTERS.test(input)) return undefined;
  const text = undottedCapitalI(input);
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
