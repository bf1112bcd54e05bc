/** Where a mail's inline styles wait until the app applies them through the CSSOM. */
export const movedStyleAttribute = "data-mail-style";

const space = /\s/;
const nameEnd = /[\s/>=]/;

/** The end of a tag's attribute value that starts at `at` (after its `=`). */
function valueEnd(html: string, at: number): number {
  const quote = html.charAt(at);
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, at + 1);
    return close === -1 ? html.length : close + 1;
  }
  let end = at;
  while (end < html.length && !/[\s>]/.test(html.charAt(end))) end++;
  return end;
}

/** The attributes of the tag whose name ends at `from`, up to its closing `>`, with `style`
 * renamed; returns the text and where the tag ends. */
function attributes(html: string, from: number): { text: string; end: number } {
  let text = "";
  let at = from;
  while (at < html.length && html.charAt(at) !== ">") {
    const char = html.charAt(at);
    if (space.test(char) || char === "/") {
      text += char;
      at++;
      continue;
    }
    let end = at + 1;
    while (end < html.length && !nameEnd.test(html.charAt(end))) end++;
    const name = html.slice(at, end);
    text += name.toLowerCase() === "style" ? movedStyleAttribute : name;
    at = end;
    let equals = at;
    while (space.test(html.charAt(equals))) equals++;
    if (html.charAt(equals) !== "=") continue;
    let value = equals + 1;
    while (space.test(html.charAt(value))) value++;
    const stop = valueEnd(html, value);
    text += html.slice(at, stop);
    at = stop;
  }
  return { text, end: at };
}

/**
 * The markup with every tag's `style` attribute renamed, read as an HTML parser reads tags:
 * comments are left alone and quoted values are kept whole. The page's Content Security Policy
 * forbids style attributes, and any HTML parser in the page reports each one it meets, so they
 * are moved aside in the text, before any parser sees it.
 */
export function moveStyles(html: string): string {
  let out = "";
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    if (open === -1) return out + html.slice(at);
    out += html.slice(at, open);
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      at = close === -1 ? html.length : close + 3;
      out += html.slice(open, at);
      continue;
    }
    if (!/[A-Za-z]/.test(html.charAt(open + 1))) {
      out += "<";
      at = open + 1;
      continue;
    }
    let nameEndAt = open + 1;
    while (nameEndAt < html.length && !/[\s/>]/.test(html.charAt(nameEndAt))) nameEndAt++;
    const tag = attributes(html, nameEndAt);
    out += html.slice(open, nameEndAt) + tag.text;
    at = tag.end;
  }
  return out;
}

const base = '<base target="_top">';

/** A mail's HTML as the app frames it: styles moved aside (see `moveStyles`), and every link
 * aimed at the app's own window rather than the frame. */
export function framedMailHtml(html: string): string {
  const moved = moveStyles(html);
  const anchor = /<head(?:\s[^>]*)?>/i.exec(moved) ?? /^\s*<!doctype[^>]*>/i.exec(moved);
  if (!anchor) return base + moved;
  const after = anchor.index + anchor[0].length;
  return moved.slice(0, after) + base + moved.slice(after);
}
