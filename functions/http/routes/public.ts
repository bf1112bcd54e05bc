import { Hono } from "hono";
import * as v from "valibot";
import { kindNames } from "../../../schemas/mail-plan";
import * as Agenda from "../../domain/calendar/my-agenda";
import { unsubscribe } from "../../domain/reminders/unsubscribe";
import type { AppDeps } from "../deps";
import { validate } from "../validate";

const tokenSchema = v.object({
  token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.-]{1,200}$/, "Not an unsubscribe link")),
});
const feedSchema = v.object({
  file: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}\.ics$/, "Not a calendar address")),
});

// A page of its own, without the app: it must work from any mail client, with no script.
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1c2430}button{font:inherit;padding:.75rem 1.25rem;min-height:44px;border:0;border-radius:.5rem;background:#0b57a4;color:#fff}</style></head><body><h1>${title}</h1>${body}</body></html>`;

/** A page may style itself inline and post its one form to itself; nothing else. */
const pagePolicy =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

/** The routes that answer without a session, each authorized by its own secret: the private
 * calendar feed a phone subscribes to, and the one-click unsubscribe of RFC 8058. */
export const publicRoutes = (deps: AppDeps) =>
  new Hono()
    .get("/calendar/:file", validate("param", feedSchema), async (c) => {
      const secret = c.req.valid("param").file.slice(0, -".ics".length);
      const file = await Agenda.feedCalendar(deps.db, secret, deps.now());
      c.header("Content-Type", "text/calendar; charset=utf-8");
      return c.body(file);
    })
    // A GET never unsubscribes: mail scanners follow links. It shows a button that posts.
    .get("/unsubscribe/:token", validate("param", tokenSchema), (c) => {
      c.header("Content-Security-Policy", pagePolicy);
      return c.html(
        page(
          "Stop these reminders?",
          `<p>Rapport will stop sending you this kind of reminder. You can turn it back on in Settings at any time.</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
    })
    .post("/unsubscribe/:token", validate("param", tokenSchema), async (c) => {
      const kind = await unsubscribe(deps.db, c.req.valid("param").token, deps.now());
      c.header("Content-Security-Policy", pagePolicy);
      return c.html(
        page(
          "You are unsubscribed",
          `<p>Rapport will send you no more ${kindNames[kind]}. To have them again, turn them back on in Settings.</p>`,
        ),
      );
    });
