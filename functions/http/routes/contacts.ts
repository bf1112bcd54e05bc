import { Hono } from "hono";
import {
  contactIdSchema,
  contactListQuerySchema,
  contactPatchSchema,
  createContactSchema,
  interactionIdSchema,
  interactionPatchSchema,
  newInteractionSchema,
} from "../../../schemas/contact";
import { noteChangeSchema, quickAddSchema } from "../../../schemas/day-of";
import * as Contact from "../../domain/contacts/contact";
import * as DayOf from "../../domain/contacts/day-of";
import * as Log from "../../domain/contacts/log";
import type { AppDeps } from "../deps";
import { requireUser, type UserEnv } from "../session";
import { validate } from "../validate";

export const contactRoutes = (deps: AppDeps) =>
  new Hono<UserEnv>()
    .use(requireUser(deps))
    .get("/", validate("query", contactListQuerySchema), async (c) =>
      c.json({
        contacts: await Contact.list(deps.db, c.var.userId, c.req.valid("query").conferenceId),
      }),
    )
    .post("/", validate("json", createContactSchema), async (c) => {
      const { contact, created } = await Contact.create(
        deps.db,
        c.var.userId,
        c.req.valid("json"),
        deps.now(),
      );
      return c.json(contact, created ? 201 : 200);
    })
    .post("/quick-add", validate("json", quickAddSchema), async (c) => {
      const added = await DayOf.quickAdd(deps.db, c.var.userId, c.req.valid("json"), deps.now());
      return c.json(added, added.created ? 201 : 200);
    })
    .get("/:id", validate("param", contactIdSchema), async (c) =>
      c.json(await Contact.read(deps.db, c.var.userId, c.req.valid("param").id)),
    )
    .get("/:id/drafts", validate("param", contactIdSchema), async (c) =>
      c.json(await Contact.drafts(deps.db, c.var.userId, c.req.valid("param").id, deps.now())),
    )
    .patch(
      "/:id",
      validate("param", contactIdSchema),
      validate("json", contactPatchSchema),
      async (c) =>
        c.json(
          await Contact.edit(
            deps.db,
            c.var.userId,
            c.req.valid("param").id,
            c.req.valid("json"),
            deps.now(),
          ),
        ),
    )
    .put(
      "/:id/note",
      validate("param", contactIdSchema),
      validate("json", noteChangeSchema),
      async (c) =>
        c.json(
          await DayOf.changeNote(
            deps.db,
            c.var.userId,
            c.req.valid("param").id,
            c.req.valid("json"),
            deps.now(),
          ),
        ),
    )
    .delete("/:id", validate("param", contactIdSchema), async (c) => {
      await Contact.remove(deps.db, c.var.userId, c.req.valid("param").id, deps.now());
      return c.body(null, 204);
    })
    .post(
      "/:id/interactions",
      validate("param", contactIdSchema),
      validate("json", newInteractionSchema),
      async (c) => {
        const logged = await Log.logInteraction(
          deps.db,
          c.var.userId,
          c.req.valid("param").id,
          c.req.valid("json"),
          deps.now(),
        );
        return c.json(logged, logged.created ? 201 : 200);
      },
    )
    .patch(
      "/:id/interactions/:interactionId",
      validate("param", interactionIdSchema),
      validate("json", interactionPatchSchema),
      async (c) => {
        const { id, interactionId } = c.req.valid("param");
        return c.json(
          await Log.editInteraction(
            deps.db,
            c.var.userId,
            id,
            interactionId,
            c.req.valid("json"),
            deps.now(),
          ),
        );
      },
    )
    .delete(
      "/:id/interactions/:interactionId",
      validate("param", interactionIdSchema),
      async (c) => {
        const { id, interactionId } = c.req.valid("param");
        return c.json({
          contact: await Log.removeInteraction(
            deps.db,
            c.var.userId,
            id,
            interactionId,
            deps.now(),
          ),
        });
      },
    );
