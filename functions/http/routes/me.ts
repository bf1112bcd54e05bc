import { Hono } from "hono";
import { deleteAccountSchema, exportPageQuerySchema } from "../../../schemas/account";
import { onboardingSchema, profileFieldsSchema } from "../../../schemas/profile";
import * as Account from "../../domain/account";
import * as Agenda from "../../domain/calendar/my-agenda";
import * as Contact from "../../domain/contacts/contact";
import * as Profile from "../../domain/profile";
import * as Bounces from "../../domain/reminders/bounces";
import * as Schedule from "../../domain/reminders/schedule";
import type { AppDeps } from "../deps";
import { clearSessionCookie, requireUser, type UserEnv } from "../session";
import { validate } from "../validate";

export const meRoutes = (deps: AppDeps) =>
  new Hono<UserEnv>()
    .use(requireUser(deps))
    .get("/", async (c) => c.json(await Profile.get(deps.db, c.var.userId)))
    .post("/onboarding", validate("json", onboardingSchema), async (c) =>
      c.json(await Profile.onboard(deps.db, c.var.userId, c.req.valid("json"), deps.now())),
    )
    .put("/profile", validate("json", profileFieldsSchema), async (c) =>
      c.json(await Profile.update(deps.db, c.var.userId, c.req.valid("json"), deps.now())),
    )
    .get("/export", validate("query", exportPageQuerySchema), async (c) => {
      c.header("Content-Disposition", 'attachment; filename="rapport-export.json"');
      const { after } = c.req.valid("query");
      return c.json(await Account.exportPage(deps.db, c.var.userId, deps.now(), after));
    })
    .get("/export/contact-log.csv", async (c) => {
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="rapport-contact-log.csv"');
      return c.body(await Contact.contactLog(deps.db, c.var.userId));
    })
    .get("/export/contacts.vcf", async (c) => {
      c.header("Content-Type", "text/vcard; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="rapport-contacts.vcf"');
      return c.body(await Contact.vcards(deps.db, c.var.userId));
    })
    .get("/card.vcf", async (c) => {
      c.header("Content-Type", "text/vcard; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="my-card.vcf"');
      // ical.js loads with the first card asked for, not with every cold start.
      const { myCardText } = await import("../../domain/contacts/my-card");
      return c.body(myCardText(await Profile.get(deps.db, c.var.userId)));
    })
    .get("/schedule", async (c) => c.json({ emails: await Schedule.list(deps.db, c.var.userId) }))
    .get("/calendar-feed", async (c) => c.json(await Agenda.feedStatus(deps.db, c.var.userId)))
    .post("/calendar-feed", async (c) =>
      c.json(await Agenda.turnFeedOn(deps.db, c.var.userId, deps.appUrl), 201),
    )
    .get("/mail-problem", async (c) =>
      c.json({ mailProblem: (await Bounces.mailProblem(deps.db, c.var.userId)) ?? null }),
    )
    .delete("/mail-problem", async (c) => {
      await Bounces.clearMailProblem(deps.db, c.var.userId, deps.now());
      return c.body(null, 204);
    })
    .delete("/calendar-feed", async (c) => {
      await Agenda.turnFeedOff(deps.db, c.var.userId);
      return c.body(null, 204);
    })
    .delete("/", validate("json", deleteAccountSchema), async (c) => {
      await Account.deleteAccount(deps.db, c.var.userId, c.req.valid("json").confirmEmail);
      clearSessionCookie(c);
      return c.json({ deleted: true });
    });
