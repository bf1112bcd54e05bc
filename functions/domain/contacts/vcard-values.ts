import type ICAL from "ical.js";

// Escapes ical.js leaves in values: all of them in URIs, where Apple and Google exports write
// `http\://`, and in text the ones vCard 4.0 does not define but Apple's 3.0 writes (`\;`, `\:`
// and `\"` outside structured values).
const URI_ESCAPES = /\\([\\,;:])/g;
const TEXT_ESCAPES = /\\([;:"])/g;
const SPACES = /\s+/g;
const LINE_ENDS = /\r\n?/g;

/** Replaces control characters (C0, DEL, C1) with `by`; tab and line breaks stay when `lines`. */
function withoutControls(text: string, by: string, lines: boolean): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && (c < 0x7f || c > 0x9f)) continue;
    if (lines && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
    out += text.slice(from, i) + by;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Text on one line: control characters and runs of spaces become one space. */
export const oneLine = (text: string): string =>
  withoutControls(text, " ", false).replace(SPACES, " ").trim();

/** Text over lines: line breaks kept (as \n), other control characters dropped. */
export const multiLine = (text: string): string =>
  withoutControls(text, "", true).replace(LINE_ENDS, "\n").trim();

/** The first `max` characters, without splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

function parameterList(prop: ICAL.Property, name: string): string[] {
  const value: unknown = prop.getParameter(name);
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** A property's value as strings: one per component of a structured value (N, ORG), with the
 * several values of one component joined by spaces; quoted-printable decoded. */
export function components(prop: ICAL.Property): string[] {
  const first: unknown = prop.getValues()[0];
  const parts = Array.isArray(first) ? first : [first];
  return parts.map((part: unknown) => {
    const text = Array.isArray(part) ? part.map(String).join(" ") : String(part ?? "");
    const plain = text.replace(prop.type === "text" ? TEXT_ESCAPES : URI_ESCAPES, "$1");
    return decoded(prop, plain);
  });
}

/** A property's whole value as one string (the first component of a structured one). */
export const textOf = (prop: ICAL.Property): string => components(prop)[0] ?? "";

/** Sorts preferred properties first: vCard 4.0's PREF=1..100, then 3.0's and 2.1's TYPE=PREF,
 * then the rest in the card's order. */
export function preferredFirst(props: ICAL.Property[]): ICAL.Property[] {
  const rank = (prop: ICAL.Property) => {
    const pref = Number(parameterList(prop, "pref")[0]);
    if (Number.isInteger(pref) && pref >= 1 && pref <= 100) return pref;
    return parameterList(prop, "type").some((t) => t.toLowerCase() === "pref") ? 1 : 101;
  };
  return props
    .map((prop, index) => ({ prop, index, rank: rank(prop) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.prop);
}

function decoded(prop: ICAL.Property, text: string): string {
  const encoding = parameterList(prop, "encoding")[0]?.toLowerCase();
  if (encoding !== "quoted-printable") return text;
  return quotedPrintable(text, parameterList(prop, "charset")[0] ?? "utf-8");
}

const isHex = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Decodes `=C3=A9` escapes into bytes read in the card's CHARSET (UTF-8 when unknown). */
function quotedPrintable(text: string, charset: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // Text pasted from a phone is already characters; keep any that were never encoded.
      const char = String.fromCodePoint(text.codePointAt(i) ?? c);
      bytes.push(...encoder.encode(char));
      i += char.length - 1;
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(Uint8Array.from(bytes));
}
