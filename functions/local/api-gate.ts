import type { IncomingMessage, ServerResponse } from "node:http";
import { apiPolicy } from "../http/content-security";
import { errorBody } from "../http/errors";

interface Refusal {
  status: 403 | 421;
  code: string;
  message: string;
}

const devRoute = /^\/api\/dev(\/|$)/;

/** The path as the router will see it, so that `/api/%64ev` or `/api//dev` counts as a dev route. */
function pathOf(req: IncomingMessage, base: string): string {
  const path = new URL(req.url ?? "/", base).pathname.replace(/\/{2,}/g, "/");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Decides, for the API at `appUrl`, why it will not answer a request, if it will not. A page on
 * another site can rebind its own host name to 127.0.0.1 and then call the API as if it were
 * same-origin; its requests still carry that name in Host, so only the app's own host is answered
 * (127.0.0.1 too, which the web side sends on to `appUrl`). The dev routes hand out sign-in links
 * to anyone who asks, so a request to them that names another origin, or that the browser marks
 * as coming from another site, is refused as well. */
export function apiGate(appUrl: string): (req: IncomingMessage) => Refusal | undefined {
  const app = new URL(appUrl);
  const ownHosts = new Set([app.host, `127.0.0.1${app.port ? `:${app.port}` : ""}`]);
  return (req) => {
    if (!ownHosts.has(req.headers.host?.toLowerCase() ?? "")) {
      return {
        status: 421,
        code: "request.misdirected",
        message: `Rapport answers only at ${app.origin}; open it there.`,
      };
    }
    // A browser names the origin, or (on a plain GET) at least says the request is cross-site.
    const origin = req.headers.origin;
    const site = req.headers["sec-fetch-site"];
    const foreign =
      (origin !== undefined && origin !== app.origin) ||
      site === "cross-site" ||
      site === "same-site";
    if (foreign && devRoute.test(pathOf(req, app.origin))) {
      return {
        status: 403,
        code: "request.forbidden",
        message: "The dev routes answer only the Rapport app itself.",
      };
    }
    return undefined;
  };
}

/** The refusal as the API's own error JSON, with the API's protective headers. */
export function refuse(res: ServerResponse, refusal: Refusal): void {
  res
    .writeHead(refusal.status, {
      "content-type": "application/json",
      "cache-control": "no-store",
      "content-security-policy": apiPolicy,
      "x-content-type-options": "nosniff",
    })
    .end(JSON.stringify(errorBody(refusal.code, refusal.message)));
}
