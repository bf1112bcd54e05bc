/** A 53-bit string hash in base 36 (fixed-width low part, so distinct hashes give distinct text): two 32-bit multiply/xor-shift lanes, mixed at the end.
 * Pure JS so the same ids come out in Node, Lambda and the browser. */
export function hash36(text: string): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x7feb352d) ^ Math.imul(b ^ (b >>> 13), 0x846ca68b);
  b = Math.imul(b ^ (b >>> 16), 0x7feb352d) ^ Math.imul(a ^ (a >>> 13), 0x846ca68b);
  // Two integer conversions are far cheaper than one base-36 conversion of a 53-bit double.
  return ((b >>> 0) & 0x1fffff).toString(36) + (a >>> 0).toString(36).padStart(7, "0");
}
