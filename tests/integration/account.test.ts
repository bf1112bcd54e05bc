import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount, exportPage } from "../../functions/domain/account";
import { create, list } from "../../functions/domain/conference";
import type { LocalRuntime } from "../../functions/local/server";
import type { Db } from "../../functions/store/db";
import { claimEmail, createProfile } from "../../functions/store/user";
import { type ExportPage, joinExportPages } from "../../schemas/export";
import { defaultIntroScript, newProfile } from "../../schemas/profile";
import { frabJson } from "./programs";
import { call, scanTable, signIn, startTestRuntime, userIdOf } from "./runtime";

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.close();
});

const onboarding = {
  name: "Amara Okafor",
  position: "Preliminary Surgery Resident",
  institution: "Lakeside General Hospital",
  timeZone: "America/Chicago",
};

const fullProfile = {
  ...onboarding,
  credentials: ["MBBS"],
  linkedinUrl: "https://www.linkedin.com/in/amara-okafor",
  goals: { planA: "Categorical general surgery", planB: "Research year", planC: "Prelim again" },
  interests: ["Trauma", "Global surgery"],
  targetPrograms: [{ name: "Harbor University", note: "visa-friendly" }],
  introScript: "Dear Dr. {{targetLastName}}, I am {{myName}}.",
  reminders: { sendHour: 7, outreachDaysBefore: 21, followUpDay: 4 },
};

const ics = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//test//EN",
  "BEGIN:VEVENT",
  "UID:one@test",
  "DTSTART:20270415T140000Z",
  "DTEND:20270415T150000Z",
  "SUMMARY:Trauma Update - Jane Doe",
  "LOCATION:Hall A",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

describe("profile", () => {
  it("starts unonboarded with the default intro script, then takes the onboarding answers", async () => {
    const cookie = await signIn(runtime, "Amara@Example.org");
    const first = await call(runtime, "/api/me", { cookie });
    expect(first.body).toMatchObject({
      email: "amara@example.org",
      onboarded: false,
      introScript: defaultIntroScript,
    });
    const done = await call(runtime, "/api/me/onboarding", { body: onboarding, cookie });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ ...onboarding, onboarded: true, email: "amara@example.org" });
  });

  it("saves every field and rejects bad ones with messages that name them", async () => {
    const cookie = await signIn(runtime, "ravi@example.org");
    const saved = await call(runtime, "/api/me/profile", {
      method: "PUT",
      body: fullProfile,
      cookie,
    });
    expect(saved.status).toBe(200);
    expect((await call(runtime, "/api/me", { cookie })).body).toMatchObject({
      ...fullProfile,
      onboarded: true,
    });

    const bad = (patch: Record<string, unknown>) =>
      call(runtime, "/api/me/profile", {
        method: "PUT",
        body: { ...fullProfile, ...patch },
        cookie,
      });
    expect((await bad({ linkedinUrl: "https://evil.example/in/x" })).body.error.message).toBe(
      "linkedinUrl: Use a LinkedIn address such as https://www.linkedin.com/in/your-name.",
    );
    expect((await bad({ introScript: "Hi {{nickname}}" })).body.error.message).toContain(
      "introScript: Unknown merge field {{nickname}}",
    );
    const lowerZone = await bad({ timeZone: "america/chicago" });
    expect(lowerZone.body.timeZone).toBe("America/Chicago");
    expect((await bad({ timeZone: "Moon/Base" })).body.error.message).toBe(
      "timeZone: Choose a time zone from the list, or type an IANA name such as America/New_York",
    );
    expect(
      (await bad({ reminders: { sendHour: 24, outreachDaysBefore: 14, followUpDay: 3 } })).status,
    ).toBe(400);
    const unknown = await bad({ isAdmin: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("request.invalid");
    expect(unknown.body.error.message).toBe("isAdmin: Unknown field; remove it");
    expect((await call(runtime, "/api/me", { cookie })).body).toMatchObject(fullProfile);
  });
});

describe("a profile at its largest", () => {
  it("saves 100 target programs with 500-character notes in a 3-byte script", async () => {
    const cookie = await signIn(runtime, "largest@example.org");
    const targetPrograms = Array.from({ length: 100 }, (_, i) => ({
      name: `外科研修プログラム ${i}`.padEnd(200, "病"),
      note: "面".repeat(500),
    }));
    const saved = await call(runtime, "/api/me/profile", {
      method: "PUT",
      body: { ...fullProfile, targetPrograms },
      cookie,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.targetPrograms).toEqual(targetPrograms);
    const tooMany = await call(runtime, "/api/me/profile", {
      method: "PUT",
      body: { ...fullProfile, targetPrograms: [...targetPrograms, targetPrograms[0]] },
      cookie,
    });
    expect(tooMany.body.error.message).toBe("targetPrograms: List at most 100 target programs.");
  });
});

describe("privacy", () => {
  it("exports a document of named fields, never the table's keys, and the contact log as CSV", async () => {
    const cookie = await signIn(runtime, "export@example.org");
    const saved = await call(runtime, "/api/conferences", { body: { text: ics }, cookie });
    expect(saved.status).toBe(201);
    const exported = await call(runtime, "/api/me/export", { cookie });
    expect(exported.headers.get("content-disposition")).toBe(
      'attachment; filename="rapport-export.json"',
    );
    const doc = exported.body;
    expect(Object.keys(doc).sort()).toEqual([
      "conferences",
      "contacts",
      "exportedAt",
      "format",
      "log",
      "profile",
      "version",
    ]);
    expect([doc.format, doc.version]).toEqual(["rapport-export", 1]);
    expect(doc.profile.email).toBe("export@example.org");
    expect(doc.conferences).toHaveLength(1);
    const [conference] = doc.conferences;
    expect(conference.id).toBe(saved.body.id);
    expect(conference.title).toBe(saved.body.title);
    expect(
      conference.sessions.map((s: { title: string; room: string }) => [s.title, s.room]),
    ).toEqual([["Trauma Update", "Hall A"]]);
    const text = JSON.stringify(doc);
    for (const key of ['"pk"', '"sk"', '"ttl"', '"data"', "USER#", "CONF#"]) {
      expect(text.includes(key)).toBe(false);
    }
    const csv = await call(runtime, "/api/me/export/contact-log.csv", { cookie });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.body).toBe("Name,Role,Institution,How We Met,Interests,Last Contact,Next Step\r\n");
  });

  it("hands a large export out in pages that join into the same document", async () => {
    const cookie = await signIn(runtime, "pages@example.org");
    const userId = userIdOf(cookie);
    const ids: string[] = [];
    for (const title of ["First", "Second"]) {
      const saved = await call(runtime, "/api/conferences", { body: { text: ics, title }, cookie });
      expect(saved.status).toBe(201);
      ids.push(saved.body.id);
    }
    const at = new Date("2027-01-01T00:00:00Z");
    const whole = await exportPage(runtime.deps.db, userId, at);
    expect(whole.next).toBeUndefined();
    expect(whole.conferences.map((c) => c.title).sort()).toEqual(["First", "Second"]);
    // Pages so small that each holds one record: the profile, two list entries, and each
    // conference's warnings, sessions and people.
    const pages: ExportPage[] = [];
    let after: string | undefined;
    do {
      const page = await exportPage(runtime.deps.db, userId, at, after, 100);
      pages.push(page);
      after = page.next;
    } while (after);
    expect(pages).toHaveLength(9);
    expect(joinExportPages(pages)).toEqual(joinExportPages([whole]));

    const first = await exportPage(runtime.deps.db, userId, at, undefined, 100);
    const second = await call(runtime, `/api/me/export?after=${first.next}`, { cookie });
    expect(second.status).toBe(200);
    expect(second.body.next).toBeUndefined();
    expect(joinExportPages([first, second.body])).toEqual(joinExportPages([whole]));

    // A cursor inside a conference that is deleted before the next page is asked for.
    const inProgram = pages.findIndex((p) => p.conferences.some((c) => c.sessions.length > 0));
    const cursor = pages[inProgram - 1]?.next as string;
    const target = pages[inProgram]?.conferences[0]?.id as string;
    await call(runtime, `/api/conferences/${target}`, {
      method: "DELETE",
      cookie,
      headers: { "content-type": "application/json" },
    });
    const stale = await call(runtime, `/api/me/export?after=${cursor}`, { cookie });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(
      "Your data changed while it was being exported. Start the export again.",
    );
    const foreign = await call(runtime, "/api/me/export?after=bm90LWEta2V5", { cookie });
    expect(foreign.status).toBe(409);
    const garbled = await call(runtime, "/api/me/export?after=%2F%2F", { cookie });
    expect(garbled.body.error.message).toBe("after: Not a place in an export");
  });

  it("deletes every item of the account after the address is typed to confirm", async () => {
    const email = "leaving@example.org";
    const cookie = await signIn(runtime, email);
    const userId = userIdOf(cookie);
    await call(runtime, "/api/me/onboarding", { body: onboarding, cookie });
    await call(runtime, "/api/conferences", { body: { text: ics }, cookie });
    const wrong = await call(runtime, "/api/me", {
      method: "DELETE",
      body: { confirmEmail: "other@example.org" },
      cookie,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("account.confirmation_mismatch");
    const mine = (items: Record<string, unknown>[]) =>
      items.filter(
        (item) => JSON.stringify(item).includes(userId) || JSON.stringify(item).includes(email),
      );
    expect(mine(await scanTable(runtime)).length).toBeGreaterThanOrEqual(6);

    const deleted = await call(runtime, "/api/me", {
      method: "DELETE",
      body: { confirmEmail: "Leaving@example.org" },
      cookie,
    });
    expect(deleted.status).toBe(200);
    expect(mine(await scanTable(runtime))).toEqual([]);
    expect((await call(runtime, "/api/me", { cookie })).status).toBe(401);
    const again = await signIn(runtime, email);
    expect((await call(runtime, "/api/me", { cookie: again })).body.onboarded).toBe(false);
  });

  describe("while a program is being saved", () => {
    const at = new Date("2027-01-01T00:00:00Z");
    // Accounts made the way a first sign-in makes them, without the mail round trip, so that
    // many of them stay within the sign-in rate limit.
    const leave = async (label: string) => {
      const email = `${label}@example.org`;
      const db = runtime.deps.db;
      const userId = await claimEmail(db, email, randomBytes(16).toString("hex"));
      await createProfile(db, userId, newProfile(email, at.toISOString()));
      const mine = async () =>
        (await scanTable(runtime)).filter((item) => JSON.stringify(item).includes(userId));
      return { email, userId, mine };
    };

    it("takes the conference back when the account went before the save finished", async () => {
      const { email, userId, mine } = await leave("gone-mid-save");
      const db = runtime.deps.db;
      // The account is deleted just before the save's last write, its list entry.
      const racing: Db = {
        ...db,
        async put(input) {
          if (String(input.Item?.sk).startsWith("CONF#")) await deleteAccount(db, userId, email);
          return db.put(input);
        },
      };
      await expect(create(racing, userId, { text: ics }, at)).rejects.toThrow(
        "This account was deleted while the program was being saved, so nothing was kept.",
      );
      expect(await mine()).toEqual([]);
    });

    it("leaves nothing that deletion misses when a save is cut off at any of its writes", async () => {
      const db = runtime.deps.db;
      const text = frabJson(600, 3000);
      let writes = 0;
      const counting: Db = {
        ...db,
        put: async (input) => {
          writes++;
          await db.put(input);
        },
        update: async (input) => {
          writes++;
          return db.update(input);
        },
      };
      await create(counting, (await leave("count-writes")).userId, { text }, at);
      // The mark of a running save, the list entry, the program's eight chunks, its summary, and
      // the entry made visible.
      expect(writes).toBe(12);
      for (let cut = 1; cut <= writes; cut++) {
        const { email, userId, mine } = await leave(`cut-at-${cut}`);
        let done = 0;
        // Like a Lambda stopped by its timeout: from the cut on, nothing more reaches the table.
        const dying: Db = {
          ...db,
          put: async (input) => (++done > cut ? killed() : db.put(input)),
          update: async (input) => (++done > cut ? killed() : db.update(input)),
          delete: async () => killed(),
        };
        await create(dying, userId, { text }, at).catch(() => undefined);
        await deleteAccount(db, userId, email);
        expect({ cut, left: await mine() }).toEqual({ cut, left: [] });
      }
    });

    it("clears away a save cut off long ago when the conferences are listed", async () => {
      const { userId, mine } = await leave("abandoned-save");
      const db = runtime.deps.db;
      // The profile and the address mapping.
      const account = (await mine()).length;
      expect(account).toBe(2);
      let done = 0;
      const dying: Db = {
        ...db,
        put: async (input) => (++done > 3 ? killed() : db.put(input)),
        delete: async () => killed(),
      };
      await create(dying, userId, { text: frabJson(600, 3000) }, at).catch(() => undefined);
      // The mark of the running save, the pending list entry and the first chunk.
      expect((await mine()).length).toBe(account + 3);
      const soon = await list(db, userId, new Date(at.getTime() + 60_000));
      expect([soon.length, (await mine()).length]).toEqual([0, account + 3]);
      const later = await list(db, userId, new Date(at.getTime() + 16 * 60_000));
      // Only the save's mark is left, which DynamoDB's TTL removes a minute after the save.
      const left = (await mine()).filter((item) => !String(item.sk).startsWith("SAVING#"));
      expect([later.length, left.length]).toEqual([0, account]);
    });

    it("sweeps again for a conference saved after the deletion took its first look", async () => {
      const { email, userId, mine } = await leave("gone-after-save");
      const db = runtime.deps.db;
      let saved = false;
      // A whole save runs right after the deletion has listed the account's items.
      const racing: Db = {
        ...db,
        async query(input) {
          const page = await db.query(input);
          if (!saved && input.ExpressionAttributeValues?.[":pk"] === `USER#${userId}`) {
            saved = true;
            await create(db, userId, { text: ics }, at);
          }
          return page;
        },
      };
      await deleteAccount(racing, userId, email);
      expect(saved).toBe(true);
      expect(await mine()).toEqual([]);
    });
  });
});

function killed(): never {
  throw new Error("the function was stopped");
}
