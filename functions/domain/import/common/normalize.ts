import { decodeEntities } from "./entities";
import { importCache } from "./memo";

const WS = /\s+/g;
// Most values are already clean; testing is much cheaper than replacing. Text whose only blanks
// are single spaces inside it is clean, so what needs cleaning is a blank other than a space, two
// spaces, or a space at either end (asked so, the test takes about a third less time than
// /^\s|\s$|\s\s|[^\S ]/, which looks for a blank before every character).
const NEEDS_CLEAN = /[^\S ]| {2}|^ | $/;
const MARKS = /\p{M}+/gu;
const PUNCT = /[^\p{L}\p{N} ]+/gu;
/** Honorifics written before a name, in English and the languages programs come in ("Dra.",
 * "Dott.ssa", "Mme", "Assoc. Prof.", German "PD" for a Privatdozent, Brazil's "Ft." for a
 * physiotherapist and "Drº"/"Drª" with the ordinal sign): a pattern's alternatives, lower case, the longer spelling first. */
export const HONORIFIC_WORDS =
  "drº|drª|dr|dra|drs|dres|prof|profa|professor|assoc|asst|pr|pd|mr|mrs|ms|mx|sir|dott|mme|sra|dña|ft";
// Honorifics and ranks, which are no credentials: "Dr.Sayeed" and "Prof.AMSM" run on without a
// space after the dot, and "Dr: David Male" writes a colon.
const HONORIFIC = new RegExp(
  `^(?:dott\\.ssa|prof\\.ssa|${HONORIFIC_WORDS}|lt\\.?\\s*col|col|major|maj|capt|brig|gen|general)(?:[.:]\\s*(?=\\p{Lu})|\\.?\\s+)`,
  "iu",
);

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

const SPACED_DASH = /\s+[-–—]\s+/g;

/** The dashes with blanks on both sides (" - ", " – ", " — ") that split a title from its
 * speakers or room, from the left: for each, where its blanks start and where the blanks after
 * it end, in pairs. */
export function spacedDashes(text: string): readonly number[] {
  // A talk's line is searched twice in a row, for a room and then for its speakers.
  const last = lastDashed.get(0);
  if (last?.text === text) return last.at;
  const at: number[] = [];
  SPACED_DASH.lastIndex = 0;
  for (let m = SPACED_DASH.exec(text); m; m = SPACED_DASH.exec(text))
    at.push(m.index, m.index + m[0].length);
  lastDashed.set(0, { text, at });
  return at;
}

/** The last text spacedDashes read, and its dashes. */
const lastDashed = importCache<0, { text: string; at: readonly number[] }>();

/** Words in text split on single spaces, as text.split(" ").length counts them. */
export function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) n++;
  return n;
}

// Spanish "Don" after another honorific ("Dr. D. Víctor Madera"): a "D." before a given name
// written out and a surname. Alone, "D. Michael Smith" has an initial, so it stays.
const DON = /^D\.\s+(?=\p{Lu}\p{Ll}{2,}\s+\S)/u;

/** Strips honorifics such as "Dr." from the front of a display name. */
export function stripHonorific(name: string): string {
  let out = name;
  for (let i = 0; i < 3 && HONORIFIC.test(out); i++) out = out.replace(HONORIFIC, "");
  return out !== name ? withoutDon(out) : out;
}

/** A name without the Spanish "Don" before it ("D. Adolfo Fernández-Valmayor"), for text that
 * writes Don and Doña; a "D." before an initial or a single word stays. */
export function withoutDon(name: string): string {
  return name.charCodeAt(0) === 0x44 && name.charCodeAt(1) === 0x2e ? name.replace(DON, "") : name;
}

/** Case-, accent-, punctuation- and whitespace-insensitive key used to match names and affiliations. */
export function matchKey(text: string | undefined): string {
  if (!text) return "";
  return latinKey(text) ?? unicodeKey(text);
}

/** For each accented Latin letter (Latin-1, Extended-A and -B, Extended Additional) whose
 * canonical decomposition is an ASCII letter and combining marks, that letter in lower case;
 * 0 for every other character. Built from the decompositions themselves, so it agrees with the
 * Unicode path below. */
const LATIN_BASE = (() => {
  const table = new Uint8Array(0x1f00);
  const fill = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const d = String.fromCharCode(c).normalize("NFD");
      const base = d.toLowerCase().charCodeAt(0);
      if (d.length < 2 || !isKeyCode(base)) continue;
      let marks = true;
      for (let i = 1; i < d.length; i++) marks &&= isLatinMark(d.charCodeAt(i));
      if (marks) table[c] = base;
    }
  };
  fill(0xc0, 0x24f);
  fill(0x1e00, 0x1eff);
  return table;
})();

function isKeyCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Combining diacritical marks (U+0300–U+036F), which accented Latin letters decompose into. */
function isLatinMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

// Longer text goes the Unicode way: the codes are passed to String.fromCharCode as arguments.
const MAX_LATIN_KEY = 1000;
const keyCodes: number[] = [];

/** The key of text written in ASCII and accented Latin letters, in one pass: letters and digits
 * in lower case without their marks, any run of other characters one space between words.
 * Undefined for text with any other character, which the Unicode path reads. */
function latinKey(text: string): string | undefined {
  if (text.length > MAX_LATIN_KEY) return undefined;
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      else if (!isKeyCode(c)) {
        gap = true;
        continue;
      }
    } else if (isLatinMark(c)) continue;
    else {
      c = c < LATIN_BASE.length ? (LATIN_BASE[c] as number) : 0;
      if (c === 0) return undefined;
    }
    if (gap && length > 0) keyCodes[length++] = 0x20;
    gap = false;
    keyCodes[length++] = c;
  }
  keyCodes.length = length;
  return String.fromCharCode.apply(null, keyCodes);
}

/** The key of any text: decomposed, marks dropped, lower case, runs of what is neither letter
 * nor digit one space. */
function unicodeKey(text: string): string {
  const bare = text.normalize("NFD").replace(MARKS, "");
  return bare.toLowerCase().replace(PUNCT, " ").replace(WS, " ").trim();
}
