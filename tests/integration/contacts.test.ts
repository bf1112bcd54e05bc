import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../../functions/local/server";
import { call, onboarded, savedProgram, signIn, startTestRuntime } from "./runtime";

let runtime: LocalRuntime;
let cookie: string;
let conferenceId: string;
/** Person ids of the program below, by name. */
let people: Record<string, string>;

const program = [
  "Date,Start Time,End Time,Session Title,Track,Room,Presenter,Affiliation,Role",
  '04/15/2027,8:00 AM,9:00 AM,Trauma Systems Update,Trauma,Hall A,"Ana Ruiz, MD",Massachusetts General Hospital,Chair',
  '04/15/2027,8:00 AM,9:00 AM,Trauma Systems Update,Trauma,Hall A,"Ben Osei, MD, PhD",Johns Hopkins Hospital,Speaker',
  '04/15/2027,8:30 AM,9:30 AM,Colorectal Cancer Screening,Colorectal Surgery,Hall B,"Chen Li, MD",University of Washington,Speaker',
  '04/15/2027,8:30 AM,9:30 AM,Colorectal Cancer Screening,Colorectal Surgery,Hall B,"Dana Park, MD",Washington University in St. Louis,Moderator',
].join("\n");

const send = (path: string, method: string, body?: unknown, as = cookie) =>
  call(runtime, path, {
    method,
    cookie: as,
    ...(body === undefined ? { headers: { "content-type": "application/json" } } : { body }),
  });
const get = (path: string, as = cookie) => call(runtime, path, { cookie: as });

beforeAll(async () => {
  runtime = await startTestRuntime();
  cookie = await onboarded(runtime, "planner@example.org", "America/Chicago");
  ({ conferenceId, people } = await savedProgram(runtime, cookie, program));
});
afterAll(async () => {
  await runtime.close();
});

const flag = (name: string, priority = "must", as = cookie) =>
  send("/api/contacts", "POST", { conferenceId, personId: people[name], priority }, as);

describe("targets", () => {
  it("flags a program person once: flagging again returns the same contact", async () => {
    const first = await flag("Ben Osei");
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      name: "Ben Osei",
      credentials: ["MD", "PhD"],
      institution: "Johns Hopkins Hospital",
      priority: "must",
      status: "target",
      mentor: false,
      version: 1,
      conferenceId,
      personId: people["Ben Osei"],
    });
    expect(first.body.questions).toHaveLength(3);
    const again = await flag("Ben Osei", "nice");
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.priority).toBe("must");
    const listed = await get(`/api/contacts?conferenceId=${conferenceId}`);
    expect(
      listed.body.contacts.filter((c: { name: string }) => c.name === "Ben Osei"),
    ).toHaveLength(1);
  });

  it("refuses an edit made on an old version with 409 and says what changed", async () => {
    const { body: contact } = await flag("Chen Li", "nice");
    const edited = await send(`/api/contacts/${contact.id}`, "PATCH", {
      version: 1,
      notes: "Ask about the research year.",
      email: "chen.li@example.org",
    });
    expect(edited.status).toBe(200);
    expect([edited.body.version, edited.body.notes]).toEqual([2, "Ask about the research year."]);
    const stale = await send(`/api/contacts/${contact.id}`, "PATCH", {
      version: 1,
      notes: "Written on the phone before it synced.",
      nextStep: "Send the poster",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("contact.conflict");
    expect(stale.body.error.message).toBe(
      "This contact was changed elsewhere since you opened it (notes, next step now differ). Review the current version, then make your change again.",
    );
    expect(stale.body.error.details.changed).toEqual(["notes", "nextStep"]);
    expect(stale.body.error.details.current.notes).toBe("Ask about the research year.");
    const read = await get(`/api/contacts/${contact.id}`);
    expect([read.body.contact.version, read.body.contact.notes]).toEqual([
      2,
      "Ask about the research year.",
    ]);
  });

  it("moves status and last contact with the log, once per interaction id", async () => {
    const { body: contact } = await flag("Ana Ruiz");
    const path = `/api/contacts/${contact.id}/interactions`;
    const emailed = await send(path, "POST", { kind: "emailed", at: "2027-04-01T14:00:00Z" });
    expect(emailed.status).toBe(201);
    expect([emailed.body.contact.status, emailed.body.contact.lastContact]).toEqual([
      "emailed",
      "2027-04-01T14:00:00.000Z",
    ]);
    const met = {
      kind: "met",
      at: "2027-04-15T14:10:00-05:00",
      note: "Talked after her panel.",
      id: "met-at-panel",
    };
    const logged = await send(path, "POST", met);
    const retried = await send(path, "POST", met);
    expect([logged.status, retried.status]).toEqual([201, 200]);
    expect(retried.body.interaction.id).toBe("met-at-panel");
    const read = await get(`/api/contacts/${contact.id}`);
    expect(read.body.log.map((i: { kind: string; at: string }) => [i.kind, i.at])).toEqual([
      ["emailed", "2027-04-01T14:00:00.000Z"],
      ["met", "2027-04-15T19:10:00.000Z"],
    ]);
    expect([read.body.contact.status, read.body.contact.lastContact]).toEqual([
      "met",
      "2027-04-15T19:10:00.000Z",
    ]);
    const moved = await send(`${path}/met-at-panel`, "PATCH", { kind: "not-met" });
    expect([moved.body.contact.status, moved.body.contact.lastContact]).toEqual([
      "not-met",
      "2027-04-01T14:00:00.000Z",
    ]);
    const removed = await send(`${path}/met-at-panel`, "DELETE");
    expect(removed.body.contact.status).toBe("emailed");
    const listed = await get("/api/contacts");
    const summary = listed.body.contacts.find((c: { id: string }) => c.id === contact.id);
    expect([summary.status, summary.lastContact]).toEqual(["emailed", "2027-04-01T14:00:00.000Z"]);
    expect(summary.notes).toBeUndefined();
  });

  it("adds a person met outside the program and deletes a contact with its log", async () => {
    const added = await send("/api/contacts", "POST", {
      name: "Priya Raman",
      institution: "Cleveland Clinic",
      howWeMet: "Residents' mixer",
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: "Priya Raman", status: "target", version: 1 });
    expect(added.body.conferenceId).toBeUndefined();
    await send(`/api/contacts/${added.body.id}/interactions`, "POST", { kind: "met" });
    expect((await send(`/api/contacts/${added.body.id}`, "DELETE")).status).toBe(204);
    expect((await get(`/api/contacts/${added.body.id}`)).status).toBe(404);
  });

  it("adds a person from a pasted card, and refuses text that is no card", async () => {
    const card = readFileSync(
      new URL("../fixtures/contacts/google-contacts-3.0.vcf", import.meta.url),
      "utf8",
    );
    const added = await send("/api/contacts", "POST", { vcard: card, priority: "nice" });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      name: "VCard Test",
      title: "TheJobTitle",
      institution: "TheCompany",
      email: "email@example.com",
      priority: "nice",
      status: "target",
    });
    const refused = await send("/api/contacts", "POST", { vcard: "Call me maybe" });
    expect([refused.status, refused.body.error.code]).toEqual([400, "contact.vcard_unreadable"]);
  });

  it("rejects bad input with a message naming the field, and keeps what was saved", async () => {
    const { body: contact } = await flag("Ben Osei");
    const cases: [unknown, string][] = [
      [
        { conferenceId, personId: people["Ben Osei"], priority: "urgent" },
        "priority: Choose a priority: must or nice.",
      ],
      [{ name: "" }, "name: The name is required."],
      [{ name: "Ana\u0000" }, "name: The name contains a control character; remove it."],
      [
        { name: "Ana", email: "not-an-address" },
        "email: Enter a valid email address, like name@hospital.org, or leave it empty.",
      ],
      [
        { conferenceId, personId: "nobody" },
        "This person is not in the conference's program. Reload the program and try again.",
      ],
    ];
    for (const [body, message] of cases) {
      const res = await send("/api/contacts", "POST", body);
      expect({ body, message: res.body.error?.message }).toEqual({ body, message });
    }
    const long = await send(`/api/contacts/${contact.id}`, "PATCH", {
      version: contact.version,
      notes: "n".repeat(5001),
    });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toBe("notes: The notes is longer than 5000 characters.");
    const noVersion = await send(`/api/contacts/${contact.id}`, "PATCH", { notes: "x" });
    expect(noVersion.body.error.message).toBe("version: Required");
    const badKind = await send(`/api/contacts/${contact.id}/interactions`, "POST", {
      kind: "waved",
    });
    expect(badKind.body.error.message).toBe(
      "kind: Choose what happened: emailed, met, not-met, followed-up or other.",
    );
    expect((await get(`/api/contacts/${contact.id}`)).body.contact.version).toBe(contact.version);
  });
});

describe("suggestions", () => {
  it("ranks people by target program, chairing and interests, and leaves out look-alikes", async () => {
    const other = await signIn(runtime, "suggest@example.org");
    await send(
      "/api/me/onboarding",
      "POST",
      {
        name: "Kofi Mensah",
        position: "Preliminary Surgery Resident",
        institution: "Lakeside General Hospital",
        timeZone: "America/Chicago",
      },
      other,
    );
    const profile = (await get("/api/me", other)).body;
    const { email: _, createdAt: __, onboarded: ___, ...fields } = profile;
    await send(
      "/api/me/profile",
      "PUT",
      {
        ...fields,
        targetPrograms: [
          { name: "Mass General", note: "" },
          { name: "University of Washington", note: "" },
        ],
        interests: ["Colorectal"],
      },
      other,
    );
    const saved = await send(
      "/api/conferences",
      "POST",
      { text: program, timeZone: "America/Chicago" },
      other,
    );
    const path = `/api/conferences/${saved.body.id}/suggestions`;
    const found = await get(path, other);
    expect(found.status).toBe(200);
    expect(
      found.body.suggestions.map(
        (s: { name: string; reasons: { kind: string; matched: string }[] }) => [
          s.name,
          s.reasons.map((r) => `${r.kind}:${r.matched}`),
        ],
      ),
    ).toEqual([
      ["Ana Ruiz", ["target-program:Mass General", "chair:Trauma Systems Update"]],
      ["Chen Li", ["target-program:University of Washington", "interest:Colorectal"]],
      ["Dana Park", ["chair:Colorectal Cancer Screening", "interest:Colorectal"]],
    ]);
    expect(found.body.suggestions[0].reasons[0].text).toBe(
      "Matches your target “Mass General” (Massachusetts General Hospital)",
    );
    const ana = found.body.suggestions[0].personId;
    const dana = found.body.suggestions[2].personId;
    await send("/api/contacts", "POST", { conferenceId: saved.body.id, personId: ana }, other);
    const dismissed = await send(`${path}/dismissed`, "POST", { personId: dana }, other);
    expect(dismissed.status).toBe(200);
    const after = await get(path, other);
    expect(after.body.suggestions.map((s: { name: string }) => s.name)).toEqual(["Chen Li"]);
  });
});

describe("isolation", () => {
  it("answers 404 to another user on every route of a contact", async () => {
    const { body: contact } = await flag("Dana Park");
    await send(`/api/contacts/${contact.id}/interactions`, "POST", { kind: "met", id: "one" });
    const stranger = await signIn(runtime, "stranger@example.org");
    const base = `/api/contacts/${contact.id}`;
    const answers = [
      await get(base, stranger),
      await send(base, "PATCH", { version: 1, notes: "mine now" }, stranger),
      await send(base, "DELETE", undefined, stranger),
      await send(`${base}/interactions`, "POST", { kind: "met" }, stranger),
      await send(`${base}/interactions/one`, "PATCH", { note: "x" }, stranger),
      await send(`${base}/interactions/one`, "DELETE", undefined, stranger),
      await flag("Dana Park", "must", stranger),
      await get(`/api/conferences/${conferenceId}/suggestions`, stranger),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    expect((await get("/api/contacts", stranger)).body.contacts).toEqual([]);
    expect((await get(base)).body.log).toHaveLength(1);
  });
});
