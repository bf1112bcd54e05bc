import { decodeEntities } from "./entities";

const WS = /\s+/g;
// Most values are already clean; testing is much cheaper than replacing. Text whose only blanks
// are single spaces inside it is clean, so what needs cleaning is a blank other than a space, two
// spaces, or a space at either end (asked so, the test takes about a third less time than
// /^\s|\s$|\s\s|[^\S ]/, which looks for a blank before every character).
const NEEDS_CLEAN = /[^\S ]| {2}|^ | $/;
const MARKS = /\p{M}+/gu;
const PUNCT = /[^\p{L}\p{N} ]+/gu;
/** Honorifics written before a name, in English and the languages programs come in ("Dra.",
 * "Dott.ssa", "Mme", "Assoc. Prof."): a pattern's alternatives, lower case. */
export const HONORIFIC_WORDS =
  "dr|dra|drs|dres|prof|profa|professor|assoc|asst|pr|mr|mrs|ms|mx|sir|dott|mme|sra";
// Honorifics and ranks, which are no credentials: "Dr.Sayeed" and "Prof.AMSM" run on without a
// space after the dot.
const HONORIFIC = new RegExp(
  `^(?:dott\\.ssa|prof\\.ssa|${HONORIFIC_WORDS}|lt\\.?\\s*col|col|major|maj|capt|brig|gen)(?:\\.\\s*(?=\\p{Lu})|\\.?\\s+)`,
  "iu",
);
const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const ASCII_PUNCT = /[^a-z0-9]+/g;

/** Trims and collapses runs of whitespace (titles often carry line breaks from PDFs and XML). */
export function clean(text: string | null | undefined): string {
  if (text == null) return "";
  const s = String(text);
  return NEEDS_CLEAN.test(s) ? s.replace(WS, " ").trim() : s;
}

/** Clean text, or undefined when nothing is left (keeps optional fields absent, not ""). */
export function cleanOptional(text: unknown): string | undefined {
  if (typeof text !== "string" && typeof text !== "number") return undefined;
  const value = clean(String(text));
  return value === "" ? undefined : value;
}

/** Source text as a field keeps it: character references decoded ("Mu&ntilde;oz"), then
 * cleaned. Decoding comes first, so a list split later on ";" is not split inside "&ntilde;". */
export function decodedText(text: unknown): string {
  if (typeof text !== "string" && typeof text !== "number") return "";
  return clean(decodeEntities(String(text)));
}

/** decodedText, or undefined when nothing is left. */
export function decodedOptional(text: unknown): string | undefined {
  const value = decodedText(text);
  return value === "" ? undefined : value;
}

/** Text with the Turkish dotted capital "İ" written "I". Lower-cased, "İ" becomes two characters
 * that no name pattern knows ("NİSAN", "CUMARTESİ"); as "I" it reads one for one. */
export function undottedCapitalI(text: string): string {
  return text.indexOf("İ") < 0 ? text : text.replaceAll("İ", "I");
}

/** Whether text holds a hyphen, an en dash or an em dash: a cheap test before a dash pattern. */
export function hasDash(text: string): boolean {
  return text.indexOf("-") >= 0 || text.indexOf("–") >= 0 || text.indexOf("—") >= 0;
}

/** Words in text split on single spaces, as text.split(" ").length counts them. */
export function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) n++;
  return n;
}

/** Strips honorifics such as "Dr." from the front of a display name. */
export function stripHonorific(name: string): string {
  let out = name;
  for (let i = 0; i < 3 && HONORIFIC.test(out); i++) out = out.replace(HONORIFIC, "");
  return out;
}

/** Case-, accent-, punctuation- and whitespace-insensitive key used to match names and affiliations. */
export function matchKey(text: string | undefined): string {
  if (!text) return "";
  if (!NON_ASCII.test(text)) return asciiKey(text);
  // Accented Latin letters decompose into ASCII letters and combining marks, which go.
  const decomposed = text.normalize("NFD");
  const ascii = withoutLatinMarks(decomposed);
  if (ascii !== undefined) return asciiKey(ascii);
  const bare = decomposed.replace(MARKS, "");
  if (!NON_ASCII.test(bare)) return asciiKey(bare);
  return bare.toLowerCase().replace(PUNCT, " ").replace(WS, " ").trim();
}

/** Decomposed text without its combining diacritical marks (U+0300–U+036F) when that leaves
 * only ASCII, as accented Latin names do; undefined otherwise. One pass, no pattern. */
function withoutLatinMarks(text: string): string | undefined {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x300 || c > 0x36f) return undefined;
    if (i > from) out += text.slice(from, i);
    from = i + 1;
  }
  return out + text.slice(from);
}

// ASCII needs no decomposition and has only a-z and 0-9 as letters and digits.
function asciiKey(text: string): string {
  const lower = text.toLowerCase();
  return ASCII_KEY.test(lower) ? lower : lower.replace(ASCII_PUNCT, " ").trim();
}
