import type { Contact } from "../../../schemas/contact";
import type { MailPatch, ScheduledMail } from "../../../schemas/outbox";
import { withDefaults } from "../../../schemas/profile";
import { getConference, listConferences } from "../../store/conference";
import { listAllInteractions, listContacts } from "../../store/contact";
import type { Db } from "../../store/db";
import {
  addMail,
  getMail,
  listMail,
  rescheduleMail,
  restoreMail,
  withdrawMail,
} from "../../store/outbox";
import { getProfile } from "../../store/user";
import { DomainError } from "../errors";
import { renderReminder } from "./message";

/**
 * Brings the user's outbox in line with the plan: new mail under deterministic ids, changed
 * mail moved, unwanted mail cancelled (never deleted, so the schedule shows it). Running it
 * twice changes nothing. Called after every change the plan depends on.
 */
export async function replan(db: Db, userId: string, now: Date): Promise<void> {
  const [stored, { conferences }, contacts, interactions, existing] = await Promise.all([
    getProfile(db, userId),
    listConferences(db, userId, now),
    listContacts(db, userId, { whole: true }) as Promise<Contact[]>,
    listAllInteractions(db, userId),
    listMail(db, userId),
  ]);
  // An account deleted meanwhile has nothing left to plan.
  if (!stored) return;
  const profile = withDefaults(stored);
  // The planner and its time-zone library load on the first re-plan, not on every cold start.
  const { diffPlan, planMail } = await import("../planner");
  const planned = planMail({ profile, conferences, contacts, interactions, existing, now });
  const diff = diffPlan(planned, existing);
  for (const mail of diff.add) await addMail(db, userId, mail);
  const byId = new Map(existing.map((m) => [m.id, m]));
  for (const mail of diff.reschedule) {
    // A time the user chose stays; the plan may still change who the mail is about.
    const chosen = byId.get(mail.id)?.movedByUser ? byId.get(mail.id)?.sendAt : undefined;
    await rescheduleMail(db, userId, chosen ? { ...mail, sendAt: chosen } : mail, now);
  }
  for (const id of diff.cancel) await withdrawMail(db, userId, id, "cancelled");
}

/** Re-plans after a change, without failing the change itself: the change is saved, and the
 * next change (or the dispatcher's pass over the user) plans again. */
export async function replanAfterChange(db: Db, userId: string, now: Date): Promise<void> {
  try {
    await replan(db, userId, now);
  } catch (error) {
    console.error("re-planning reminders failed", error);
  }
}

/** The user's scheduled mail, soonest first; of one conference when an id is given. */
export async function list(
  db: Db,
  userId: string,
  conferenceId?: string,
): Promise<ScheduledMail[]> {
  if (conferenceId !== undefined && !(await getConference(db, userId, conferenceId))) {
    throw new DomainError("conference.not_found", "There is no such conference.");
  }
  const mail = await listMail(db, userId);
  return conferenceId === undefined ? mail : mail.filter((m) => m.conferenceId === conferenceId);
}

const notFound = () =>
  new DomainError("mail.not_found", "There is no such email in your schedule.");

/** A scheduled email with the exact message it would carry if it went out now (or carried, for
 * one already sent: the data may have changed since). */
export async function preview(
  db: Db,
  appUrl: string,
  userId: string,
  mailId: string,
  now: Date,
): Promise<{ mail: ScheduledMail; message?: { subject: string; text: string; html: string } }> {
  const mail = await getMail(db, userId, mailId);
  if (!mail) throw notFound();
  const message = await renderReminder(db, appUrl, userId, mail, now);
  return message
    ? { mail, message: { subject: message.subject, text: message.text, html: message.html ?? "" } }
    : { mail };
}

/** Skips a planned email, brings a skipped one back, or moves a planned one to another time. */
export async function change(
  db: Db,
  userId: string,
  mailId: string,
  patch: MailPatch,
  now: Date,
): Promise<ScheduledMail> {
  const mail = await getMail(db, userId, mailId);
  if (!mail) throw notFound();
  if ("skip" in patch) {
    const done = patch.skip
      ? await withdrawMail(db, userId, mailId, "skipped")
      : await restoreMail(db, userId, mailId, laterOf(mail.sendAt, now));
    if (!done) throw notWaiting(mail, patch.skip ? "skip" : "bring back");
  } else {
    const sendAt = new Date(patch.sendAt);
    if (sendAt.getTime() <= now.getTime()) {
      throw new DomainError("mail.invalid_time", "Choose a time in the future for this email.");
    }
    const moved = await rescheduleMail(
      db,
      userId,
      { id: mailId, sendAt: sendAt.toISOString(), contactIds: mail.contactIds },
      now,
      true,
    );
    if (!moved) throw notWaiting(mail, "move");
  }
  return (await getMail(db, userId, mailId)) ?? mail;
}

/** A skipped mail brought back after its time goes out in a minute rather than never. */
function laterOf(sendAt: string, now: Date): string {
  return Date.parse(sendAt) > now.getTime()
    ? sendAt
    : new Date(now.getTime() + 60_000).toISOString();
}

const notWaiting = (mail: ScheduledMail, verb: string) =>
  new DomainError(
    "mail.conflict",
    `This email is ${mail.status} already, so there is nothing to ${verb}. Reload the schedule.`,
  );
