import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { DomainError } from "../domain/errors";
import type { AppDeps } from "./deps";
import { notFound, onError } from "./errors";
import { conferenceRoutes } from "./routes/conferences";
import { devMailRoutes } from "./routes/dev-mail";
import { healthRoutes } from "./routes/health";
import { importRoutes } from "./routes/imports";

/** Import files may be 5 MB of text; JSON escaping can grow that, so the cap leaves room. */
export const maxBodyBytes = 8 * 1024 * 1024;

export function createApp(deps: AppDeps) {
  const app = new Hono().basePath("/api");
  app.use(secureHeaders());
  app.use(async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  app.use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new DomainError("request.too_large", "The request body is larger than 8 MB.");
      },
    }),
  );
  const routes = app
    .route("/health", healthRoutes(deps))
    .route("/imports", importRoutes())
    .route("/conferences", conferenceRoutes(deps));
  if (deps.devMailbox) app.route("/dev/mail", devMailRoutes(deps.devMailbox));
  app.onError(onError);
  app.notFound(notFound);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
