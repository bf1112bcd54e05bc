import { Hono } from "hono";
import { importRequestSchema } from "../../../schemas/program";
import { preview } from "../../domain/conference";
import type { AppDeps } from "../deps";
import { requireUser } from "../session";
import { validate } from "../validate";

export const importRoutes = (deps: AppDeps) =>
  new Hono().post("/", requireUser(deps), validate("json", importRequestSchema), async (c) =>
    c.json(await preview(c.req.valid("json"), deps.now())),
  );
