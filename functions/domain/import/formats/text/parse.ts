import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, requireZone } from "../../common/context";
import { maxLineChars, maxTextLines } from "../../common/limits";
import { ProgramBuilder } from "../../program/builder";
import { decideDateOrder } from "../../time/date-order";
import { type LineToken, tokenizeText } from "./lex";
import { TextProgram } from "./program";

const HAS_YEAR = /\b(?:19|20)\d{2}\b/;

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

/** Text pasted from a PDF program book: day headers, time ranges, titles, rooms, faculty lists
 * and talk lines. Lines that cannot be placed become warnings carrying their line number. */
export function parseText(text: string, ctx: ParseContext): ParseOutput {
  const zone = requireZone(ctx, "text");
  if (!HAS_YEAR.test(text)) {
    throw new DomainError(
      "import.no_year",
      "The program text names no year: add a day header such as “Thursday, May 14, 2026”",
    );
  }
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
  const tokens = tokenizeText(text, (n) =>
    b.warn(
      `line ${n}`,
      `This line is longer than ${chars} characters; only its first ${chars} were read`,
      n,
    ),
  );
  // One header such as 13/05/2026 settles how 12/05/2026 above it reads.
  const numericDays = tokens.flatMap((t) => (t.kind === "numeric-day" ? [t.date] : []));
  const reader = new TextProgram(b, decideDateOrder(numericDays, ctx.dateOrder));
  for (let i = 0; i < tokens.length; i++) reader.token(tokens[i] as LineToken, tokens[i + 1]);
  reader.end();
  return { program: b.finish({ title: reader.title ?? "" }) };
}
