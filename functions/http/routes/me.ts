import { Hono } from "hono";
import { deleteAccountSchema, exportPageQuerySchema } from "../../../schemas/account";
import { onboardingSchema, profileFieldsSchema } from "../../../schemas/profile";
import * as Account from "../../domain/account";
import * as Profile from "../../domain/profile";
import type { AppDeps } from "../deps";
import { clearSessionCookie, requireUser, type UserEnv } from "../session";
import { validate } from "../validate";

export const meRoutes = (deps: AppDeps) =>
  new Hono<UserEnv>()
    .use(requireUser(deps))
    .get("/", async (c) => c.json(await Profile.get(deps.db, c.var.userId)))
    .post("/onboarding", validate("json", onboardingSchema), async (c) =>
      c.json(await Profile.onboard(deps.db, c.var.userId, c.req.valid("json"))),
    )
    .put("/profile", validate("json", profileFieldsSchema), async (c) =>
      c.json(await Profile.update(deps.db, c.var.userId, c.req.valid("json"))),
    )
    .get("/export", validate("query", exportPageQuerySchema), async (c) => {
      c.header("Content-Disposition", 'attachment; filename="rapport-export.json"');
      const { after } = c.req.valid("query");
      return c.json(await Account.exportPage(deps.db, c.var.userId, deps.now(), after));
    })
    .get("/export/contact-log.csv", async (c) => {
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="rapport-contact-log.csv"');
      return c.body(await Account.contactLogCsv(deps.db, c.var.userId));
    })
    .delete("/", validate("json", deleteAccountSchema), async (c) => {
      await Account.deleteAccount(deps.db, c.var.userId, c.req.valid("json").confirmEmail);
      clearSessionCookie(c);
      return c.json({ deleted: true });
    });
