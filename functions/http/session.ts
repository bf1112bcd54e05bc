import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { userForSession } from "../domain/auth";
import { DomainError } from "../domain/errors";
import type { AppDeps } from "./deps";

export type UserEnv = { Variables: { userId: string } };

/** With the `host` prefix the cookie is `__Host-sid`: Secure, Path=/ and bound to this host. */
const cookieName = "sid";
const cookieOptions = {
  prefix: "host",
  secure: true,
  httpOnly: true,
  sameSite: "Lax",
  path: "/",
} as const;

export const readSessionCookie = (c: Context) => getCookie(c, cookieName, "host");

export function setSessionCookie(c: Context, value: string, maxAgeSeconds: number) {
  setCookie(c, cookieName, value, { ...cookieOptions, maxAge: maxAgeSeconds });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, cookieName, cookieOptions);
}

/** Lets only signed-in requests through and tells the routes who the user is. */
export const requireUser = (deps: AppDeps) =>
  createMiddleware<UserEnv>(async (c, next) => {
    const cookie = readSessionCookie(c);
    const userId = cookie ? await userForSession(deps.db, cookie, deps.now()) : undefined;
    if (!userId) {
      if (cookie) clearSessionCookie(c);
      throw new DomainError("auth.unauthenticated", "Sign in to continue.");
    }
    c.set("userId", userId);
    await next();
  });
