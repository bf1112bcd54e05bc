import { Hono } from "hono";
import {
  conferenceIdSchema,
  conferencePageQuerySchema,
  saveConferenceSchema,
} from "../../../schemas/conference";
import * as Conference from "../../domain/conference";
import type { AppDeps } from "../deps";
import { requireUser, type UserEnv } from "../session";
import { validate } from "../validate";

export const conferenceRoutes = (deps: AppDeps) =>
  new Hono<UserEnv>()
    .use(requireUser(deps))
    .get("/", async (c) =>
      c.json({ conferences: await Conference.list(deps.db, c.var.userId, deps.now()) }),
    )
    .post("/", validate("json", saveConferenceSchema), async (c) =>
      c.json(await Conference.create(deps.db, c.var.userId, c.req.valid("json"), deps.now()), 201),
    )
    .get(
      "/:id",
      validate("param", conferenceIdSchema),
      validate("query", conferencePageQuerySchema),
      async (c) =>
        c.json(
          await Conference.read(
            deps.db,
            c.var.userId,
            c.req.valid("param").id,
            c.req.valid("query").cursor,
          ),
        ),
    )
    .delete("/:id", validate("param", conferenceIdSchema), async (c) => {
      await Conference.remove(deps.db, c.var.userId, c.req.valid("param").id);
      return c.body(null, 204);
    });
