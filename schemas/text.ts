import * as v from "valibot";

/** Whether a character is a control character: NUL and the rest of C0, DEL and C1, and the
 * bidirectional embeddings and overrides (U+202A–U+202E), which can make a name read as another;
 * none has a place in what people type or in a name a file gives. Multi-line text may keep tab,
 * line feed and carriage return. */
function isControl(c: number, multiline: boolean): boolean {
  if (c >= 0x20 && (c < 0x7f || c > 0x9f) && (c < 0x202a || c > 0x202e)) return false;
  return !(multiline && (c === 0x09 || c === 0x0a || c === 0x0d));
}

/** Whether text holds a control character (see isControl). */
export function hasControlCharacter(text: string, multiline = false): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i), multiline)) return true;
  return false;
}

/** The text without its control characters (see isControl). */
export function withoutControlCharacters(text: string, multiline = false): string {
  let kept = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isControl(text.charCodeAt(i), multiline)) continue;
    kept += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

/** Refuses control characters in a one-line field. */
export const noControlCharacters = (what: string) =>
  v.check(
    (text: string) => !hasControlCharacter(text),
    `${what} contains a control character; remove it.`,
  );

/** One line of free text, trimmed: names, titles, places. Empty is allowed. */
export const line = (max: number, what: string) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.trim(),
    v.maxLength(max, `${what} is longer than ${max} characters.`),
    noControlCharacters(what),
  );

/** A line that must not be empty. */
export const requiredLine = (max: number, what: string) =>
  v.pipe(line(max, what), v.minLength(1, `${what} is required.`));

/** Free text over several lines: notes, scripts, questions. Empty is allowed. */
export const multiline = (max: number, what: string) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.trim(),
    v.maxLength(max, `${what} is longer than ${max} characters.`),
    v.check(
      (text) => !hasControlCharacter(text, true),
      `${what} contains a control character; remove it.`,
    ),
  );

// RFC 5322's dot-atom for the part before the @ (apostrophes and plus signs included), and
// DNS labels after it, read from their ASCII form so that internationalized domains pass.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const NOT_IN_DOMAIN = /[\s/\\?#@:[\]%]/;

/** The domain in its ASCII (punycode) form, or undefined when it is no host name. */
function asciiDomain(domain: string): string | undefined {
  if (domain === "" || NOT_IN_DOMAIN.test(domain)) return undefined;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
}

/** An address mail can be sent to, with its domain in ASCII; undefined when it is not one. */
export function mailAddress(value: string): string | undefined {
  if (value.length > 254) return undefined;
  const at = value.lastIndexOf("@");
  const local = value.slice(0, at);
  if (at < 1 || local.length > 64 || !LOCAL_PART.test(local)) return undefined;
  const domain = asciiDomain(value.slice(at + 1));
  if (!domain || domain.length > 253) return undefined;
  const labels = domain.split(".");
  const top = labels.at(-1) ?? "";
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TOP_LABEL.test(top)) {
    return undefined;
  }
  return `${local}@${domain}`;
}

export const emailAddress = (message: string) =>
  v.pipe(
    v.string(message),
    v.trim(),
    v.maxLength(254, "That email address is too long."),
    v.check((value) => mailAddress(value) !== undefined, message),
    v.transform((value) => mailAddress(value) ?? value),
  );
