import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, requireZone } from "../../common/context";
import { maxLineChars, maxTextLines } from "../../common/limits";
import { ProgramBuilder } from "../../program/builder";
import { decideDateOrder } from "../../time/date-order";
import { type DateParts, isoDateParts } from "../../time/dates";
import { chooseYear, type YearlessDay } from "../../time/year";
import { arrangeTokens } from "./arrange";
import { type LineToken, tokenizeText } from "./lex";
import { type Days, TextProgram } from "./program";

const YEARS = /\b(?:19|20)\d{2}\b/g;

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
  let dated = false;
  for (const t of tokens) {
    if (t.kind === "numeric-day") dated = true;
    else if (t.kind === "day") {
      if (t.date.year !== undefined) dated = true;
      else
        yearless.push({ month: t.date.month, day: t.date.day, weekday: t.weekday, line: t.line });
    }
  }
  if (yearless.length === 0 && dated) return {};
  if (yearless.length === 0) return { firstDay: firstDayOf(tokens, ctx) };
  if (ctx.year !== undefined) return { year: ctx.year };
  if (dated) return {};
  const named = [...text.matchAll(YEARS)].map((m) => Number(m[0]));
  const choice = chooseYear(yearless, named, ctx.now ?? Date.now());
  if (!choice) return {};
  b.warn("program", choice.reason);
  return { year: choice.year };
}

/** The day the user typed for a text with times but no day header; without one, an error that
 * says what to add. */
function firstDayOf(tokens: LineToken[], ctx: ParseContext): DateParts | undefined {
  const timed = tokens.some((t) => t.kind === "range" || t.kind === "clock");
  const typed = ctx.firstDay === undefined ? undefined : isoDateParts(ctx.firstDay);
  if (typed || !timed) return typed;
  throw new DomainError(
    "import.no_date",
    "The text names no day: add a day header such as “Thursday, May 14, 2026” above the first session, or type the first day",
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
  );
  for (let i = 0; i < tokens.length; i++) reader.token(tokens[i] as LineToken, tokens[i + 1]);
  reader.end();
  return { program: b.finish({ title: reader.title ?? "" }) };
}
