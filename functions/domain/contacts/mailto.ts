// Mail programs and browsers cut or refuse long mailto links; 2,000 characters opens everywhere.
const defaultMaxLength = 2000;
const LINE_BREAK = /\r\n|\r|\n/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACE = /\s/;
/** Ends a body cut to fit, so that the reader knows there is more. */
const SHORTENED_NOTE = "…\r\n\r\n[The full draft is in Rapport.]";

/** Percent-encoding as RFC 6068 wants it: UTF-8, spaces as %20, line breaks as %0D%0A.
 * A lone surrogate (which encodeURIComponent refuses) becomes U+FFFD. */
const encode = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, "\uFFFD"));

/** The characters encodeURIComponent leaves as they are. */
const UNRESERVED = /[A-Za-z0-9\-_.!~*'()]/;

/** How long one UTF-16 unit is once encoded (a lone surrogate is encoded as U+FFFD). */
function encodedLength(code: number, char: string): number {
  if (code < 0x80) return UNRESERVED.test(char) ? 1 : 3;
  return code < 0x800 ? 6 : 9;
}

/** The longest start of `text` whose encoding fits in `budget`, cut after a word if one ends
 * there, without its trailing spaces. */
function longestFitting(text: string, budget: number): string {
  let used = 0;
  let end = 0;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    const pair = code >= 0xd800 && code <= 0xdbff && end + 1 < text.length;
    const size = pair ? 12 : encodedLength(code, text.charAt(end));
    if (used + size > budget) break;
    used += size;
    end += pair ? 2 : 1;
  }
  if (end < text.length && !SPACE.test(text.charAt(end))) {
    let space = end - 1;
    while (space > 0 && !SPACE.test(text.charAt(space))) space--;
    if (space > 0) end = space;
  }
  return text.slice(0, end).trimEnd();
}

/** A mailto: link (RFC 6068) with the address, subject and body filled in. When it would be longer
 * than `maxLength`, the body is cut at a word and ends with a note that the full draft is in
 * Rapport (and when even that cannot fit, the subject is cut too); the address is never cut. */
export function mailtoLink(
  to: string,
  subject: string,
  body: string,
  maxLength = defaultMaxLength,
): { mailto: string; shortened: boolean } {
  // "?" and "&" in an address are encoded, so an address can never add a header of its own.
  const address = `mailto:${encode(to.trim()).replaceAll("%40", "@")}`;
  const text = body.replace(LINE_BREAK, "\r\n");
  const link = (s: string, b: string) => {
    const fields = [s && `subject=${encode(s)}`, b && `body=${encode(b)}`].filter((f) => f);
    return fields.length > 0 ? `${address}?${fields.join("&")}` : address;
  };
  const full = link(subject, text);
  if (full.length <= maxLength) return { mailto: full, shortened: false };
  const noteSize = encode(SHORTENED_NOTE).length;
  const room = maxLength - link(subject, "").length - "&body=".length - noteSize;
  if (room >= 0) {
    const kept = longestFitting(text, room);
    return { mailto: link(subject, `${kept}${SHORTENED_NOTE}`), shortened: true };
  }
  const subjectRoom = maxLength - address.length - "?subject=".length - encode("…").length;
  const kept = subjectRoom > 0 ? longestFitting(subject, subjectRoom) : "";
  return { mailto: link(kept && `${kept}…`, ""), shortened: true };
}
