/** A 53-bit string hash in base 36 (fixed-width low part, so distinct hashes give distinct text): two 32-bit multiply/xor-shift lanes, mixed at the end.
 * Pure JS so the same ids come out in Node, Lambda and the browser. */
export function hash36(text: string): string {
  return hashedId("", [text]);
}

/** `prefix`, then hash36 of the parts joined, without building the joined string: an id ("p" for
 * a person) spelled as one string, where piecing it together would leave five behind. */
export function hashedId(prefix: string, parts: readonly string[]): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p] as string;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  a = Math.imul(a ^ (a >>> 16), 0x7feb352d) ^ Math.imul(b ^ (b >>> 13), 0x846ca68b);
  b = Math.imul(b ^ (b >>> 16), 0x7feb352d) ^ Math.imul(a ^ (a >>> 13), 0x846ca68b);
  return spell(prefix, (b >>> 0) & 0x1fffff, a >>> 0);
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
const spelled: number[] = [];

/** prefix + high.toString(36) + low.toString(36).padStart(7, "0"), for high < 2^21 and
 * low < 2^32, as one string. */
function spell(prefix: string, high: number, low: number): string {
  let n = 0;
  for (let i = 0; i < prefix.length; i++) spelled[n++] = prefix.charCodeAt(i);
  // At most five digits: 36^5 > 2^21.
  let width = 1;
  for (let x = high; x >= 36; x = Math.floor(x / 36)) width++;
  for (let i = width - 1, x = high; i >= 0; i--, x = Math.floor(x / 36))
    spelled[n + i] = DIGITS.charCodeAt(x % 36);
  n += width;
  for (let i = 6, x = low; i >= 0; i--, x = Math.floor(x / 36))
    spelled[n + i] = DIGITS.charCodeAt(x % 36);
  spelled.length = n + 7;
  return String.fromCharCode.apply(null, spelled);
}
