import { createHash, timingSafeEqual } from "node:crypto";
import { createMiddleware } from "hono/factory";
import { DomainError } from "../domain/errors";

/** The header CloudFront adds to every request it sends to the API (infra/web.ts). */
export const originSecretHeader = "x-origin-verify";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** In AWS the API Gateway endpoint is public, so a client could call it around CloudFront and
 * choose its own viewer headers. Only CloudFront knows the secret; comparing digests keeps the
 * time taken independent of how much of a guess is right, its length included. */
export const requireOriginSecret = (secret: string) => {
  const expected = digest(secret);
  return createMiddleware(async (c, next) => {
    const given = c.req.header(originSecretHeader);
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new DomainError("request.forbidden", "Reach Rapport through its web address.");
    }
    await next();
  });
};
