/** A 53-bit string hash in base 36 (fixed-width low part, so distinct hashes give distinct text): two 32-bit multiply/xor-shift lanes, mixed at the end.
 * Pure JS so the same ids come out in Node, Lambda and the browser. */
export function hash36(text: string): string {
  return hash36Parts([text]);
}

/** hash36 of the parts joined, without building the joined string. */
export function hash36Parts(parts: readonly string[]): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (const text of parts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  a = Math.imul(a ^ (a >>> 16), 0x7feb352d) ^ Math.imul(b ^ (b >>> 13), 0x846ca68b);
  b = Math.imul(b ^ (b >>> 16), 0x7feb352d) ^ Math.imul(a ^ (a >>> 13), 0x846ca68b);
  // Two integer conversions are far cheaper than one base-36 conversion of a 53-bit double.
  return ((b >>> 0) & 0x1fffff).toString(36) + sevenDigits(a >>> 0);
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
const PAIRS: string[] = [];
for (let i = 0; i < 36 * 36; i++) PAIRS.push(`${DIGITS[Math.floor(i / 36)]}${DIGITS[i % 36]}`);

/** x.toString(36).padStart(7, "0") for 0 <= x < 2^32, two digits at a time. */
function sevenDigits(x: number): string {
  const a = x % 1296;
  let rest = (x - a) / 1296;
  const b = rest % 1296;
  rest = (rest - b) / 1296;
  const c = rest % 1296;
  rest = (rest - c) / 1296;
  return `${DIGITS[rest]}${PAIRS[c]}${PAIRS[b]}${PAIRS[a]}`;
}
