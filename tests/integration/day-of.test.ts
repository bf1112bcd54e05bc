import VCard from "vcf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../../functions/local/server";
import { call, onboarded, savedProgram, scanTable, startTestRuntime, userIdOf } from "./runtime";

let runtime: LocalRuntime;
let cookie: string;
let other: string;
let conferenceId: string;
let people: Record<string, string>;

const program = [
  "Date,Start Time,End Time,Session Title,Track,Room,Presenter,Affiliation,Role",
  '04/15/2027,8:00 AM,9:00 AM,Trauma Systems Update,Trauma,Hall A,"Ana Ruiz, MD",Massachusetts General Hospital,Chair',
  '04/16/2027,2:00 PM,3:00 PM,Colorectal Cancer Screening,Colorectal Surgery,Hall B,"Chen Li, MD",University of Washington,Speaker',
].join("\n");

const send = (path: string, method: string, body: unknown, as = cookie) =>
  call(runtime, path, { method, cookie: as, body });
const get = (path: string, as = cookie) => call(runtime, path, { cookie: as });

beforeAll(async () => {
  runtime = await startTestRuntime();
  cookie = await onboarded(runtime, "dayof@example.org");
  other = await onboarded(runtime, "other@example.org");
  ({ conferenceId, people } = await savedProgram(runtime, cookie, program));
});
afterAll(async () => {
  await runtime.close();
});

const flag = async (name: string) =>
  (await send("/api/contacts", "POST", { conferenceId, personId: people[name] })).body;

/** The user's log entries and contacts as stored, read past the app. */
async function stored() {
  const items = await scanTable(runtime);
  const mine = items.filter((i) => i.pk === `USER#${userIdOf(cookie)}`);
  return {
    log: mine.filter((i) => String(i.sk).startsWith("LOG#")),
    contacts: mine.filter((i) => String(i.sk).startsWith("CONTACT#")),
  };
}

describe("my card", () => {
  it("serves the profile as a vCard 4.0 that another reader parses", async () => {
    const me = (await get("/api/me")).body;
    const { email: _e, onboarded: _o, createdAt: _c, keepInTouchDays: _k, ...fields } = me;
    const saved = await send("/api/me/profile", "PUT", {
      ...fields,
      keepInTouchDays: me.keepInTouchDays,
      name: "Amara Okafor",
      credentials: ["MBBS", "MPH"],
      position: "Preliminary Surgery Resident; PGY-1",
      institution: "Lakeside General Hospital",
      linkedinUrl: "https://www.linkedin.com/in/amara-okafor",
    });
    expect(saved.status).toBe(200);
    const res = await get("/api/me/card.vcf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="my-card.vcf"');
    const [card, ...more] = VCard.parse(res.body as string);
    expect(more).toEqual([]);
    const value = (name: string) => {
      const prop = card?.get(name);
      return (Array.isArray(prop) ? prop[0] : prop)?.valueOf().replace(/\\([,;\\])/g, "$1");
    };
    expect(card?.version).toBe("4.0");
    expect(value("fn")).toBe("Amara Okafor, MBBS, MPH");
    expect(value("n")).toBe("Okafor;Amara;;;MBBS,MPH");
    expect(value("title")).toBe("Preliminary Surgery Resident; PGY-1");
    expect(value("org")).toBe("Lakeside General Hospital");
    expect(value("email")).toBe("dayof@example.org");
    expect(value("url")).toBe("https://www.linkedin.com/in/amara-okafor");
  });

  it("needs a session", async () => {
    expect((await call(runtime, "/api/me/card.vcf")).status).toBe(401);
  });
});

describe("the day page's data", () => {
  it("holds each target of the conference with its sessions, questions, intro and latest outcome", async () => {
    const ana = await flag("Ana Ruiz");
    const logged = await send(`/api/contacts/${ana.id}/interactions`, "POST", {
      kind: "met",
      id: "met-ana-0001",
      note: "Talked after the panel.",
    });
    expect(logged.status).toBe(201);
    const res = await get(`/api/conferences/${conferenceId}/day-of`);
    expect(res.status).toBe(200);
    expect(res.body.conference).toMatchObject({
      id: conferenceId,
      title: "Clinical Congress 2027",
      timeZone: "America/Chicago",
    });
    const entry = res.body.contacts.find(
      (c: { contact: { id: string } }) => c.contact.id === ana.id,
    );
    expect(
      entry.contact.sessions.map((s: { title: string; room: string }) => [s.title, s.room]),
    ).toEqual([["Trauma Systems Update", "Hall A"]]);
    expect(entry.contact.questions).toHaveLength(3);
    expect(entry.intro).toContain("Dear Dr. Ruiz,");
    expect(entry.outcome).toMatchObject({ id: "met-ana-0001", kind: "met" });
  });

  it("is 404 for another user's conference", async () => {
    expect((await get(`/api/conferences/${conferenceId}/day-of`, other)).status).toBe(404);
  });
});

describe("day-of changes", () => {
  it("logs a met sent twice with the same key once", async () => {
    const chen = await flag("Chen Li");
    const body = { kind: "met", id: "met-chen-key-1", note: "" };
    const first = await send(`/api/contacts/${chen.id}/interactions`, "POST", body);
    const again = await send(`/api/contacts/${chen.id}/interactions`, "POST", body);
    expect([first.status, again.status]).toEqual([201, 200]);
    const { log } = await stored();
    expect(log.filter((i) => i.contactId === chen.id).map((i) => i.id)).toEqual(["met-chen-key-1"]);
    expect(again.body.contact.status).toBe("met");
  });

  it("quick-adds a person once per key, as a contact with met logged", async () => {
    const body = {
      key: "quick-add-key-0001",
      conferenceId,
      name: "Dana Park",
      institution: "Washington University in St. Louis",
      note: "Met at the welcome reception; wants my CV.",
      place: "Welcome reception",
    };
    const first = await send("/api/contacts/quick-add", "POST", body);
    const again = await send("/api/contacts/quick-add", "POST", body);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.contact.id).toBe(first.body.contact.id);
    expect(first.body.contact).toMatchObject({
      name: "Dana Park",
      institution: "Washington University in St. Louis",
      conferenceId,
      status: "met",
      howWeMet: "Welcome reception",
      notes: "Met at the welcome reception; wants my CV.",
    });
    const { log, contacts } = await stored();
    expect(contacts.filter((c) => c.name === "Dana Park")).toHaveLength(1);
    expect(
      log.filter((i) => i.contactId === first.body.contact.id).map((i) => [i.id, i.kind, i.note]),
    ).toEqual([["quick-add-key-0001", "met", "Met at the welcome reception; wants my CV."]]);
  });

  it("quick-adds from a pasted card", async () => {
    const vcard = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "N:Osei;Ben;;;",
      "FN:Ben Osei, MD",
      "ORG:Johns Hopkins Hospital",
      "EMAIL;TYPE=INTERNET:ben.osei@example.org",
      "END:VCARD",
    ].join("\r\n");
    const res = await send("/api/contacts/quick-add", "POST", {
      key: "quick-add-card-0001",
      conferenceId,
      vcard,
    });
    expect(res.status).toBe(201);
    expect(res.body.contact).toMatchObject({
      name: "Ben Osei",
      credentials: ["MD"],
      institution: "Johns Hopkins Hospital",
      email: "ben.osei@example.org",
      status: "met",
    });
  });

  it("refuses a quick add with neither name nor card, naming the field", async () => {
    const res = await send("/api/contacts/quick-add", "POST", { key: "quick-add-none-01" });
    expect(res.status).toBe(400);
    expect(res.body.error.details.problems).toEqual([
      "name: Give the person's name, or paste their card.",
    ]);
  });

  it("keeps both texts when the note was changed elsewhere, and applies a key once", async () => {
    const ana = (
      await send("/api/contacts", "POST", { conferenceId, personId: people["Ana Ruiz"] })
    ).body;
    const elsewhere = await send(`/api/contacts/${ana.id}`, "PATCH", {
      version: ana.version,
      notes: "Prefers email over LinkedIn.",
    });
    expect(elsewhere.status).toBe(200);
    const change = { key: "note-ana-key-0001", base: "", notes: "Ask about the research year." };
    const first = await send(`/api/contacts/${ana.id}/note`, "PUT", change);
    expect(first.status).toBe(200);
    expect(first.body.merged).toBe(true);
    expect(first.body.contact.notes).toBe(
      "Prefers email over LinkedIn.\n\nAsk about the research year.",
    );
    const again = await send(`/api/contacts/${ana.id}/note`, "PUT", change);
    expect(again.body.contact.notes).toBe(first.body.contact.notes);
    expect(again.body.contact.version).toBe(first.body.contact.version);
    const plain = await send(`/api/contacts/${ana.id}/note`, "PUT", {
      key: "note-ana-key-0002",
      base: first.body.contact.notes,
      notes: "Research year: yes, funded.",
    });
    expect(plain.body).toMatchObject({
      merged: false,
      contact: { notes: "Research year: yes, funded." },
    });
  });

  it("is 404 for another user's contact", async () => {
    const ana = (
      await send("/api/contacts", "POST", { conferenceId, personId: people["Ana Ruiz"] })
    ).body;
    const res = await send(
      `/api/contacts/${ana.id}/note`,
      "PUT",
      { key: "note-other-key-01", base: "", notes: "x" },
      other,
    );
    expect(res.status).toBe(404);
  });
});
