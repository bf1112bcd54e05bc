import { Hono } from "hono";
import { mailIdSchema, mailPatchSchema } from "../../../schemas/outbox";
import * as Schedule from "../../domain/reminders/schedule";
import type { AppDeps } from "../deps";
import { requireUser, type UserEnv } from "../session";
import { validate } from "../validate";

export const scheduleRoutes = (deps: AppDeps) =>
  new Hono<UserEnv>()
    .use(requireUser(deps))
    .get("/:mailId", validate("param", mailIdSchema), async (c) =>
      c.json(
        await Schedule.preview(
          deps.db,
          deps.appUrl,
          c.var.userId,
          c.req.valid("param").mailId,
          deps.now(),
        ),
      ),
    )
    .patch(
      "/:mailId",
      validate("param", mailIdSchema),
      validate("json", mailPatchSchema),
      async (c) =>
        c.json(
          await Schedule.change(
            deps.db,
            c.var.userId,
            c.req.valid("param").mailId,
            c.req.valid("json"),
            deps.now(),
          ),
        ),
    );
