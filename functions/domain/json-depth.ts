const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The quote that closes the JSON string opening at `open`, or -1 when the text ends first. */
export function endOfString(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

/** The line on which JSON text first has more than `max` lists and objects open at once, or
 * undefined when it never does. Brackets inside strings are text. JSON.parse walks millions of
 * nested lists for seconds and holds them all; this one linear look runs before it. */
export function lineBeyondDepth(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
      if (i < 0) return undefined;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return text.slice(0, i).split("\n").length;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}
