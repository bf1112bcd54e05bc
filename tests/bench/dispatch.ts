import { dispatchDue } from "../../functions/domain/dispatcher";
import { startLocal } from "../../functions/local/server";
import { listMail } from "../../functions/store/outbox";
import {
  addKeepInTouch,
  countingWrites,
  type ReminderUser,
  reminderUser,
  sentReminders,
} from "../integration/due-mail";
import { type Figures, round } from "./figures";

const users = 10;
const mailsPerUser = 1000;
const hours = 48;
const now = new Date("2027-05-10T12:30:00.000Z");

/** 10,000 reminders due over the last two days go through one dispatcher run, against dynalite
 * and the local SES in this process, with the send pace lifted. A second run must find nothing.
 * Every write the runs make is counted, and every message SES took is matched to the one mail
 * that records it. */
export async function dispatchFigures(): Promise<Figures> {
  const runtime = await startLocal({
    port: 0,
    web: "none",
    dispatchEveryMs: 3_600_000,
    now: () => now,
  });
  try {
    const people: ReminderUser[] = [];
    const mails: Parameters<typeof addKeepInTouch>[1][number][] = [];
    for (let u = 0; u < users; u++) {
      const names = [1, 2, 3, 4].map((n) => `Faculty ${u}-${n}`);
      const user = await reminderUser(runtime, `dispatch-bench-${u}@example.org`, names);
      people.push(user);
      for (let i = 0; i < mailsPerUser; i++) {
        mails.push({
          userId: user.userId,
          id: `bench-${i}`,
          sendAt: new Date(now.getTime() - (i % hours) * 3_600_000 - (1 + (i % 29)) * 60_000),
          contactId: user.contacts[names[i % names.length] as string] as string,
        });
      }
    }
    await addKeepInTouch(runtime.deps.db, mails);

    const counted = countingWrites(runtime.deps.db);
    const run = () =>
      dispatchDue({
        db: counted.db,
        send: runtime.deps.mailer.send,
        appUrl: runtime.url,
        now: () => now,
        sendsPerSecond: 1_000_000,
        runMs: 3_600_000,
      });
    const started = performance.now();
    const first = await run();
    const seconds = (performance.now() - started) / 1000;
    const second = await run();
    const writes = counted.writes.mail + counted.writes.cursor + counted.writes.other;

    const taken = await sentReminders(runtime, people);
    const delivered = new Set(taken.map((m) => m.id));
    const outbox = (
      await Promise.all(people.map((u) => listMail(runtime.deps.db, u.userId)))
    ).flat();
    const sentOnRecord = outbox.filter(
      (m) => m.status === "sent" && delivered.has((m as { messageId?: string }).messageId ?? ""),
    ).length;
    const sent = first.sent + second.sent;
    return {
      "dispatch.emails_per_second": {
        value: round(first.sent / seconds, 1),
        unit: "count",
        note: `${first.sent} of ${mails.length} reminders due over ${hours} hourly buckets sent by one dispatcher run in ${round(seconds, 1)} s, dynalite and local SES in one process, no send pace`,
      },
      "dispatch.writes_per_email": {
        value: round(writes / sent, 3),
        unit: "count",
        note: `${writes} DynamoDB writes (puts, updates, deletes; ${counted.writes.mail} to mail, ${counted.writes.cursor} to the cursor, ${counted.writes.other} other) over ${sent} emails sent, a cold process, then a second run`,
        budget: { max: 3 },
      },
      "dispatch.duplicates": {
        value: taken.length - sentOnRecord,
        unit: "count",
        note: `messages SES took beyond the one each sent mail records (${taken.length} taken)`,
        budget: { max: 0 },
      },
      "dispatch.losses": {
        value: mails.length - sentOnRecord,
        unit: "count",
        note: `of ${mails.length} due mails, those not sent with their message in SES after two runs`,
        budget: { max: 0 },
      },
    };
  } finally {
    await runtime.close();
  }
}
