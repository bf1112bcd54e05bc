import type { LocalRuntime } from "../../functions/local/server";
import type { Db } from "../../functions/store/db";
import { keys } from "../../functions/store/keys";
import { addMail } from "../../functions/store/outbox";
import type { DevMail } from "../../schemas/mail";
import { call, onboarded, userIdOf } from "./runtime";

export interface ReminderUser {
  email: string;
  cookie: string;
  userId: string;
  /** Contact ids by name. */
  contacts: Record<string, string>;
}

/** A signed-in, onboarded user with a few contacts added by hand. Such contacts are in no
 * conference and are not mentors, so the planner wants no mail for them: whatever the outbox
 * holds is what a test put there. */
export async function reminderUser(
  runtime: LocalRuntime,
  email: string,
  contactNames: readonly string[],
): Promise<ReminderUser> {
  const cookie = await onboarded(runtime, email, "America/New_York");
  const contacts: Record<string, string> = {};
  for (const name of contactNames) {
    const added = await call(runtime, "/api/contacts", { cookie, body: { name } });
    if (added.status !== 201) throw new Error(`adding ${name} failed: ${added.status}`);
    contacts[name] = added.body.id;
  }
  return { email, cookie, userId: userIdOf(cookie), contacts };
}

/** Puts keep-in-touch mail straight into the outbox, `width` writes at a time. */
export async function addKeepInTouch(
  db: Db,
  mails: readonly { userId: string; id: string; sendAt: Date; contactId: string }[],
  width = 25,
): Promise<void> {
  for (let i = 0; i < mails.length; i += width) {
    await Promise.all(
      mails.slice(i, i + width).map(async ({ userId, id, sendAt, contactId }) => {
        const added = await addMail(db, userId, {
          id,
          kind: "keep-in-touch",
          sendAt: sendAt.toISOString(),
          contactIds: [contactId],
        });
        if (!added) throw new Error(`mail ${id} exists already`);
      }),
    );
  }
}

/** The reminders the local SES holds for these users (sign-in mail left out), oldest first.
 * The local SES keeps one store for the whole process, so mail of other runtimes is there too. */
export async function sentReminders(
  runtime: LocalRuntime,
  users: readonly Pick<ReminderUser, "email">[],
): Promise<DevMail[]> {
  const mailbox = runtime.deps.dev?.mailbox;
  if (!mailbox) throw new Error("the runtime has no dev mailbox");
  const addresses = new Set(users.map((u) => u.email));
  return (await mailbox())
    .filter(
      (m) => m.to.some((to) => addresses.has(to)) && m.subject.startsWith("Time to write to "),
    )
    .reverse();
}

/** How many times each value occurs, as a plain object. */
export function tally(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return out;
}

export interface WriteCount {
  db: Db;
  /** Writes so far, by kind of item written: `mail`, `cursor` or `other`. */
  writes: { mail: number; cursor: number; other: number };
}

const writtenItem = (key: Record<string, unknown> | undefined) => {
  if (key?.pk === keys.dispatchCursor.pk) return "cursor";
  return typeof key?.sk === "string" && key.sk.startsWith(keys.mailPrefix) ? "mail" : "other";
};

/** The real table, with every put, update and delete counted (a refused conditional write
 * costs a write too, so it counts). */
export function countingWrites(db: Db): WriteCount {
  const writes = { mail: 0, cursor: 0, other: 0 };
  return {
    writes,
    db: {
      ...db,
      put: (input) => {
        writes[writtenItem(input.Item)]++;
        return db.put(input);
      },
      update: (input) => {
        writes[writtenItem(input.Key)]++;
        return db.update(input);
      },
      delete: (input) => {
        writes[writtenItem(input.Key)]++;
        return db.delete(input);
      },
    },
  };
}
