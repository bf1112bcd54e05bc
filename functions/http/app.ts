import { type Context, Hono, type Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { maxProgramRequestBytes, programRequestProblem } from "../../schemas/program";
import { DomainError } from "../domain/errors";
import { lineBeyondDepth } from "../domain/json-depth";
import { apiDirectives } from "./content-security";
import type { AppDeps } from "./deps";
import { notFound, onError } from "./errors";
import { requireOriginSecret } from "./origin-secret";
import { authRoutes } from "./routes/auth";
import { conferenceRoutes } from "./routes/conferences";
import { contactRoutes } from "./routes/contacts";
import { devRoutes } from "./routes/dev";
import { healthRoutes } from "./routes/health";
import { importRoutes } from "./routes/imports";
import { meRoutes } from "./routes/me";
import { publicRoutes } from "./routes/public";
import { scheduleRoutes } from "./routes/schedule";
import { sameOriginJson } from "./same-origin";

/** A program travels as JSON text, within what Lambda can take. Nothing else needs much: the
 * largest other body, a full profile, stays under 512 KB even in scripts of 3 bytes a letter. */
const bodyLimits = { programs: maxProgramRequestBytes, other: 512 * 1024 };

const carriesProgram = /^\/api\/(imports|conferences)(\/|$)/;

const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new DomainError(
        "request.too_large",
        `The request body is larger than ${maxSize >= 1024 * 1024 ? `${(maxSize / 1024 / 1024).toFixed(1)} MB` : `${maxSize / 1024} KB`}.`,
      );
    },
  });

/** In AWS a body that grows past Lambda's limit once escaped into the event never reaches the
 * API; locally the same body gets the same answer the web app gives before sending it. */
const limitProgramRequest = async (c: Context, next: Next): Promise<void> => {
  if (c.req.method === "POST") {
    const problem = programRequestProblem(await c.req.text());
    if (problem) throw new DomainError("request.too_large", problem);
  }
  await next();
};

/** Every body within the limit is read, even by routes that ignore it (sign-out, delete): an
 * answer sent while the body is still arriving leaves bytes on a kept-alive connection, and the
 * next request on it fails. Hono keeps what was read for the route's own reading. */
const readWholeBody = async (c: Context, next: Next): Promise<void> => {
  if (c.req.raw.body) {
    await c.req.arrayBuffer();
    await refuseDeepJson(c);
  }
  await next();
};

/** No request of the app nests deeper than a few levels; a body nested millions deep would hold
 * the server in JSON.parse for seconds, so it is refused before any route parses it. */
const maxBodyDepth = 32;
const refuseDeepJson = async (c: Context): Promise<void> => {
  if (!c.req.header("content-type")?.toLowerCase().startsWith("application/json")) return;
  const line = lineBeyondDepth(await c.req.text(), maxBodyDepth);
  if (line !== undefined) {
    throw new DomainError(
      "request.invalid",
      `The request body nests its lists and objects more than ${maxBodyDepth} deep (line ${line}); no Rapport request does.`,
    );
  }
};

export function createApp(deps: AppDeps) {
  const app = new Hono().basePath("/api");
  app.use(secureHeaders({ contentSecurityPolicy: apiDirectives, xFrameOptions: "DENY" }));
  app.use(async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  if (deps.originSecret) app.use(requireOriginSecret(deps.originSecret));
  app.use(sameOriginJson(deps.appUrl));
  const programBody = limitBody(bodyLimits.programs);
  const otherBody = limitBody(bodyLimits.other);
  app.use((c, next) =>
    carriesProgram.test(c.req.path)
      ? programBody(c, () => readWholeBody(c, () => limitProgramRequest(c, next)))
      : otherBody(c, () => readWholeBody(c, next)),
  );
  const routes = app
    .route("/health", healthRoutes(deps))
    .route("/auth", authRoutes(deps))
    .route("/me", meRoutes(deps))
    .route("/imports", importRoutes(deps))
    .route("/conferences", conferenceRoutes(deps))
    .route("/contacts", contactRoutes(deps))
    .route("/schedule", scheduleRoutes(deps))
    .route("/dev", devRoutes(deps))
    .route("/", publicRoutes(deps));
  app.onError(onError);
  app.notFound(notFound);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
