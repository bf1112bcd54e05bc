/** A run of plain text, or a web address to show as a link. */
export type TextPart = { text: string; href?: string };

const address = /https?:\/\/[^\s<>"]+/g;
const trailing = /[.,;:!?'"]$/;

const count = (text: string, char: string) => text.split(char).length - 1;

/** An address as written in running text, without the punctuation after it: a full stop, or the
 * bracket that closes "the draft (https://…)". A bracket the address opened itself stays. */
function trimmed(url: string): string {
  let end = url;
  while (trailing.test(end) || (end.endsWith(")") && count(end, ")") > count(end, "("))) {
    end = end.slice(0, -1);
  }
  return end;
}

/** Plain text cut into runs of words and the http(s) addresses in it, in order; joined back
 * together, the runs give the text again. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(address)) {
    const url = trimmed(match[0]);
    if (url.endsWith("://")) continue;
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: url, href: url });
    from = match.index + url.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
