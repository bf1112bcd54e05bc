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

const unicodeEscape = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
const ranges = [
  [0x00, 0x08],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0x202a, 0x202e],
]
  .map(([from, to]) => `${unicodeEscape(from as number)}-${unicodeEscape(to as number)}`)
  .join("");
/** NUL and the rest of C0 but tab and line breaks, DEL, C1, and the bidirectional embeddings and
 * overrides, which can make a name read as something else. A file may carry them; no field keeps
 * them, as typed text may not hold them either. Built from code points, so the pattern's source
 * holds no control character itself. */
const CONTROL = new RegExp(`[${ranges}]`);
const CONTROLS = new RegExp(CONTROL.source, "g");

/** Fields that name things (titles, names, rooms, affiliations) lose their controls. Long prose
 * (descriptions, biographies) is shown only as text and keeps them: scanning it cost the frab JSON
 * import half its copy floor again. */
const prose = (limit: Limited) => limit === "description" || limit === "bio";

/** Whether clipField would change the text: too long for its limit, or holding a control. */
export function needsClip(text: string | undefined, limit: Limited): boolean {
  return (
    text !== undefined && (text.length > textLimits[limit] || (!prose(limit) && CONTROL.test(text)))
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
  const text = !prose(limit) && CONTROL.test(raw) ? raw.replace(CONTROLS, "") : raw;
  const max = textLimits[limit];
  if (text.length <= max) return text;
  warn(`${what} is longer than ${max.toLocaleString("en-US")} characters; cut`);
  return clip(text, max);
}
