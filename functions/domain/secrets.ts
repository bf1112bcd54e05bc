import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, base64url: far above the 128 bits a guess would have to beat. */
export const newSecret = () => randomBytes(32).toString("base64url");

export const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");
