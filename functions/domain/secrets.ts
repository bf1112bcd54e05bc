import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, base64url: far above the 128 bits a guess would have to beat. */
export const newSecret = () => randomBytes(32).toString("base64url");

export const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");

export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
