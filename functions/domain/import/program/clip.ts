import { textLimits } from "../../../../schemas/program";
import { hasControlCharacter, withoutControlCharacters } from "../../../../schemas/text";

/** The first `max` characters of text, or one fewer where that would split a surrogate pair. */
export function head(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** Text cut to at most `max` characters, ending in "…" (never inside a surrogate pair). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${head(text, max - 1)}…`;
}

export type Limited = keyof typeof textLimits;

/** Fields that name things (titles, names, rooms, affiliations) lose their controls. Long prose
 * (descriptions, biographies) is shown only as text and keeps them: scanning it cost the frab JSON
 * import half its copy floor again. */
const prose = (limit: Limited) => limit === "description" || limit === "bio";

/** Whether clipField would change the text: too long for its limit, or holding a control. */
export function needsClip(text: string | undefined, limit: Limited): boolean {
  return (
    text !== undefined &&
    (text.length > textLimits[limit] || (!prose(limit) && hasControlCharacter(text, true)))
  );
}

/** Cuts one field of a session or person to its limit, saying so through `warn`; a field that
 * names something also loses its control characters. */
export function clipField(
  raw: string,
  limit: Limited,
  what: string,
  warn: (message: string) => void,
): string {
  // Tab and line breaks stay, as they may in multi-line typed text.
  const text = prose(limit) ? raw : withoutControlCharacters(raw, true);
  const max = textLimits[limit];
  if (text.length <= max) return text;
  warn(`${what} is longer than ${max.toLocaleString("en-US")} characters; cut`);
  return clip(text, max);
}
