import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clearMailProblem,
  mailProblem,
  readMailEvent,
  recordMailEvent,
} from "../../functions/domain/reminders/bounces";
import type { LocalRuntime } from "../../functions/local/server";
import type { SesMailEvent } from "../../schemas/mail-problem";
import { bounceRecord, complaintRecord } from "../unit/reminders/ses-records";
import { call, scanTable, signIn, startTestRuntime, userIdOf } from "./runtime";

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.close();
});

const db = () => runtime.deps.db;

function event(record: unknown): SesMailEvent {
  const read = readMailEvent(JSON.stringify(record));
  if ("unreadable" in read) throw new Error(read.unreadable);
  return read.event;
}

/** A signed-in user of its own for each test, so tests share no state. */
async function newUser(name: string) {
  const email = `${name}@hospital.org`;
  const cookie = await signIn(runtime, email);
  return { email, cookie, userId: userIdOf(cookie) };
}

const json = { "content-type": "application/json" };

describe("recordMailEvent and mailProblem", () => {
  it("records a permanent bounce for the user whose address it names, in any case or form", async () => {
    const { userId } = await newUser("ada");
    const outcomes = await recordMailEvent(
      db(),
      event(bounceRecord("Ada Okafor <ADA@Hospital.org>")),
    );
    const problem = {
      kind: "bounce",
      at: "2027-04-20T12:00:41.669Z",
      detail: "General bounce: smtp; 550 5.1.1 user unknown",
    };
    expect(outcomes).toEqual([
      { address: "ada@hospital.org", outcome: "recorded", userId, problem },
    ]);
    expect(await mailProblem(db(), userId)).toEqual(problem);
  });

  it("records a complaint", async () => {
    const { email, userId } = await newUser("bayo");
    await recordMailEvent(db(), event(complaintRecord(email)));
    expect(await mailProblem(db(), userId)).toEqual({
      kind: "complaint",
      at: "2027-04-21T08:15:00.000Z",
      detail: "Marked as spam (abuse)",
    });
  });

  it.each(["Transient", "Undetermined"])("ignores a %s bounce and writes nothing", async (type) => {
    const { email, userId } = await newUser(`chidi-${type.toLowerCase()}`);
    const before = await scanTable(runtime);
    const outcomes = await recordMailEvent(
      db(),
      event(bounceRecord(email, { bounceType: type, diagnosticCode: "smtp; 452 4.2.2 full" })),
    );
    expect(outcomes).toEqual([{ address: email, outcome: "ignored", reason: `${type} bounce` }]);
    expect(await mailProblem(db(), userId)).toBeUndefined();
    expect((await scanTable(runtime)).length).toBe(before.length);
  });

  it("finds no user for an address nobody signed in with, and writes nothing", async () => {
    const before = await scanTable(runtime);
    expect(await recordMailEvent(db(), event(bounceRecord("nobody@hospital.org")))).toEqual([
      { address: "nobody@hospital.org", outcome: "no-user" },
    ]);
    expect(await scanTable(runtime)).toEqual(before);
  });

  it("records the same event twice as once", async () => {
    const { email, userId } = await newUser("dara");
    const bounce = event(bounceRecord(email));
    await recordMailEvent(db(), bounce);
    const once = await scanTable(runtime);
    expect((await recordMailEvent(db(), bounce))[0]?.outcome).toBe("recorded");
    expect(await scanTable(runtime)).toEqual(once);
    expect((await mailProblem(db(), userId))?.kind).toBe("bounce");
  });

  it("after a clear, ignores reports about mail sent before it and records later ones", async () => {
    const { email, userId } = await newUser("emeka");
    await recordMailEvent(db(), event(bounceRecord(email)));
    await clearMailProblem(db(), userId, new Date("2027-04-22T09:00:00.000Z"));
    expect(await mailProblem(db(), userId)).toBeUndefined();

    const late = event(bounceRecord(email, { sentAt: "2027-04-22T08:59:59.999Z" }));
    expect(await recordMailEvent(db(), late)).toEqual([
      { address: email, outcome: "cleared-since", userId },
    ]);
    expect(await mailProblem(db(), userId)).toBeUndefined();

    const later = event(complaintRecord(email, "2027-04-22T09:00:00.001Z"));
    expect((await recordMailEvent(db(), later))[0]?.outcome).toBe("recorded");
    expect((await mailProblem(db(), userId))?.kind).toBe("complaint");
  });

  it("goes with the account when it is deleted", async () => {
    const { email, cookie, userId } = await newUser("fola");
    await recordMailEvent(db(), event(bounceRecord(email)));
    const deleted = await call(runtime, "/api/me", {
      method: "DELETE",
      cookie,
      body: { confirmEmail: email },
    });
    expect(deleted.status).toBe(200);
    const left = (await scanTable(runtime)).filter((item) => String(item.pk).includes(userId));
    expect(left).toEqual([]);
  });
});

describe("/api/me/mail-problem", () => {
  it("shows the problem, clears it once, and then says there is none", async () => {
    const { email, cookie } = await newUser("gozie");
    expect(await call(runtime, "/api/me/mail-problem", { cookie })).toMatchObject({
      status: 200,
      body: { mailProblem: null },
    });
    await recordMailEvent(db(), event(bounceRecord(email)));
    expect(await call(runtime, "/api/me/mail-problem", { cookie })).toMatchObject({
      status: 200,
      body: {
        mailProblem: {
          kind: "bounce",
          at: "2027-04-20T12:00:41.669Z",
          detail: "General bounce: smtp; 550 5.1.1 user unknown",
        },
      },
    });

    const cleared = await call(runtime, "/api/me/mail-problem", {
      method: "DELETE",
      cookie,
      headers: json,
    });
    expect([cleared.status, cleared.body]).toEqual([204, ""]);
    expect((await call(runtime, "/api/me/mail-problem", { cookie })).body).toEqual({
      mailProblem: null,
    });

    const again = await call(runtime, "/api/me/mail-problem", {
      method: "DELETE",
      cookie,
      headers: json,
    });
    expect([again.status, again.body]).toEqual([
      404,
      {
        error: {
          code: "mail_problem.not_found",
          message: "There is no mail problem to clear: reminders already go to your address.",
        },
      },
    ]);
  });

  it("clears only as JSON from the app's own origin, like every change", async () => {
    const { email, cookie, userId } = await newUser("hauwa");
    await recordMailEvent(db(), event(bounceRecord(email)));
    const plain = await call(runtime, "/api/me/mail-problem", { method: "DELETE", cookie });
    expect([plain.status, plain.body.error.code]).toEqual([403, "request.forbidden"]);
    const foreign = await call(runtime, "/api/me/mail-problem", {
      method: "DELETE",
      cookie,
      headers: { ...json, origin: "https://elsewhere.example" },
    });
    expect(foreign.status).toBe(403);
    expect((await mailProblem(db(), userId))?.kind).toBe("bounce");
  });

  it("needs a session, and shows each user only their own problem", async () => {
    expect((await call(runtime, "/api/me/mail-problem")).status).toBe(401);
    const bounced = await newUser("ike");
    const other = await newUser("jide");
    await recordMailEvent(db(), event(bounceRecord(bounced.email)));
    expect((await call(runtime, "/api/me/mail-problem", { cookie: other.cookie })).body).toEqual({
      mailProblem: null,
    });
    const clear = await call(runtime, "/api/me/mail-problem", {
      method: "DELETE",
      cookie: other.cookie,
      headers: json,
    });
    expect(clear.status).toBe(404);
    expect((await mailProblem(db(), bounced.userId))?.kind).toBe("bounce");
  });
});
