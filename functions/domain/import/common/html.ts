import { decodeEntities } from "./entities";

// Every pattern below stops at the next "<" as well as at ">", so a tag that never closes costs
// only the text up to the next "<": markup cut short ("<a<a<a…") stays linear.
const BLOCK_BREAK =
  /<\s*(?:br\s*\/?|\/\s*(?:p|div|li|h[1-6]|tr|blockquote|pre)\s*|(?:p|div|h[1-6]|tr|blockquote|pre)(?:\s[^<>]*)?)>/gi;
const LIST_ITEM = /<\s*li(?:\s[^<>]*)?>/gi;
const TAG = /<\/?[a-zA-Z][^<>]*>/g;
const TAG_PROBE = /<\/?[a-zA-Z][^<>]*>/;
// Text without markup, entities, line breaks or edge spaces needs no work.
const PLAIN = /^[^\s<&](?:[^<&\n\r\t]*[^\s<&])?$/;
const SPACE_RUN = / {2,}/g;
const SPACE = /\s/;
const BLANK = /[^\S\n]/;

/** The text without its <!-- comments -->; a comment that never closes stays as text. */
function stripComments(text: string): string {
  let open = text.indexOf("<!--");
  if (open < 0) return text;
  let out = "";
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 3;
    open = text.indexOf("<!--", from);
  }
  return out + text.slice(from);
}

const SEPARATOR_LINE = /^[ \t\u00a0]*$/;

function isBlankStart(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** Only spaces, tabs and no-break spaces (or nothing): such a line ends a paragraph. */
function isSeparatorLine(raw: string): boolean {
  return raw === "" || (isBlankStart(raw.charCodeAt(0)) && SEPARATOR_LINE.test(raw));
}

/** A run of spaces, tabs and no-break spaces becomes one space. Most
 * lines have none longer than one plain space, and come back as they are. */
function collapseRuns(raw: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) continue;
    let j = i + 1;
    while (j < raw.length && isBlankStart(raw.charCodeAt(j))) j++;
    if (c !== 0x20 || j > i + 1) {
      out += `${raw.slice(from, i)} `;
      from = j;
    }
    i = j - 1;
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** Plain text from an HTML-ish description: tags stripped, entities decoded, paragraph breaks
 * kept as one blank line, other whitespace collapsed. Returns undefined when nothing is left. */
export function htmlToText(input: unknown): string | undefined {
  if (typeof input !== "string") return undefined;
  if (PLAIN.test(input)) return input;
  if (!isPlainLines(input)) return markupToText(input);
  // Most descriptions are plain lines (no tags, entities or carriage returns), most of them tidy.
  return tidyLines(input) ? input.replace(SPACE_RUN, " ") : plainLines(input, undefined);
}

/** htmlToText, keeping only the lines `keep` accepts (it sees each line once, in order). */
export function htmlToTextFiltered(
  input: unknown,
  keep: (line: string) => boolean,
): string | undefined {
  if (typeof input !== "string") return undefined;
  if (PLAIN.test(input)) return keep(input) ? input : undefined;
  if (isPlainLines(input)) {
    const tidy = tidyLines(input);
    return plainLines(tidy ? input.replace(SPACE_RUN, " ") : input, keep, tidy);
  }
  const text = markupToText(input);
  return text === undefined ? undefined : plainLines(text, keep);
}

/** Whether plain lines are as plainLines leaves them but for runs of spaces inside a line: no
 * blank at the edge of the text or of a line, no tab or no-break space, and no more than one
 * blank line in a row. A few searches, and a look at each line break's neighbours. */
function tidyLines(input: string): boolean {
  if (input === "" || SPACE.test(input.charAt(0)) || SPACE.test(input.charAt(input.length - 1)))
    return false;
  if (input.indexOf("\t") >= 0 || input.indexOf("\u00a0") >= 0 || input.indexOf("\n\n\n") >= 0)
    return false;
  for (let k = input.indexOf("\n"); k >= 0; k = input.indexOf("\n", k + 1)) {
    if (BLANK.test(input.charAt(k - 1)) || BLANK.test(input.charAt(k + 1))) return false;
  }
  return true;
}

function isPlainLines(input: string): boolean {
  return input.indexOf("<") < 0 && input.indexOf("&") < 0 && input.indexOf("\r") < 0;
}

function markupToText(input: string): string | undefined {
  if (input.trim() === "") return undefined;
  let text = input.replace(/\r\n?/g, "\n");
  // In HTML a bare newline is just a space; in plain text it is a line break worth keeping.
  const isHtml = TAG_PROBE.test(text);
  if (isHtml) {
    text = stripComments(text)
      .replace(LIST_ITEM, "\n• ")
      .replace(BLOCK_BREAK, "\n\n")
      .replace(TAG, "");
  }
  text = decodeEntities(text);
  const paragraphs = text
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((l) => collapseRuns(l).trim())
        .filter((l) => l !== "")
        .join(isHtml ? " " : "\n"),
    )
    .filter((p) => p !== "");
  return paragraphs.length === 0 ? undefined : paragraphs.join("\n\n");
}

/** The plain-text case of htmlToText in one pass: a line of only spaces, tabs or no-break
 * spaces ends a paragraph; other lines are collapsed and trimmed, and empty ones dropped.
 * Run on htmlToText's own output it changes nothing, so it also filters that output. Lines
 * known `tidy` (see tidyLines, spaces already made one) are taken as they are. */
function plainLines(
  input: string,
  keep: ((line: string) => boolean) | undefined,
  tidy = false,
): string | undefined {
  let out = "";
  let paragraphEnded = false;
  let start = 0;
  for (;;) {
    const newline = input.indexOf("\n", start);
    const raw = newline < 0 ? input.slice(start) : input.slice(start, newline);
    if (isSeparatorLine(raw)) paragraphEnded = out !== "";
    else {
      const line = tidy ? raw : collapseRuns(raw).trim();
      if (line !== "" && (!keep || keep(line))) {
        out = out === "" ? line : `${out}${paragraphEnded ? "\n\n" : "\n"}${line}`;
        paragraphEnded = false;
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return out === "" ? undefined : out;
}
