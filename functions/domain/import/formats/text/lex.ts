import type { Role } from "../../../../../schemas/program";
import { maxLineChars } from "../../common/limits";
import { clean } from "../../common/normalize";
import { head } from "../../program/clip";
import { roleLine } from "../../program/lines";
import { type DateParts, type NumericDate, readNamedDate, readNumericDate } from "../../time/dates";
import { type Clock, readClock, readRange, type TimeRange } from "../../time/times";

/** One non-blank line of program text, classified by its own pattern (no context needed). */
export type LineToken =
  | { kind: "range"; line: number; text: string; range: TimeRange; rest: string }
  | { kind: "clock"; line: number; text: string; clock: Clock; rest: string }
  | { kind: "day"; line: number; text: string; date: DateParts }
  /** A numeric day header whose day/month order the reader decides. */
  | { kind: "numeric-day"; line: number; text: string; date: NumericDate }
  | { kind: "role"; line: number; text: string; role: Role; list: string }
  | { kind: "text"; line: number; text: string };

const DAY_PREFIX = /^day\s+\d+\s*[:\-–—,]?\s*/i;
// The date readers take a weekday only before a month name; "Thursday, 5/14/2026" needs it gone.
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const LEAD_SEPARATORS = /^[\s|:–—-]+/;
const LINE_BREAK = /\r\n|\r|\n/;
const BULLET = 0x2022;
// A header is a date with at most this much text after it ("Thursday, May 14, 2026 (Day 1)").
const HEADER_TAIL = 25;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// A day header's first digit comes after at most "Wednesday, September " or "Day ".
const DATE_DIGIT_WITHIN = 40;

/** Whether a digit comes early enough for the line to be a day header: most lines fail here,
 * before any of the date patterns is tried. */
function digitNearStart(t: string): boolean {
  const end = Math.min(t.length, DATE_DIGIT_WITHIN);
  for (let i = 0; i < end; i++) if (isDigit(t.charCodeAt(i))) return true;
  return false;
}

function dayToken(t: string, line: number): LineToken | undefined {
  const text = (
    t.charCodeAt(0) === 0x44 || t.charCodeAt(0) === 0x64 ? t.replace(DAY_PREFIX, "") : t
  ).replace(WEEKDAY, "");
  const named = readNamedDate(text);
  if (named) {
    return text.length - named.length <= HEADER_TAIL
      ? { kind: "day", line, text: t, date: named.date }
      : undefined;
  }
  const numeric = readNumericDate(text);
  if (!numeric || text.length - numeric.length > HEADER_TAIL) return undefined;
  return { kind: "numeric-day", line, text: t, date: numeric.date };
}

/** Classifies one line (already cleaned and non-empty): time line, day header, faculty role
 * line, or other text that only the reader can place. */
export function classifyLine(t: string, line: number): LineToken {
  const digit = isDigit(t.charCodeAt(0));
  const range = digit ? readRange(t) : undefined;
  if (range) {
    const rest = t.slice(range.length).replace(LEAD_SEPARATORS, "");
    return { kind: "range", line, text: t, range, rest };
  }
  // A range needs minutes or AM/PM, so no date reads as one, but a single time can: days come
  // first, as "15.05.2026" is not 15:05.
  const day = t.charCodeAt(0) === BULLET || !digitNearStart(t) ? undefined : dayToken(t, line);
  if (day) return day;
  const single = digit ? readClock(t) : undefined;
  if (single) {
    const rest = t.slice(single.length).replace(LEAD_SEPARATORS, "");
    return { kind: "clock", line, text: t, clock: single.clock, rest };
  }
  const role = roleLine(t);
  if (role) return { kind: "role", line, text: t, role: role.role, list: role.list };
  return { kind: "text", line, text: t };
}

/** The lexing pass of program text: lines split, cleaned and classified; blank lines dropped.
 * A line longer than maxLineChars is cut, and `onCut` hears its number. */
export function tokenizeText(text: string, onCut?: (line: number) => void): LineToken[] {
  // Splitting on one character is several times faster than on the pattern.
  const lines = text.indexOf("\r") < 0 ? text.split("\n") : text.split(LINE_BREAK);
  const tokens: LineToken[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.length > maxLineChars) {
      line = head(line, maxLineChars);
      onCut?.(i + 1);
    }
    const t = clean(line);
    if (t !== "") tokens.push(classifyLine(t, i + 1));
  }
  return tokens;
}
