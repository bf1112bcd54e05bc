import { Hono } from "hono";
import type { DevMail } from "../../../schemas/mail";

/** Mounted only in local mode: lists what the local SES accepted. */
export const devMailRoutes = (read: () => Promise<DevMail[]>) =>
  new Hono().get("/", async (c) => c.json({ mail: await read() }));
