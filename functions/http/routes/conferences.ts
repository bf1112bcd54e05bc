import { Hono } from "hono";
import {
  conferenceIdSchema,
  conferencePageQuerySchema,
  saveConferenceSchema,
} from "../../../schemas/conference";
import { dismissSuggestionSchema } from "../../../schemas/contact";
import * as Agenda from "../../domain/calendar/my-agenda";
import * as Conference from "../../domain/conference";
import * as DayOf from "../../domain/contacts/day-of";
import * as Suggestions from "../../domain/contacts/suggestions";
import * as Schedule from "../../domain/reminders/schedule";
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
    .get("/:id/day-of", validate("param", conferenceIdSchema), async (c) =>
      c.json(await DayOf.dayOf(deps.db, c.var.userId, c.req.valid("param").id)),
    )
    .get("/:id/agenda", validate("param", conferenceIdSchema), async (c) =>
      c.json(await Agenda.conferenceAgenda(deps.db, c.var.userId, c.req.valid("param").id)),
    )
    .get("/:id/agenda.ics", validate("param", conferenceIdSchema), async (c) => {
      const { id } = c.req.valid("param");
      const file = await Agenda.conferenceAgendaFile(deps.db, c.var.userId, id, deps.now());
      c.header("Content-Type", "text/calendar; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="rapport-agenda.ics"');
      return c.body(file);
    })
    .get("/:id/schedule", validate("param", conferenceIdSchema), async (c) =>
      c.json({
        emails: await Schedule.list(deps.db, c.var.userId, c.req.valid("param").id),
      }),
    )
    .get("/:id/suggestions", validate("param", conferenceIdSchema), async (c) =>
      c.json({
        suggestions: await Suggestions.list(deps.db, c.var.userId, c.req.valid("param").id),
      }),
    )
    .post(
      "/:id/suggestions/dismissed",
      validate("param", conferenceIdSchema),
      validate("json", dismissSuggestionSchema),
      async (c) => {
        const { personId } = c.req.valid("json");
        await Suggestions.dismiss(deps.db, c.var.userId, c.req.valid("param").id, personId);
        return c.json({ dismissed: personId });
      },
    )
    .delete("/:id", validate("param", conferenceIdSchema), async (c) => {
      await Conference.remove(deps.db, c.var.userId, c.req.valid("param").id, deps.now());
      return c.body(null, 204);
    });
