import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bouncedReason, type DispatchDeps, dispatchDue } from "../../functions/domain/dispatcher";
import type { LocalRuntime } from "../../functions/local/server";
import type { Db } from "../../functions/store/db";
import { keys } from "../../functions/store/keys";
import { putMailProblem } from "../../functions/store/mail-problem";
import { dispatchCursor, listMail } from "../../functions/store/outbox";
import { signingKey } from "../../functions/store/signing-key";
import type { OutgoingMail } from "../../schemas/mail";
import {
  addKeepInTouch,
  countingWrites,
  type ReminderUser,
  reminderUser,
  sentReminders,
  tally,
} from "./due-mail";
import { call, startTestRuntime } from "./runtime";

const start = new Date("2027-05-10T12:30:00.000Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const hoursBefore = (hours: number, plusMinutes = 0) =>
  new Date(start.getTime() - hours * 3_600_000 + plusMinutes * 60_000);

let clock: Date;
let runtime: LocalRuntime;

beforeEach(async () => {
  clock = start;
  runtime = await startTestRuntime({ now: () => clock });
});
afterEach(async () => {
  await runtime.close();
});

/** One dispatcher run at the test's clock, against the runtime's table and local SES. */
const run = (over: Partial<DispatchDeps> = {}) =>
  dispatchDue({
    db: runtime.deps.db,
    send: runtime.deps.mailer.send,
    appUrl: runtime.url,
    now: () => clock,
    sendsPerSecond: 100_000,
    runMs: 3_600_000,
    ...over,
  });

const nothing = { sent: 0, failed: 0, retried: 0, cancelled: 0 };

/** A user with contacts "Faculty 1" to "Faculty <contacts>" and `mails` due mails, one per
 * contact in turn, due `spread` hours apart going back from ten minutes ago. */
async function dueMail(email: string, mails: number, { contacts = mails, spread = 1 } = {}) {
  const names = Array.from({ length: contacts }, (_, i) => `Faculty ${i + 1}`);
  const user = await reminderUser(runtime, email, names);
  await addKeepInTouch(
    runtime.deps.db,
    Array.from({ length: mails }, (_, i) => ({
      userId: user.userId,
      id: `mail-${i + 1}`,
      sendAt: hoursBefore(i % spread, -10),
      contactId: user.contacts[names[i % contacts] as string] as string,
    })),
  );
  return user;
}

const outbox = async (...users: ReminderUser[]) =>
  (await Promise.all(users.map((u) => listMail(runtime.deps.db, u.userId)))).flat();

const rawMail = (user: ReminderUser, mailId: string) =>
  runtime.deps.db.get({ Key: { pk: keys.user(user.userId), sk: keys.mail(mailId) } });

/** Every reminder in the local SES is the one message recorded on exactly one sent mail. */
async function expectSentOnce(users: ReminderUser[], count: number) {
  const mail = await outbox(...users);
  expect(mail).toHaveLength(count);
  expect(tally(mail.map((m) => m.status))).toEqual({ sent: count });
  const recorded = mail.map((m) => (m as { messageId?: string }).messageId ?? "");
  const delivered = (await sentReminders(runtime, users)).map((m) => m.id);
  expect(delivered).toHaveLength(count);
  expect(new Set(recorded)).toEqual(new Set(delivered));
}

/** An error thrown where a process stopped: nothing after it in the run is written. */
const crash = () => Object.assign(new Error("the process stopped"), { name: "Crash" });

describe("dispatchDue", () => {
  it("sends each due mail exactly once when the same run goes twice", async () => {
    const user = await dueMail("twice@example.org", 12, { contacts: 3, spread: 4 });
    expect(await run()).toEqual({ ...nothing, sent: 12 });
    expect(await run()).toEqual(nothing);
    await expectSentOnce([user], 12);
    expect((await outbox(user)).map((m) => m.attempts)).toEqual(Array(12).fill(1));
  });

  it("sends each due mail exactly once from ten runs at once", async () => {
    const users = [
      await dueMail("ten-a@example.org", 20, { contacts: 4, spread: 6 }),
      await dueMail("ten-b@example.org", 20, { contacts: 4, spread: 3 }),
    ];
    const results = await Promise.all(Array.from({ length: 10 }, () => run()));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(40);
    expect(results.map((r) => r.failed + r.retried + r.cancelled)).toEqual(Array(10).fill(0));
    await expectSentOnce(users, 40);
    // Each mail was claimed once: the losing runs' claims were refused.
    expect((await outbox(...users)).map((m) => m.attempts)).toEqual(Array(40).fill(1));
  }, 120_000);

  it("loses nothing when the run dies on marking a sent mail, and sends it once more after the lease", async () => {
    const user = await dueMail("mark-crash@example.org", 3);
    let marks = 0;
    const failingMark: Db = {
      ...runtime.deps.db,
      update: (input) => {
        if (input.ExpressionAttributeValues?.[":sent"] === "sent" && marks++ === 0) {
          return Promise.reject(crash());
        }
        return runtime.deps.db.update(input);
      },
    };
    await expect(run({ db: failingMark })).rejects.toThrow("the process stopped");
    expect((await sentReminders(runtime, [user])).length).toBe(3);
    const afterCrash = await outbox(user);
    expect(tally(afterCrash.map((m) => m.status))).toEqual({ sent: 2, planned: 1 });
    const held = afterCrash.find((m) => m.status === "planned");
    expect(held?.attempts).toBe(1);

    // Still held by the dead run's lease: nobody sends it yet.
    clock = minutes(1);
    expect(await run()).toEqual(nothing);
    expect((await sentReminders(runtime, [user])).length).toBe(3);

    clock = minutes(6);
    expect(await run()).toEqual({ ...nothing, sent: 1 });
    const reminders = await sentReminders(runtime, [user]);
    expect(Object.values(tally(reminders.map((m) => m.subject))).sort()).toEqual([1, 1, 2]);
    const final = await outbox(user);
    expect(tally(final.map((m) => m.status))).toEqual({ sent: 3 });
    expect(final.find((m) => m.id === held?.id)?.attempts).toBe(2);
    expect(await run()).toEqual(nothing);
  });

  it("loses nothing when the run dies right after SES took the messages, and duplicates each once at most", async () => {
    const user = await dueMail("send-crash@example.org", 3);
    let dead = false;
    const dying =
      <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
      (...args: A): Promise<R> =>
        dead ? Promise.reject(crash()) : f(...args);
    const db = runtime.deps.db;
    const deadAfterSend: Db = {
      ...db,
      get: dying(db.get),
      put: dying(db.put),
      update: dying(db.update),
      delete: dying(db.delete),
      query: dying(db.query),
    };
    // Every send reaches SES; once all three have, the process stops.
    let delivered = 0;
    let allDelivered: () => void = () => {};
    const everySend = new Promise<void>((resolve) => {
      allDelivered = resolve;
    });
    const sendThenDie = async (mail: OutgoingMail) => {
      await runtime.deps.mailer.send(mail);
      if (++delivered === 3) allDelivered();
      await everySend;
      dead = true;
      throw crash();
    };
    await expect(run({ db: deadAfterSend, send: sendThenDie })).rejects.toThrow(
      "the process stopped",
    );
    expect((await sentReminders(runtime, [user])).length).toBe(3);
    expect(tally((await outbox(user)).map((m) => m.status))).toEqual({ planned: 3 });

    clock = minutes(1);
    expect(await run()).toEqual(nothing);

    clock = minutes(6);
    expect(await run()).toEqual({ ...nothing, sent: 3 });
    const reminders = await sentReminders(runtime, [user]);
    expect(tally(reminders.map((m) => m.subject))).toEqual({
      "Time to write to Faculty 1": 2,
      "Time to write to Faculty 2": 2,
      "Time to write to Faculty 3": 2,
    });
    const final = await outbox(user);
    expect(final.map((m) => [m.status, m.attempts])).toEqual(Array(3).fill(["sent", 2]));
  });

  it("sends every mail when 30% of sends are throttled, over later runs", async () => {
    const user = await dueMail("throttled@example.org", 20, { contacts: 4, spread: 5 });
    let calls = 0;
    const throttling = (mail: OutgoingMail) => {
      if (calls++ % 10 < 3) {
        const error = Object.assign(new Error("Rate exceeded"), {
          name: "Throttling",
          $metadata: { httpStatusCode: 400 },
        });
        return Promise.reject(error);
      }
      return runtime.deps.mailer.send(mail);
    };
    const again = (over: Partial<DispatchDeps> = {}) =>
      run({ send: throttling, random: () => 0.5, ...over });

    expect(await again()).toEqual({ ...nothing, sent: 14, retried: 6 });
    const waiting = (await outbox(user)).filter((m) => m.status === "planned");
    expect(waiting.map((m) => [m.attempts, m.lastError])).toEqual(
      Array(6).fill([1, "Throttling: Rate exceeded"]),
    );
    // Half of the first minute of backoff, in the bucket of that moment.
    const item = await rawMail(user, waiting[0]?.id ?? "");
    expect([item?.leaseUntil, item?.gsi1pk]).toEqual([
      "2027-05-10T12:30:30.000Z",
      "DUE#2027-05-10T12",
    ]);
    expect(await again()).toEqual(nothing);

    clock = minutes(10);
    expect(await again()).toEqual({ ...nothing, sent: 3, retried: 3 });
    clock = minutes(20);
    expect(await again()).toEqual({ ...nothing, sent: 3 });
    await expectSentOnce([user], 20);
    expect(tally((await outbox(user)).map((m) => String(m.attempts)))).toEqual({
      1: 14,
      2: 3,
      3: 3,
    });
  });

  it("parks a mail as failed after maxAttempts, out of the index and in the schedule with its error", async () => {
    const user = await dueMail("failing@example.org", 1);
    const unavailable = () =>
      Promise.reject(
        Object.assign(new Error("Service Unavailable"), {
          name: "ServiceUnavailable",
          $metadata: { httpStatusCode: 503 },
        }),
      );
    const again = () => run({ send: unavailable, maxAttempts: 3, random: () => 1 });

    expect(await again()).toEqual({ ...nothing, retried: 1 });
    clock = minutes(0.5);
    expect(await again()).toEqual(nothing);
    clock = minutes(2);
    expect(await again()).toEqual({ ...nothing, retried: 1 });
    clock = minutes(5);
    expect(await again()).toEqual({ ...nothing, failed: 1 });
    clock = minutes(30);
    expect(await again()).toEqual(nothing);

    const item = await rawMail(user, "mail-1");
    expect([item?.gsi1pk, item?.gsi1sk, item?.leaseUntil]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const schedule = await call(runtime, "/api/me/schedule", { cookie: user.cookie });
    expect(schedule.status).toBe(200);
    expect(schedule.body.emails).toEqual([
      {
        id: "mail-1",
        kind: "keep-in-touch",
        sendAt: "2027-05-10T12:20:00.000Z",
        status: "failed",
        contactIds: [user.contacts["Faculty 1"]],
        attempts: 3,
        lastError: "ServiceUnavailable: Service Unavailable",
      },
    ]);
    expect(await sentReminders(runtime, [user])).toEqual([]);
  });

  it("cancels a mail whose contact is gone, and sends the rest", async () => {
    const user = await reminderUser(runtime, "gone@example.org", ["Kept Person", "Gone Person"]);
    const removed = await call(runtime, `/api/contacts/${user.contacts["Gone Person"]}`, {
      method: "DELETE",
      cookie: user.cookie,
      headers: { "content-type": "application/json" },
    });
    expect(removed.status).toBe(204);
    await addKeepInTouch(runtime.deps.db, [
      {
        userId: user.userId,
        id: "kept",
        sendAt: hoursBefore(1),
        contactId: user.contacts["Kept Person"] as string,
      },
      {
        userId: user.userId,
        id: "gone",
        sendAt: hoursBefore(1),
        contactId: user.contacts["Gone Person"] as string,
      },
    ]);
    expect(await run()).toEqual({ ...nothing, sent: 1, cancelled: 1 });
    expect((await outbox(user)).map((m) => [m.id, m.status])).toEqual([
      ["gone", "cancelled"],
      ["kept", "sent"],
    ]);
    expect((await rawMail(user, "gone"))?.gsi1pk).toBeUndefined();
    expect((await sentReminders(runtime, [user])).map((m) => m.subject)).toEqual([
      "Time to write to Kept Person",
    ]);
  });

  it("sends nothing to an address that bounced, and says why in the schedule", async () => {
    const bounced = await dueMail("bounced@example.org", 2);
    const fine = await dueMail("fine@example.org", 1);
    await putMailProblem(
      runtime.deps.db,
      bounced.userId,
      { kind: "bounce", at: hoursBefore(2).toISOString(), detail: "smtp; 550 5.1.1 user unknown" },
      hoursBefore(3).toISOString(),
    );
    expect(await run()).toEqual({ ...nothing, sent: 1, failed: 2 });
    expect((await outbox(bounced)).map((m) => [m.status, m.lastError])).toEqual([
      ["failed", bouncedReason],
      ["failed", bouncedReason],
    ]);
    expect((await sentReminders(runtime, [bounced])).length).toBe(0);
    expect((await sentReminders(runtime, [fine])).length).toBe(1);
  });

  it("sends a pending mail that a settings change moved into an hour already finished", async () => {
    const user = await reminderUser(runtime, "earlier@example.org", ["Mentor Person"]);
    const mentorId = user.contacts["Mentor Person"] as string;
    const as = (path: string, method: string, body: unknown) =>
      call(runtime, path, { method, cookie: user.cookie, body });
    const profile = (await call(runtime, "/api/me", { cookie: user.cookie })).body;
    const { email: _, createdAt: __, onboarded: ___, ...fields } = profile;
    const withHour = (sendHour: number) => ({
      ...fields,
      keepInTouchDays: 7,
      reminders: { ...fields.reminders, sendHour },
    });
    expect((await as("/api/me/profile", "PUT", withHour(11))).status).toBe(200);
    expect(
      (await as(`/api/contacts/${mentorId}`, "PATCH", { version: 1, mentor: true })).status,
    ).toBe(200);
    // 11:00 in New York, a week after the contact was added.
    expect((await outbox(user)).map((m) => [m.sendAt, m.status])).toEqual([
      ["2027-05-17T15:00:00.000Z", "planned"],
    ]);

    clock = new Date("2027-05-17T14:30:00.000Z");
    expect(await run()).toEqual(nothing);
    expect(await dispatchCursor(runtime.deps.db)).toBe("2027-05-17T14");
    // At 10:40 the user asks for reminders at 08:00: today's is overdue now, and still goes.
    clock = new Date("2027-05-17T14:40:00.000Z");
    expect((await as("/api/me/profile", "PUT", withHour(8))).status).toBe(200);
    expect((await outbox(user)).map((m) => [m.sendAt, m.status])).toEqual([
      ["2027-05-17T12:00:00.000Z", "planned"],
      ["2027-05-24T12:00:00.000Z", "planned"],
    ]);
    clock = new Date("2027-05-17T14:45:00.000Z");
    expect(await run()).toEqual({ ...nothing, sent: 1 });
    expect((await sentReminders(runtime, [user])).map((m) => m.subject)).toEqual([
      "Time to write to Mentor Person",
    ]);
  });

  it("sends 5,000 mails due over 48 hourly buckets exactly once, and moves the cursor", async () => {
    const users: ReminderUser[] = [];
    const mails: Parameters<typeof addKeepInTouch>[1][number][] = [];
    for (let u = 0; u < 5; u++) {
      const names = [1, 2, 3, 4].map((n) => `Faculty ${u}-${n}`);
      const user = await reminderUser(runtime, `bulk-${u}@example.org`, names);
      users.push(user);
      for (let i = 0; i < 1000; i++) {
        mails.push({
          userId: user.userId,
          id: `bulk-${i}`,
          sendAt: hoursBefore(i % 48, -1 - (i % 29)),
          contactId: user.contacts[names[i % 4] as string] as string,
        });
      }
    }
    expect(new Set(mails.map((m) => m.sendAt.toISOString().slice(0, 13))).size).toBe(48);
    await addKeepInTouch(runtime.deps.db, mails);
    expect(await dispatchCursor(runtime.deps.db)).toBeUndefined();

    expect(await run()).toEqual({ ...nothing, sent: 5000 });
    expect(await dispatchCursor(runtime.deps.db)).toBe("2027-05-10T12");
    expect(await run()).toEqual(nothing);
    await expectSentOnce(users, 5000);
  }, 900_000);

  it("writes twice per mail sent (claim and mark), plus one cursor write a run", async () => {
    // A first run, three hours ago, looks back a week and leaves the cursor at its hour.
    clock = hoursBefore(3);
    const first = countingWrites(runtime.deps.db);
    expect(await run({ db: first.db })).toEqual(nothing);
    expect(first.writes).toEqual({ mail: 0, cursor: 1, other: 0 });
    expect(await dispatchCursor(runtime.deps.db)).toBe("2027-05-10T09");
    clock = start;
    const user = await dueMail("writes@example.org", 12, { contacts: 3, spread: 4 });
    const counted = countingWrites(runtime.deps.db);
    // The signing key is read once per process and kept; a warm process is what is counted.
    await signingKey(counted.db);
    counted.writes.other = 0;

    expect(await run({ db: counted.db })).toEqual({ ...nothing, sent: 12 });
    expect(counted.writes).toEqual({ mail: 24, cursor: 1, other: 0 });
    expect(await dispatchCursor(runtime.deps.db)).toBe("2027-05-10T12");
    await expectSentOnce([user], 12);
  });
});
