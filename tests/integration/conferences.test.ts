import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { create } from "../../functions/domain/conference";
import { importProgram } from "../../functions/domain/import/index";
import type { LocalRuntime } from "../../functions/local/server";
import type { Db } from "../../functions/store/db";
import { frabJson } from "./programs";
import { call, scanTable, signIn, startTestRuntime, userIdOf } from "./runtime";

let runtime: LocalRuntime;
let cookie: string;
beforeAll(async () => {
  runtime = await startTestRuntime();
  cookie = await signIn(runtime, "resident@example.org");
});
afterAll(async () => {
  await runtime.close();
});

const post = (path: string, body: unknown) => call(runtime, path, { body, cookie });
const get = (path: string) => call(runtime, path, { cookie });

async function readAll(id: string) {
  const first = await get(`/api/conferences/${id}`);
  const pages = [first.body];
  while (pages.at(-1).next) {
    pages.push((await get(`/api/conferences/${id}?cursor=${pages.at(-1).next}`)).body);
  }
  return { status: first.status, pages };
}

describe("importing and saving a conference", () => {
  it("previews without saving, then saves and reads back the same program", async () => {
    const text = frabJson(3);
    const preview = await post("/api/imports", { text });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      format: "frab-json",
      conference: { title: "Test Congress", timeZone: "America/Chicago", startDate: "2027-04-15" },
      sessionCount: 3,
      peopleCount: 3,
      roomCount: 2,
    });
    expect((await get("/api/conferences")).body.conferences).toEqual([]);

    const saved = await post("/api/conferences", { text, title: "My congress" });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ title: "My congress", sessionCount: 3, peopleCount: 3 });
    const list = (await get("/api/conferences")).body.conferences;
    expect(list).toEqual([saved.body]);

    const { status, pages } = await readAll(saved.body.id);
    expect(status).toBe(200);
    expect(pages).toHaveLength(1);
    expect(pages[0].conference).toEqual(saved.body);
    expect(pages[0].sessions).toEqual(preview.body.sampleSessions);
    expect(pages[0].sessions.map((s: { start: string }) => s.start)).toEqual([
      "2027-04-15T08:00:00-05:00",
      "2027-04-15T08:01:00-05:00",
      "2027-04-15T08:02:00-05:00",
    ]);
    expect(pages[0].people.map((p: { name: string }) => p.name).sort()).toEqual([
      "Speaker 0",
      "Speaker 1",
      "Speaker 2",
    ]);
  });

  it("pages a large conference and returns every session exactly once", async () => {
    const text = frabJson(600, 3000);
    const saved = await post("/api/conferences", { text });
    expect(saved.status).toBe(201);
    const { pages } = await readAll(saved.body.id);
    expect(pages.length).toBeGreaterThan(1);
    const ids = pages.flatMap((p) => p.sessions.map((s: { id: string }) => s.id));
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
    expect(pages.flatMap((p) => p.people)).toHaveLength(600);
    expect(pages.slice(1).every((p) => p.conference === undefined)).toBe(true);
  });

  it("saves a session whose description is larger than a stored chunk, cut with a warning", async () => {
    const saved = await post("/api/conferences", { text: frabJson(1, 400_000) });
    expect(saved.status).toBe(201);
    const { pages } = await readAll(saved.body.id);
    expect(pages[0].sessions[0].description).toBe(`${"x".repeat(9_999)}…`);
    expect(pages[0].warnings).toEqual([
      {
        ref: "event 1 (id 0)",
        message: "The description is longer than 10,000 characters; cut",
      },
    ]);
  });

  it("stores a program sent twice at once only once, and again when sent later", async () => {
    const before = (await get("/api/conferences")).body.conferences.length;
    const body = { text: frabJson(600, 3000), title: "Double submit" };
    const [first, second] = await Promise.all([
      post("/api/conferences", body),
      post("/api/conferences", body),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect([first, second].find((r) => r.status === 409)?.body.error).toEqual({
      code: "conference.conflict",
      message: "This program is being saved already. Wait a moment, then open your conferences.",
    });
    expect((await get("/api/conferences")).body.conferences).toHaveLength(before + 1);
    expect((await post("/api/conferences", body)).status).toBe(201);
    expect((await scanUser(userIdOf(cookie))).filter((k) => k.includes("SAVING#"))).toEqual([]);
  });

  it("lists the first thousand warnings of a preview and counts them all", async () => {
    const junk = Array.from({ length: 1200 }, (_, i) => `Unplaceable line ${i}`);
    const text = ["Thursday, May 14, 2026", ...junk, "9:00-10:00 Opening"].join("\n");
    const preview = await post("/api/imports", { text, timeZone: "America/Chicago" });
    expect(preview.status).toBe(200);
    expect(preview.body.warningCount).toBe(1200);
    expect(preview.body.warnings).toHaveLength(1000);
    expect(preview.body.warnings[0]).toEqual({
      ref: "line 2",
      message: "Could not place this line: “Unplaceable line 0”",
      line: 2,
    });
  });

  it("saves a program whose warnings outgrow an item, keeping as many as fit", async () => {
    const speakers = Array.from({ length: 520 }, (_, i) => ({
      id: `s${i}`,
      // Three UTF-8 bytes a letter: 520 such warnings outgrow the 200,000 bytes kept.
      fullName: `TBD ${String(i).padStart(3, "0")} ${"中".repeat(280)}`,
      sessions: [1],
    }));
    const sessionize = JSON.stringify({
      sessions: [
        {
          id: "1",
          title: "Opening",
          startsAt: "2027-04-15T09:00:00",
          endsAt: "2027-04-15T10:00:00",
          speakers: speakers.map((s) => s.id),
          categoryItems: [],
        },
      ],
      speakers,
      rooms: [],
      categories: [],
    });
    const saved = await post("/api/conferences", { text: sessionize, timeZone: "America/Chicago" });
    expect(saved.status).toBe(201);
    expect(saved.body.warningCount).toBe(520);
    const { pages } = await readAll(saved.body.id);
    const kept = pages[0].warnings;
    // As many as fit in 200,000 bytes of JSON: one more would not.
    const all = importProgram(sessionize, { timeZone: "America/Chicago" }).program.warnings;
    const bytes = (n: number) => Buffer.byteLength(JSON.stringify(all.slice(0, n)));
    expect(kept).toEqual(all.slice(0, 218));
    expect([bytes(218) <= 200_000, bytes(219) > 200_000]).toEqual([true, true]);
  });

  it("rejects malformed input with a clear message and saves nothing", async () => {
    const before = (await get("/api/conferences")).body.conferences.length;
    const notText = await post("/api/imports", { text: 42 });
    expect(notText.status).toBe(400);
    expect(notText.body.error.message).toBe("text: Invalid type: Expected string but received 42");
    const badZone = await post("/api/conferences", { text: frabJson(1), timeZone: "Mars/Base" });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error.code).toBe("request.invalid");
    expect(badZone.body.error.message).toBe(
      "timeZone: Choose a time zone from the list, or type an IANA name such as America/New_York",
    );
    const broken = await post("/api/conferences", {
      text: frabJson(2).slice(0, 200),
      format: "frab-json",
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toMatch(/^import\./);
    const typo = await post("/api/imports", { text: frabJson(1), timezone: "America/Chicago" });
    expect(typo.body.error.message).toBe("timezone: Unknown field; remove it");
    const emptyTitle = await post("/api/conferences", { text: frabJson(1), title: "   " });
    expect(emptyTitle.body.error.message).toBe(
      "title: Give the conference a title, or leave the field out to keep the file's",
    );
    const badCursor = await get("/api/conferences/abc?cursor=Zm9v");
    expect(badCursor.status).toBe(400);
    expect((await get("/api/conferences")).body.conferences).toHaveLength(before);
  });

  it("leaves nothing behind when the store fails half way through a save", async () => {
    let puts = 0;
    const failing: Db = {
      ...runtime.deps.db,
      async put(input) {
        puts++;
        if (puts === 3) throw new Error("connection reset");
        return runtime.deps.db.put(input);
      },
    };
    await expect(
      create(
        failing,
        "crash-user",
        { text: frabJson(600, 3000) },
        new Date("2027-01-01T00:00:00Z"),
      ),
    ).rejects.toThrow("connection reset");
    expect(puts).toBeGreaterThanOrEqual(3);
    expect(await scanUser("crash-user")).toEqual([]);
  });

  it("deletes a conference and all of its items", async () => {
    const saved = await post("/api/conferences", { text: frabJson(2) });
    const remove = () =>
      call(runtime, `/api/conferences/${saved.body.id}`, {
        method: "DELETE",
        cookie,
        headers: { "content-type": "application/json" },
      });
    const removed = await remove();
    expect(removed.status).toBe(204);
    expect((await get(`/api/conferences/${saved.body.id}`)).status).toBe(404);
    expect((await scanUser(userIdOf(cookie))).filter((pk) => pk.includes(saved.body.id))).toEqual(
      [],
    );
    const again = await remove();
    expect(again.status).toBe(404);
  });

  it("answers 404 to the next page of a conference deleted while it was being read", async () => {
    const saved = await post("/api/conferences", { text: frabJson(600, 3000) });
    const first = await get(`/api/conferences/${saved.body.id}`);
    expect(first.body.next).toEqual(expect.any(String));
    const removed = await call(runtime, `/api/conferences/${saved.body.id}`, {
      method: "DELETE",
      cookie,
      headers: { "content-type": "application/json" },
    });
    expect(removed.status).toBe(204);
    const next = await get(`/api/conferences/${saved.body.id}?cursor=${first.body.next}`);
    expect(next.status).toBe(404);
    expect(next.body.error.code).toBe("conference.not_found");
  });
});

/** Every key in the table that belongs to `userId`. */
async function scanUser(userId: string): Promise<string[]> {
  return (await scanTable(runtime))
    .filter((item) => item.pk === `USER#${userId}` || String(item.pk).startsWith(`CONF#${userId}#`))
    .map((item) => `${item.pk} ${item.sk}`);
}
