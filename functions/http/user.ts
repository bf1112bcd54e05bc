import { createMiddleware } from "hono/factory";

export type UserEnv = { Variables: { userId: string } };

/** Until sign-in exists every request belongs to the one local user. Routes read the user only
 * from here, so sign-in replaces this and nothing else. */
export const currentUser = createMiddleware<UserEnv>(async (c, next) => {
  c.set("userId", "local");
  await next();
});
