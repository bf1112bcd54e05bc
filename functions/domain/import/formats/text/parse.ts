import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, requireZone } from "../../common/context";
import { maxLineChars, maxTextLines } from "../../common/limits";
import { ProgramBuilder } from "../../program/builder";
import { decideDateOrder } from "../../time/date-order";
import { type DateParts, findNamedDate, isoDateParts } from "../../time/dates";
import { chooseYear, type YearlessDay } from "../../time/year";
import { arrangeTokens } from "./arrange";
import { type LineToken, tokenizeText } from "./lex";
import { type Days, TextProgram } from "./program";

const YEARS = /\b(?:19|20)\d{2}\b/g;
// "Dr. D. Víctor Madera", "Dra. Dña. Celia García": Spanish programs that write Don and Doña.
const SPANISH_DON = /\bDra?\.\s*D(?:ña)?\.\s|\bDña\.\s/;

/** Lines in the text, counted up to one past maxTextLines. */
function lineCount(text: string): number {
  const breaks = text.indexOf("\n") < 0 ? "\r" : "\n";
  let lines = 1;
  for (
    let at = text.indexOf(breaks);
    at >= 0 && lines <= maxTextLines;
    at = text.indexOf(breaks, at + 1)
  )
    lines++;
  return lines;
}

/** The year for days written without one, and the first day of a text that names none. */
function daysOf(text: string, tokens: LineToken[], ctx: ParseContext, b: ProgramBuilder): Days {
  const yearless: YearlessDay[] = [];
  // Days without a year after a dated header take its year as they are read.
  let dated = false;
  for (const t of tokens) {
    if (t.kind === "numeric-day") dated = true;
    else if (t.kind === "day") {
      if (t.date.year !== undefined) dated = true;
      else if (!dated)
        yearless.push({ month: t.date.month, day: t.date.day, weekday: t.weekday, line: t.line });
    }
  }
  if (yearless.length === 0 && dated) return {};
  if (yearless.length === 0) return { firstDay: firstDayOf(text, tokens, ctx, b) };
  // Those before any dated header ("28 Nisan Pazartesi" tabs above "28 NİSAN 2025, PAZARTESİ")
  // take theirs from the years the text names and the weekdays.
  const year = chosenYear(yearless, text, ctx, b);
  return year === undefined ? {} : { year };
}

/** The year for days that name none: the one typed, else the one chooseYear finds in the text and
 * the weekdays, with its reason in the warnings. */
function chosenYear(
  days: YearlessDay[],
  text: string,
  ctx: ParseContext,
  b: ProgramBuilder,
): number | undefined {
  if (ctx.year !== undefined) return ctx.year;
  const named = [...text.matchAll(YEARS)].map((m) => Number(m[0]));
  const choice = chooseYear(days, named, ctx.now ?? Date.now());
  if (choice) b.warn("program", choice.reason);
  return choice?.year;
}

// Sentences longer than this are not searched for the day of a text without day headers.
const PROSE_DATE_LINE = 300;

/** The day of a text with times but no day header: the one the user typed; else a date a line
 * above the first session names in passing ("The workshop will be held December 13"), its year
 * chosen as for year-less headers; else an error that says what to add. */
function firstDayOf(
  text: string,
  tokens: LineToken[],
  ctx: ParseContext,
  b: ProgramBuilder,
): DateParts | undefined {
  const typed = ctx.firstDay === undefined ? undefined : isoDateParts(ctx.firstDay);
  const first = tokens.findIndex((t) => t.kind === "range" || t.kind === "clock");
  if (typed || first < 0) return typed;
  // The first session's own line may name it ("일시: 2023년 7월 2일(일) 09:00 ~ 17:30").
  for (const t of tokens.slice(0, first + 1)) {
    const found = t.text.length <= PROSE_DATE_LINE ? findNamedDate(t.text) : undefined;
    if (!found) continue;
    b.warn(`line ${t.line}`, "No day header; the sessions are on the day this line names", t.line);
    if (found.year !== undefined) return found;
    const day = { month: found.month, day: found.day, line: t.line };
    return { ...found, year: chosenYear([day], text, ctx, b) };
  }
  const weekday = tokens.find((t) => t.kind === "weekday");
  throw new DomainError(
    "import.no_date",
    weekday
      ? `The text gives its days only as weekdays (“${weekday.text}”): type the first day of the meeting`
      : "The text names no day: add a day header such as “Thursday, May 14, 2026” above the first session, or type the first day",
  );
}

/** Text pasted from a PDF program book: day headers, time ranges, titles, rooms, faculty lists
 * and talk lines. Lines that cannot be placed become warnings carrying their line number. */
export function parseText(text: string, ctx: ParseContext): ParseOutput {
  const zone = requireZone(ctx, "text");
  if (lineCount(text) > maxTextLines) {
    throw new DomainError(
      "import.too_many_lines",
      `More than ${maxTextLines.toLocaleString("en-US")} lines: split the text into smaller parts`,
      { maxLines: maxTextLines },
    );
  }
  const b = new ProgramBuilder(zone);
  // The lexing pass is the raw step the benchmark times (rawParsers.text).
  const chars = maxLineChars.toLocaleString("en-US");
  const lexed = tokenizeText(text, (n) =>
    b.warn(
      `line ${n}`,
      `This line is longer than ${chars} characters; only its first ${chars} were read`,
      n,
    ),
  );
  const tokens = arrangeTokens(lexed);
  // One header such as 13/05/2026 settles how 12/05/2026 above it reads.
  const numericDays = tokens.flatMap((t) => (t.kind === "numeric-day" ? [t.date] : []));
  const reader = new TextProgram(
    b,
    decideDateOrder(numericDays, ctx.dateOrder),
    daysOf(text, tokens, ctx, b),
    SPANISH_DON.test(text),
  );
  for (let i = 0; i < tokens.length; i++) reader.token(tokens, i);
  reader.end();
  return { program: b.finish({ title: reader.title ?? "" }) };
}
