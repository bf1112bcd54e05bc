import type { Role } from "../../../../../schemas/program";
import { maxLineChars } from "../../common/limits";
import { clean } from "../../common/normalize";
import { head } from "../../program/clip";
import { roleLine } from "../../program/lines";
import { type DateParts, type NumericDate, readNamedDate, readNumericDate } from "../../time/dates";
import {
  type Clock,
  closeSpacedColons,
  readClock,
  readRange,
  type TimeRange,
} from "../../time/times";
import { readWeekday } from "../../time/weekdays";
import { gridRows } from "./grid";
import { cellHeadings, type Headings, headingRow, withoutTrailingBlanks } from "./table";

/** Where a token sits among the lines: `gap` blank lines came before it; `cell` when it is a
 * TAB-separated cell after the first of its line; `column` when it is under a table's heading
 * that says the cells hold rooms or people. */
export type Placement = { gap?: number; cell?: boolean; column?: "room" | "people" };

/** One non-blank line of program text, classified by its own pattern (no context needed). */
export type LineToken = Placement & LineKind;

type LineKind =
  /** `labelled`: the range follows a label ("Duração: 08:15 - 08:30"), so its title is above. */
  | {
      kind: "range";
      line: number;
      text: string;
      range: TimeRange;
      rest: string;
      labelled?: true;
    }
  | { kind: "clock"; line: number; text: string; clock: Clock; rest: string }
  | { kind: "day"; line: number; text: string; date: DateParts; weekday?: number }
  /** A numeric day header whose day/month order the reader decides. */
  | { kind: "numeric-day"; line: number; text: string; date: NumericDate; weekday?: number }
  /** A day written only as its weekday ("Friday", "Sobota"), as day tabs are. */
  | { kind: "weekday"; line: number; text: string; weekday: number }
  /** A day named by its number in the program and no date ("Day 2 Prostate Cancer"). */
  | { kind: "day-number"; line: number; text: string; day: number }
  | { kind: "role"; line: number; text: string; role: Role; list: string }
  /** The time span and name a table is headed by ("08:00 – 12:30 · Morning Program" above
   * "Time<TAB>Program<TAB>Speaker"): it groups the rows, and is no session of its own. */
  | { kind: "table-title"; line: number; text: string }
  | { kind: "text"; line: number; text: string };

// What may come before a day header's date: "Day 2:", "First Day :", "Giornata I", "Día 1 -",
// "Jour 2 (", "On" ("On August 28, 2017") or "Programa" ("Programa 28 de Setiembre del 2016").
const DAY_WORD = "(?:day|tag|jour|journée|día|dia|giorno|giornata|jornada|dag)";
const DAY_PREFIX = new RegExp(
  `^(?:on\\s+|program(?:a|me)?\\s+(?:del?\\s+|du\\s+|for\\s+)?|(?:(?:first|second|third|fourth|fifth|\\d(?:st|nd|rd|th)|premier|première|deuxième|troisième|primer|primera|segundo|tercer|tercera|primo|secondo|terzo)\\s+${DAY_WORD}|${DAY_WORD}\\s*\\d+|${DAY_WORD}\\s+(?:[ivx]+|one|two|three|four|five|six|seven|first|second|third|fourth|fifth))\\s*[:\\-–—,(]?\\s*)`,
  "iu",
);
// "Day 2", "Day 1 Uro-Oncology Master classes", "Día 3:": a day's number and perhaps its theme,
// with no date (a line with one is a day header).
const DAY_NUMBER = new RegExp(`^${DAY_WORD}\\s*([1-9]|1[0-4])(?![\\d.,/])(?=\\s|:|$)`, "iu");
// A word between the weekday and the date: "Sexta-feira, dia 5 de Agosto", "vendredi le 5 mai",
// "Freitag, den 5. Mai".
const DAY_ARTICLE = /^(?:dia|día|le|am|den|il|el)\s+/i;
// What may follow the date on its header line: a closing bracket, a weekday after a dash.
const DATE_TAIL = /^\s*\)?\s*(?:[–—-]\s*)?/;
const LEAD_SEPARATORS = /^[\s|:–—·•-]+/;
// "19.30 onwards Cultural Program & Dinner", "17:15-end": a start without an end, said in words,
// in lower case and before a capital, a bracket or the line's end ("Onwards and upwards" is a
// title).
const OPEN_END = /^(?:onwards?|till late|until late|end)(?:[\s|:–—-]+(?=[\p{Lu}(])|$)/u;
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

/** The date right after an optional weekday; a weekday that is not followed by a date is read
 * as part of it ("Mar 12" is March, not mardi). */
function dateAfterWeekday(text: string) {
  const wd = readWeekday(text);
  const rest = wd ? text.slice(wd.length).replace(DAY_ARTICLE, "") : text;
  const named = readNamedDate(rest);
  if (named) return { named, rest, weekday: wd?.weekday };
  const numeric = readNumericDate(rest);
  if (numeric) return { numeric, rest, weekday: wd?.weekday };
  if (!wd) return undefined;
  const own = readNamedDate(text);
  return own ? { named: own, rest: text, weekday: undefined } : undefined;
}

function dayToken(t: string, line: number): LineToken | undefined {
  const text = t.replace(DAY_PREFIX, "");
  const found = dateAfterWeekday(text);
  if (!found) return undefined;
  const used = found.named?.length ?? found.numeric?.length ?? 0;
  let tail = found.rest.slice(used);
  tail = tail.slice(DATE_TAIL.exec(tail)?.[0].length ?? 0);
  let weekday = found.weekday;
  const after = weekday === undefined ? readWeekday(tail) : undefined;
  if (after && after.length === tail.length) {
    weekday = after.weekday;
    tail = "";
  }
  if (tail.length > HEADER_TAIL) return undefined;
  const wd = weekday === undefined ? {} : { weekday };
  return found.named
    ? { kind: "day", line, text: t, date: found.named.date, ...wd }
    : {
        kind: "numeric-day",
        line,
        text: t,
        date: (found.numeric as { date: NumericDate }).date,
        ...wd,
      };
}

/** Whether a cleaned line is a day header. */
function isDayHeader(t: string): boolean {
  return t !== "" && digitNearStart(t) && dayToken(t, 0) !== undefined;
}

/** Classifies one line (already cleaned and non-empty): time line, day header, faculty role
 * line, or other text that only the reader can place. */
export function classifyLine(text: string, line: number): LineToken {
  const lead = text.charCodeAt(0);
  // "> Day 1: May 8, Monday", "> Talk title": a marker before the line, as accordions and
  // quoted text put there.
  if ((lead === 0x3e || lead === 0xbb || lead === 0x203a) && text.charCodeAt(1) === 0x20)
    return classifyLine(text.slice(2).trimStart(), line);
  const digit = isDigit(lead);
  let t = text;
  let range = digit ? readRange(t) : undefined;
  if (digit && !range) {
    // "05: 30 pm - 6:30 pm": a range once the blanks after its colons are out.
    const closed = closeSpacedColons(t);
    range = closed === t ? undefined : readRange(closed);
    if (range) t = closed;
  }
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
    const rest = t.slice(single.length).replace(LEAD_SEPARATORS, "").replace(OPEN_END, "");
    return { kind: "clock", line, text: t, clock: single.clock, rest };
  }
  const labelled = digit ? undefined : labelledRange(t);
  if (labelled) return { kind: "range", line, text: t, range: labelled, rest: "", labelled: true };
  const weekday = digit ? undefined : weekdayLine(t);
  if (weekday !== undefined) return { kind: "weekday", line, text: t, weekday };
  const numbered = digit ? undefined : DAY_NUMBER.exec(t);
  if (numbered) return { kind: "day-number", line, text: t, day: Number(numbered[1]) };
  const role = roleLine(t);
  if (role) return { kind: "role", line, text: t, role: role.role, list: role.list };
  return { kind: "text", line, text: t };
}

// A label before a talk's time ("Duração: 08:15 - 08:30 min.", "Time: 9:00-9:20"), and the
// unit some pages write after it.
const TIME_LABEL =
  /^(?:dura[çc][ãa]o|duraci[óo]n|dur[ée]e|hor[áa]rio|hora|heure|horaire|time|zeit|uhrzeit)\s*:\s*(?=\d)/i;
const MINUTES = /^(?:min(?:s|utes|utos)?\.?)?$/i;

/** The time range of a line that is a time label and a range alone. */
function labelledRange(t: string): TimeRange | undefined {
  const label = TIME_LABEL.exec(t);
  if (!label) return undefined;
  const after = t.slice(label[0].length);
  const range = readRange(after);
  return range && MINUTES.test(after.slice(range.length).trim()) ? range : undefined;
}

// Weekday names are short ("Poniedziałek:" is the longest), and abbreviations ("Mon", "Do")
// alone on a line are too often something else.
const WEEKDAY_LINE = { min: 5, max: 16 };

/** The weekday a line holds and nothing else ("Friday", "SÁBADO:"), if it does. */
function weekdayLine(t: string): number | undefined {
  if (t.length < WEEKDAY_LINE.min || t.length > WEEKDAY_LINE.max) return undefined;
  const found = readWeekday(t);
  return found?.length === t.length ? found.weekday : undefined;
}

/** The cells of a line pasted from a table: the first is read as a line of its own; the rest
 * follow as lines (a time row's title cell stays with the time). `headings` are the table's,
 * read from its heading row; a cell under its room heading is marked so. */
function tableTokens(
  cells: string[],
  line: number,
  gap: number,
  out: LineToken[],
  headings?: Headings,
): void {
  const under = cellHeadings(cells, headings);
  // A whole row starts with its time; the last line of a row of several lines holds none.
  const fullRow = headings !== undefined && cells.length === headings.length && cells[0] !== "";
  const filled: string[] = [];
  const columns: Headings = [];
  for (let j = 0; j < cells.length; j++) {
    const c = clean(cells[j]);
    if (c === "") continue;
    filled.push(c);
    columns.push(under?.[j]);
  }
  const first = filled[0];
  if (first === undefined) return;
  let token = classifyLine(first, line);
  let k = 1;
  if ((token.kind === "range" || token.kind === "clock") && token.rest === "" && filled[1]) {
    // A start cell and an end cell ("9.30<TAB>10.10<TAB>Title") make one range.
    const end = token.kind === "clock" && readClock(filled[1])?.length === filled[1].length;
    const time = end ? `${first} - ${filled[1]}` : first;
    const title = filled[end ? 2 : 1];
    token = classifyLine(title === undefined ? time : `${time} ${title}`, line);
    k = end ? 3 : 2;
  }
  const timed = token.kind === "range" || token.kind === "clock";
  const marks = !fullRow || timed;
  if (marks) markColumn(token, columns[0]);
  if (gap > 0) token.gap = gap;
  out.push(token);
  for (; k < filled.length; k++) {
    const cell = classifyLine(filled[k] as string, line);
    cell.cell = true;
    if (marks) markColumn(cell, columns[k]);
    out.push(cell);
  }
}

/** Makes the time line at `at`, above a table's heading row, the table's title when the table's
 * first row starts when it does: a span that holds the rows, not a session before them. */
function tableTitle(tokens: LineToken[], at: number, first: LineToken | undefined): void {
  const span = tokens[at];
  if (span?.kind !== "range" || first === undefined) return;
  const from =
    first.kind === "range" ? first.range.from : first.kind === "clock" ? first.clock : undefined;
  if (from?.hour !== span.range.from.hour || from.minute !== span.range.from.minute) return;
  const title: LineToken = { kind: "table-title", line: span.line, text: span.rest };
  if (span.gap) title.gap = span.gap;
  tokens[at] = title;
}

/** Marks a text cell under a room or people heading as such. */
function markColumn(token: LineToken, heading: Headings[number]): void {
  if (token.kind !== "text" || (heading !== "room" && heading !== "people")) return;
  token.cell = true;
  token.column = heading;
}

/** The lexing pass of program text: lines split, cleaned and classified; blank lines dropped
 * (each token counts the blank lines before it). A line longer than maxLineChars is cut, and
 * `onCut` hears its number. */
export function tokenizeText(text: string, onCut?: (line: number) => void): LineToken[] {
  // Splitting on one character is several times faster than on the pattern.
  const lines = text.indexOf("\r") < 0 ? text.split("\n") : text.split(LINE_BREAK);
  const tokens: LineToken[] = [];
  const grid = text.indexOf("\t") >= 0 ? gridRows(lines, isDayHeader) : undefined;
  let headings: Headings | undefined;
  // A time line right above the heading row just read, by its index in tokens.
  let spanAbove: number | undefined;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const cells = grid?.get(i);
    if (cells) {
      for (const cell of cells) tokens.push(classifyLine(cell, i + 1));
      gap = 0;
      continue;
    }
    let line = lines[i] as string;
    if (line.length > maxLineChars) {
      line = head(line, maxLineChars);
      onCut?.(i + 1);
    }
    if (line.indexOf("\t") >= 0) {
      const cells = withoutTrailingBlanks(line.split("\t"));
      const named = headingRow(cells);
      if (named) {
        headings = named;
        const above = tokens[tokens.length - 1];
        spanAbove = above?.kind === "range" && above.line === i ? tokens.length - 1 : undefined;
        continue;
      }
      const before = tokens.length;
      tableTokens(cells, i + 1, gap, tokens, headings);
      if (spanAbove !== undefined) tableTitle(tokens, spanAbove, tokens[before]);
      spanAbove = undefined;
      gap = tokens.length === before ? gap + 1 : 0;
      continue;
    }
    const t = clean(line);
    if (t === "") {
      gap++;
      continue;
    }
    const token = classifyLine(t, i + 1);
    if (gap > 0) token.gap = gap;
    gap = 0;
    tokens.push(token);
  }
  return tokens;
}
