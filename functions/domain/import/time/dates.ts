import { undottedCapitalI } from "../common/normalize";
import { isRealDate } from "./wall";

export type DateParts = { year?: number; month: number; day: number };
/** Numeric dates whose order is unknown keep both numbers: a/b/year. */
export type NumericDate = { a: number; b: number; year: number; sep: "/" | "." | "-" };

/** Month names as programs write them, in English, French, German, Spanish, Italian, Portuguese,
 * Dutch, Turkish and Polish (its dates use the genitive, "14 czerwca"), with the abbreviations
 * that are no common word ("out", Portuguese October, is one).
 * Each name is listed once, under the first month it names. */
const MONTH_NAMES: string[][] = [
  [
    "january",
    "jan",
    "janvier",
    "janv",
    "januar",
    "jänner",
    "enero",
    "ene",
    "gennaio",
    "gen",
    "janeiro",
    "januari",
    "ocak",
    "stycznia",
    "styczeń",
    "styczen",
  ],
  [
    "february",
    "feb",
    "février",
    "fevrier",
    "févr",
    "fevr",
    "februar",
    "febrero",
    "febbraio",
    "fevereiro",
    "fev",
    "februari",
    "şubat",
    "subat",
    "lutego",
    "luty",
  ],
  [
    "march",
    "mar",
    "mars",
    "märz",
    "maerz",
    "mär",
    "marzo",
    "março",
    "maart",
    "mart",
    "marca",
    "marzec",
  ],
  [
    "april",
    "apr",
    "avril",
    "avr",
    "abril",
    "abr",
    "aprile",
    "nisan",
    "kwietnia",
    "kwiecień",
    "kwiecien",
  ],
  ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "mayıs", "mayis", "maja", "maj"],
  [
    "june",
    "jun",
    "juin",
    "juni",
    "junio",
    "giugno",
    "giu",
    "junho",
    "haziran",
    "czerwca",
    "czerwiec",
  ],
  [
    "july",
    "jul",
    "juillet",
    "juil",
    "juli",
    "julio",
    "luglio",
    "lug",
    "julho",
    "temmuz",
    "lipca",
    "lipiec",
  ],
  [
    "august",
    "aug",
    "août",
    "aout",
    "agosto",
    "ago",
    "augustus",
    "ağustos",
    "agustos",
    "sierpnia",
    "sierpień",
    "sierpien",
  ],
  [
    "september",
    "sep",
    "sept",
    "septembre",
    "septiembre",
    "setiembre",
    "settembre",
    "setembro",
    "eylül",
    "eylul",
    "września",
    "wrzesnia",
    "wrzesień",
    "wrzesien",
  ],
  [
    "october",
    "oct",
    "octobre",
    "oktober",
    "okt",
    "octubre",
    "ottobre",
    "ott",
    "outubro",
    "ekim",
    "października",
    "pazdziernika",
    "październik",
    "pazdziernik",
  ],
  [
    "november",
    "nov",
    "novembre",
    "noviembre",
    "novembro",
    "kasım",
    "kasim",
    "listopada",
    "listopad",
  ],
  [
    "december",
    "dec",
    "décembre",
    "decembre",
    "déc",
    "dezember",
    "dez",
    "diciembre",
    "dic",
    "dicembre",
    "dezembro",
    "aralık",
    "aralik",
    "grudnia",
    "grudzień",
    "grudzien",
  ],
];
const MONTH_OF = new Map<string, number>(
  MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);
// Longest first, so that "mar" does not stop "marzo" short.
const MONTH = `(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?(?![\\p{L}])`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
// "14th", "1er", "1°", "13." (German), "13 de" (Spanish, Portuguese), "14th of".
const ORD = String.raw`(?:st|nd|rd|th|er|º|°|\.)?`;
const YEAR = String.raw`(?:,?\s+(?:de\s+|del\s+)?(\d{4}))?(?!\d|:\d)`;
const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORD}${YEAR}`, "iu");
const DAY_MONTH = new RegExp(
  `^${WEEKDAY}(\\d{1,2})${ORD}\\s+(?:of\\s+|de\\s+)?${MONTH},?${YEAR}`,
  "iu",
);
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
// "2023년 7월 2일", "2023年7月2日": Korean, Japanese and Chinese dates, year first.
const CJK = /^(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/;
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/;

function monthNumber(name: string): number {
  return MONTH_OF.get(name.toLowerCase()) ?? 0;
}

function parts(year: number | undefined, month: number, day: number): DateParts | undefined {
  if (!isRealDate(year ?? 2024, month, day)) return undefined;
  return year === undefined ? { month, day } : { year, month, day };
}

function found(m: RegExpExecArray, date: DateParts | undefined) {
  return date ? { date, length: m[0].length } : undefined;
}

/** A date with a month name ("Thursday, May 14, 2026", "14 May 2026"), in ISO order or written
 * year first with its units ("2023년 7월 2일"), at the start of the text; `length` is how much it used. The year may be missing. */
export function readNamedDate(input: string): { date: DateParts; length: number } | undefined {
  const text = undottedCapitalI(input);
  const md = MONTH_DAY.exec(text);
  if (md)
    return found(
      md,
      parts(md[3] ? Number(md[3]) : undefined, monthNumber(md[1] as string), Number(md[2])),
    );
  const dm = DAY_MONTH.exec(text);
  if (dm)
    return found(
      dm,
      parts(dm[3] ? Number(dm[3]) : undefined, monthNumber(dm[2] as string), Number(dm[1])),
    );
  const iso = ISO.exec(text) ?? CJK.exec(text);
  if (iso) return found(iso, parts(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  return undefined;
}

/** The first date with a month name that starts a word of a sentence ("The workshop will be held
 * December 13 in…"), or undefined. */
export function findNamedDate(line: string): DateParts | undefined {
  // "9th -11th January 2019", "9 – 11 January": a span of days names its first.
  const text = DIGIT.test(line) ? line.replace(DAY_SPAN, "$1 ") : line;
  for (let at = 0; ; ) {
    const found = readNamedDate(at === 0 ? text : text.slice(at));
    if (found) return found.date;
    const space = text.indexOf(" ", at);
    if (space < 0) return undefined;
    at = space + 1;
  }
}

const DIGIT = /\d/;
const DAY_SPAN = /\b(\d{1,2})(?:st|nd|rd|th)?\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\s+(?=\p{L})/iu;

/** "14.05.2026", "5/14/26": both orders stay possible until the caller decides. */
export function readNumericDate(text: string): { date: NumericDate; length: number } | undefined {
  const m = NUMERIC.exec(text);
  if (!m) return undefined;
  const y = m[4] as string;
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  return {
    date: { a: Number(m[1]), b: Number(m[3]), year, sep: m[2] as "/" | "." | "-" },
    length: m[0].length,
  };
}

/** Resolves a numeric date in the given order; undefined when it is not a real date. */
export function resolveNumeric(d: NumericDate, order: "dmy" | "mdy"): DateParts | undefined {
  return order === "dmy" ? parts(d.year, d.b, d.a) : parts(d.year, d.a, d.b);
}

/** "2026-05-14" as date parts; undefined when it is not a real date. */
export function isoDateParts(text: string): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? parts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
