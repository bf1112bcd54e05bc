import { Hono } from "hono";
import { confirmSignInSchema, signInRequestSchema } from "../../../schemas/account";
import * as Auth from "../../domain/auth";
import type { AppDeps } from "../deps";
import { clearSessionCookie, readSessionCookie, requireUser, setSessionCookie } from "../session";
import { validate } from "../validate";

export const authRoutes = (deps: AppDeps) =>
  new Hono()
    .post("/sign-in", validate("json", signInRequestSchema), async (c) => {
      const { email } = c.req.valid("json");
      await Auth.requestSignIn(
        { db: deps.db, send: deps.mailer.send, appUrl: deps.appUrl, now: deps.now() },
        email,
        deps.clientIp(c),
      );
      return c.json({
        sent: true,
        message: `If ${email.trim()} can receive mail, a sign-in link is on its way.`,
      });
    })
    .post("/confirm", validate("json", confirmSignInSchema), async (c) => {
      const session = await Auth.confirmSignIn(deps.db, c.req.valid("json").token, deps.now());
      setSessionCookie(c, session.cookie, session.maxAgeSeconds);
      return c.json({ signedIn: true });
    })
    .post("/sign-out", async (c) => {
      const cookie = readSessionCookie(c);
      if (cookie) await Auth.signOut(deps.db, cookie);
      clearSessionCookie(c);
      return c.json({ signedOut: true });
    })
    .post("/sign-out-everywhere", requireUser(deps), async (c) => {
      const ended = await Auth.signOutEverywhere(deps.db, c.var.userId);
      clearSessionCookie(c);
      return c.json({ signedOut: true, sessionsEnded: ended });
    });
