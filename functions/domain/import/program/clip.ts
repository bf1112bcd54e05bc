import { textLimits } from "../../../../schemas/program";

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

type Limited = keyof typeof textLimits;

/** Cuts one field of a session or person to its limit, saying so through `warn`. */
export function clipField(
  text: string,
  limit: Limited,
  what: string,
  warn: (message: string) => void,
): string {
  const max = textLimits[limit];
  if (text.length <= max) return text;
  warn(`${what} is longer than ${max.toLocaleString("en-US")} characters; cut`);
  return clip(text, max);
}
