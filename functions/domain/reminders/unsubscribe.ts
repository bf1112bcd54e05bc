import type { MailKind } from "../../../schemas/mail-plan";
import type { Db } from "../../store/db";
import { getProfile, putProfile } from "../../store/user";
import { DomainError } from "../errors";
import { replanAfterChange } from "./schedule";
import { readUnsubscribeToken } from "./unsubscribe-token";

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
