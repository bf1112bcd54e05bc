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

/** NUL and the rest of C0 but tab and line breaks, DEL, C1, and the bidirectional embeddings and
 * overrides, which can make a name read as something else. A file may carry them; no field keeps
 * them, as typed text may not hold them either. */
const dropped = (c: number) =>
  (c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e);

function withoutControls(text: string): string {
  let i = 0;
  while (i < text.length && !dropped(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let kept = text.slice(0, i);
  for (; i < text.length; i++) if (!dropped(text.charCodeAt(i))) kept += text[i];
  return kept;
}

/** Cuts one field of a session or person to its limit, saying so through `warn`, without the
 * control characters no field keeps. */
export function clipField(
  raw: string,
  limit: Limited,
  what: string,
  warn: (message: string) => void,
): string {
  const text = withoutControls(raw);
  const max = textLimits[limit];
  if (text.length <= max) return text;
  warn(`${what} is longer than ${max.toLocaleString("en-US")} characters; cut`);
  return clip(text, max);
}
