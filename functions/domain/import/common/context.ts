import type { CsvInfo } from "../../../../schemas/conference";
import type { CsvMapping, DateOrder, Format, Program } from "../../../../schemas/program";
import { canonicalTimeZone, formatLabels } from "../../../../schemas/program";
import { DomainError } from "../../errors";

/** What every format parser receives. */
export type ParseContext = {
  timeZone?: string;
  csvMapping?: CsvMapping;
  dateOrder?: DateOrder;
  /** The year the user typed for days written without one. */
  year?: number;
  /** The first day (ISO date) the user typed for a program that names no dates. */
  firstDay?: string;
  /** Epoch ms of the present, which a guessed year is chosen nearest to. */
  now?: number;
  /** Already-parsed JSON when detection had to parse it. */
  json?: unknown;
};

export type ParseOutput = { program: Program; csv?: CsvInfo };

export type Parser = (text: string, ctx: ParseContext) => ParseOutput;

/** Formats whose times carry no zone need the user to name one: a guessed zone would silently
 * shift every session, which is worse for someone planning to catch a talk than an error. */
export function requireZone(ctx: ParseContext, format: Format): string {
  if (ctx.timeZone) return ctx.timeZone;
  throw new DomainError(
    "import.time_zone_required",
    `${sentenceStart(formatLabels[format])} times carry no time zone: choose the conference's time zone (an IANA name such as America/New_York)`,
    { format },
  );
}

const sentenceStart = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** The zone a file names, checked; falls back to the user's choice, then UTC, with warnings. */
export function pickZone(
  fileZone: string | undefined,
  ctx: ParseContext,
  warn: (m: string) => void,
): string {
  const named = fileZone && canonicalTimeZone(fileZone);
  if (named) {
    if (ctx.timeZone && ctx.timeZone !== named) {
      warn(`The file names the time zone ${named}; used it instead of ${ctx.timeZone}`);
    }
    return named;
  }
  if (fileZone) warn(`Unknown time zone “${fileZone}”`);
  if (ctx.timeZone) return ctx.timeZone;
  warn("No time zone in the file or the request; times are shown in UTC");
  return "UTC";
}
