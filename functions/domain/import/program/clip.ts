import { textLimits } from "../../../../schemas/program";

/** Text cut to at most `max` characters, ending in "…" (never inside a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
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
