import { DomainError } from "../../errors";
import { ProgramBuilder } from "../builder";
import { type ParseContext, type ParseOutput, requireZone } from "../context";
import { tokenizeText } from "./lex";
import { TextProgram } from "./program";

const HAS_YEAR = /\b(?:19|20)\d{2}\b/;

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
  const b = new ProgramBuilder(zone);
  const reader = new TextProgram(b, ctx.dateOrder);
  // The lexing pass is the raw step the benchmark times (rawParsers.text).
  for (const token of tokenizeText(text)) reader.token(token);
  reader.end();
  return { program: b.finish({ title: reader.title ?? "" }) };
}
