const BLOCK_BREAK =
  /<\s*(?:br\s*\/?|\/\s*(?:p|div|li|h[1-6]|tr|blockquote|pre)\s*|(?:p|div|h[1-6]|tr|blockquote|pre)(?:\s[^>]*)?)>/gi;
const LIST_ITEM = /<\s*li(?:\s[^>]*)?>/gi;
const TAG = /<\/?[a-zA-Z][^>]*>|<!--[\s\S]*?-->/g;
const TAG_PROBE = /<\/?[a-zA-Z][^>]*>/;
// Text without markup, entities, line breaks or edge spaces needs no work.
const PLAIN = /^[^\s<&](?:[^<&\n\r\t]*[^\s<&])?$/;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  eacute: "é",
  egrave: "è",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  szlig: "ß",
  copy: "©",
  reg: "®",
  trade: "™",
  middot: "·",
  bull: "•",
};

function decodeEntity(match: string, body: string): string {
  if (body[0] === "#") {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return match;
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? match;
}

export function decodeEntities(text: string): string {
  return text.indexOf("&") < 0 ? text : text.replace(ENTITY, decodeEntity);
}

/** Plain text from an HTML-ish description: tags stripped, entities decoded, paragraph breaks
 * kept as one blank line, other whitespace collapsed. Returns undefined when nothing is left. */
export function htmlToText(input: unknown): string | undefined {
  if (typeof input !== "string") return undefined;
  if (PLAIN.test(input)) return input;
  if (input.trim() === "") return undefined;
  let text = input.replace(/\r\n?/g, "\n");
  // In HTML a bare newline is just a space; in plain text it is a line break worth keeping.
  const isHtml = TAG_PROBE.test(text);
  if (isHtml) {
    text = text.replace(LIST_ITEM, "\n• ").replace(BLOCK_BREAK, "\n\n").replace(TAG, "");
  }
  text = decodeEntities(text);
  const paragraphs = text
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
        .filter((l) => l !== "")
        .join(isHtml ? " " : "\n"),
    )
    .filter((p) => p !== "");
  return paragraphs.length === 0 ? undefined : paragraphs.join("\n\n");
}
