import { createHmac, timingSafeEqual } from "node:crypto";
import * as v from "valibot";
import { type MailKind, mailKindSchema } from "../../../schemas/mail-plan";
import type { Db } from "../../store/db";
import { signingKey } from "../../store/signing-key";

/** An unsubscribe token names the user and the kind of reminder, signed with the table's key:
 * it is its own authorization (a mail provider's one-click POST carries no session), cannot be
 * guessed, and needs nothing stored per mail. */
export async function unsubscribeToken(db: Db, userId: string, kind: MailKind): Promise<string> {
  const body = `${userId}.${kind}`;
  return `${body}.${mac(await signingKey(db), body)}`;
}

/** The user and kind a token was made for; undefined for anything not made by this app. */
export async function readUnsubscribeToken(
  db: Db,
  token: string,
): Promise<{ userId: string; kind: MailKind } | undefined> {
  const [userId, kind, signature, ...rest] = token.split(".");
  if (!userId || !kind || !signature || rest.length > 0) return undefined;
  if (!/^[0-9a-f]{32}$/.test(userId) || !v.is(mailKindSchema, kind)) return undefined;
  const expected = Buffer.from(mac(await signingKey(db), `${userId}.${kind}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { userId, kind };
}

const mac = (key: Buffer, body: string) =>
  createHmac("sha256", key).update(`unsubscribe\n${body}`).digest("base64url");
