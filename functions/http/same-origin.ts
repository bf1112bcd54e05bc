import { createMiddleware } from "hono/factory";
import { DomainError } from "../domain/errors";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The one write that skips the rule: a mail provider posts RFC 8058's one-click unsubscribe
 * as a form, from no origin of ours, and the signed token in its path is its authorization. */
const oneClickUnsubscribe = /^\/api\/unsubscribe\/[^/]+$/;

/** State-changing requests must be JSON from the app's own origin. A cross-site form can send
 * neither a JSON content type nor a matching Origin, so this stops request forgery. */
export const sameOriginJson = (appUrl: string) => {
  const appOrigin = new URL(appUrl).origin;
  return createMiddleware(async (c, next) => {
    const exempt = c.req.method === "POST" && oneClickUnsubscribe.test(c.req.path);
    if (!safeMethods.has(c.req.method) && !exempt) {
      const type = c.req.header("content-type") ?? "";
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw new DomainError(
          "request.forbidden",
          "Send this request as JSON (Content-Type: application/json).",
        );
      }
      const origin = c.req.header("origin");
      const site = c.req.header("sec-fetch-site");
      const sameOrigin = origin
        ? origin === appOrigin
        : site === undefined || site === "same-origin" || site === "none";
      if (!sameOrigin) {
        throw new DomainError(
          "request.forbidden",
          "This request must come from the Rapport app itself.",
        );
      }
    }
    await next();
  });
};
