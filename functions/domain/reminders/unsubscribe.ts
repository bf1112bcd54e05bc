import { createHmac, timingSafeEqual } from "node:crypto";
import * as v from "valibot";
import { type MailKind, mailKindSchema } from "../../../schemas/mail-plan";
import type { Db } from "../../store/db";
import { signingKey } from "../../store/signing-key";
import { getProfile, putProfile } from "../../store/user";
import { DomainError } from "../errors";
import { replanAfterChange } from "./schedule";

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

/** Turns one kind of reminder off for the user a token names, and takes that kind's planned mail
 * out of the schedule. Doing it twice is harmless. */
export async function unsubscribe(db: Db, token: string, now: Date): Promise<MailKind> {
  const holder = await readUnsubscribeToken(db, token);
  if (!holder) {
    throw new DomainError(
      "unsubscribe.not_found",
      "This unsubscribe link is not valid. Open Settings in Rapport to choose your reminders.",
    );
  }
  const profile = await getProfile(db, holder.userId);
  if (!profile) {
    throw new DomainError("unsubscribe.not_found", "This account no longer exists.");
  }
  const off = new Set(profile.mailKindsOff ?? []);
  if (!off.has(holder.kind)) {
    await putProfile(db, holder.userId, { ...profile, mailKindsOff: [...off, holder.kind] });
  }
  await replanAfterChange(db, holder.userId, now);
  return holder.kind;
}
