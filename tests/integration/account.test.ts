import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount, exportPage } from "../../functions/domain/account";
import { create } from "../../functions/domain/conference";
import type { LocalRuntime } from "../../functions/local/server";
import type { Db } from "../../functions/store/db";
import { defaultIntroScript } from "../../schemas/profile";
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
      "timeZone: Use an IANA time zone name such as America/New_York",
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
  it("exports every item as JSON and the contact log as CSV", async () => {
    const cookie = await signIn(runtime, "export@example.org");
    const saved = await call(runtime, "/api/conferences", { body: { text: ics }, cookie });
    expect(saved.status).toBe(201);
    const exported = await call(runtime, "/api/me/export", { cookie });
    expect(exported.headers.get("content-disposition")).toBe(
      'attachment; filename="rapport-export.json"',
    );
    expect(exported.body.email).toBe("export@example.org");
    const sks = exported.body.items.map((item: { sk: string }) => item.sk.split("#")[0]).sort();
    expect(sks).toEqual(["CONF", "META", "PEOPLE", "PROFILE", "SESSIONS"]);
    const sessions = exported.body.items.find((item: { sk: string }) =>
      item.sk.startsWith("SESSIONS#"),
    );
    expect(sessions.data[0]).toMatchObject({ title: "Trauma Update", room: "Hall A" });
    const csv = await call(runtime, "/api/me/export/contact-log.csv", { cookie });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.body).toBe("Name,Affiliation,Role,Email,Conference,Last contact,Notes\r\n");
  });

  it("hands a large export out in pages that together hold every item once", async () => {
    const cookie = await signIn(runtime, "pages@example.org");
    const userId = userIdOf(cookie);
    for (const title of ["First", "Second"]) {
      expect(
        (await call(runtime, "/api/conferences", { body: { text: ics, title }, cookie })).status,
      ).toBe(201);
    }
    const whole = await call(runtime, "/api/me/export", { cookie });
    expect(whole.body.next).toBeUndefined();
    const keyOf = (item: { pk: string; sk: string }) => `${item.pk} ${item.sk}`;
    const everything = whole.body.items.map(keyOf);
    // Pages small enough that each holds about one item.
    const at = new Date("2027-01-01T00:00:00Z");
    const keys: string[] = [];
    let pages = 0;
    let after: string | undefined;
    do {
      const page = await exportPage(runtime.deps.db, userId, at, after, 100);
      pages++;
      keys.push(...page.items.map((item) => keyOf(item as { pk: string; sk: string })));
      after = page.next;
    } while (after);
    expect(keys).toEqual(everything);
    expect(pages).toBe(everything.length);

    const first = await exportPage(runtime.deps.db, userId, at, undefined, 100);
    const second = await call(runtime, `/api/me/export?after=${first.next}`, { cookie });
    expect(second.status).toBe(200);
    expect(second.body.items.map(keyOf)).toEqual(everything.slice(1));
    const stale = await call(runtime, "/api/me/export?after=bm90LWEta2V5", { cookie });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(
      "Your data changed while it was being exported. Start the export again.",
    );
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
    const leave = async (label: string) => {
      const email = `${label}@example.org`;
      const userId = userIdOf(await signIn(runtime, email));
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
