import { Hono } from "hono";
import { checkHealth } from "../../domain/health";
import type { AppDeps } from "../deps";
import { appVersion } from "../version";

export const healthRoutes = (deps: AppDeps) =>
  new Hono().get("/", async (c) =>
    c.json(
      await checkHealth({
        version: appVersion,
        mode: deps.mode,
        database: () => deps.db.ping(),
        mail: deps.mailProbe,
      }),
    ),
  );
