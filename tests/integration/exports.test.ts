import ical from "node-ical";
import Papa from "papaparse";
import VCard from "vcf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../../functions/local/server";
import { call, onboarded, startTestRuntime } from "./runtime";

// Each export is read back by a reader that shares no code with the writer: papaparse for the
// CSV, the vcf package for the cards, node-ical (with its own IANA zone data) for the calendar.

let runtime: LocalRuntime;
let cookie: string;
let conferenceId: string;
const contacts: Record<string, string> = {};

const program = [
  "Date,Start Time,End Time,Session Title,Track,Room,Presenter,Affiliation,Role",
  '11/07/2027,1:30 AM,2:30 AM,"Night Trauma, Part 1",Trauma,Hall A,"Ana Ruiz, MD",Massachusetts General Hospital,Chair',
  '11/07/2027,1:10 AM,1:50 AM,Early Bird Rounds,Trauma,Hall B,"Bo Núñez, MD","=HYPERLINK(""x"")",Speaker',
].join("\n");

const get = (path: string, as = cookie) => call(runtime, path, { cookie: as });
const send = (path: string, method: string, body?: unknown) =>
  call(runtime, path, {
    method,
    cookie,
    ...(body === undefined ? { headers: { "content-type": "application/json" } } : { body }),
  });

beforeAll(async () => {
  runtime = await startTestRuntime({ now: () => new Date("2027-10-01T12:00:00Z") });
  cookie = await onboarded(runtime, "exports@example.org", "America/Chicago");
  // New York falls back on November 7, 2027: both sessions start in the repeated hour.
  const saved = await send("/api/conferences", "POST", {
    text: program,
    timeZone: "America/New_York",
    title: "Night Congress",
  });
  expect(saved.status).toBe(201);
  conferenceId = saved.body.id;
  const page = await get(`/api/conferences/${conferenceId}`);
  for (const person of page.body.people as { id: string; name: string }[]) {
    const flagged = await send("/api/contacts", "POST", { conferenceId, personId: person.id });
    contacts[person.name] = flagged.body.id;
  }
  const ana = contacts["Ana Ruiz"] as string;
  await send(`/api/contacts/${ana}`, "PATCH", {
    version: 1,
    email: "ana.ruiz@example.org",
    howWeMet: "Panel Q&A, then coffee",
    interests: "Trauma systems; rural care",
    nextStep: "-send poster",
  });
  await send(`/api/contacts/${ana}/interactions`, "POST", {
    kind: "met",
    at: "2027-11-07T07:15:00Z",
  });
});
afterAll(async () => {
  await runtime.close();
});

describe("exports", () => {
  it("writes the contact log as CSV that a spreadsheet reads cell for cell", async () => {
    const res = await fetch(`${runtime.url}/api/me/export/contact-log.csv`, {
      headers: { cookie },
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes), {
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      ["Name", "Role", "Institution", "How We Met", "Interests", "Last Contact", "Next Step"],
      [
        "Ana Ruiz, MD",
        "",
        "Massachusetts General Hospital",
        "Panel Q&A, then coffee",
        "Trauma systems; rural care",
        "2027-11-07",
        "'-send poster",
      ],
      ["Bo Núñez, MD", "", `'=HYPERLINK("x")`, "", "", "", ""],
    ]);
  });

  it("writes every contact as a vCard 4.0 another reader parses", async () => {
    const res = await get("/api/me/export/contacts.vcf");
    expect(res.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    const cards = VCard.parse(res.body as string);
    const value = (card: VCard, name: string) => {
      const prop = card.get(name);
      const first = Array.isArray(prop) ? prop[0] : prop;
      return first
        ?.valueOf()
        .replace(/\\([,;\\])/g, "$1")
        .replace(/\\n/gi, "\n");
    };
    expect(
      cards.map((c) => [c.version, value(c, "fn"), value(c, "email"), value(c, "org")]).sort(),
    ).toEqual([
      ["4.0", "Ana Ruiz, MD", "ana.ruiz@example.org", "Massachusetts General Hospital"],
      ["4.0", "Bo Núñez, MD", undefined, '=HYPERLINK("x")'],
    ]);
  });

  it("writes the agenda as iCalendar whose times are the sessions' instants, in the repeated hour too", async () => {
    const res = await get(`/api/conferences/${conferenceId}/agenda.ics`);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = Object.values(ical.sync.parseICS(res.body as string)).filter(
      (c) => c.type === "VEVENT",
    ) as ical.VEvent[];
    expect(
      events.map((e) => [e.summary, e.start.toISOString(), e.end.toISOString(), e.location]).sort(),
    ).toEqual([
      // 1:10 to 1:50 and 1:30 AM in the earlier of the two 1 AMs (EDT), as the importer reads
      // them; 2:30 AM is after the change (EST).
      ["Early Bird Rounds", "2027-11-07T05:10:00.000Z", "2027-11-07T05:50:00.000Z", "Hall B"],
      ["Night Trauma, Part 1", "2027-11-07T05:30:00.000Z", "2027-11-07T07:30:00.000Z", "Hall A"],
    ]);
  });

  it("serves the calendar feed while it is on, and never after it is turned off or renewed", async () => {
    const on = await send("/api/me/calendar-feed", "POST");
    expect(on.status).toBe(201);
    const first = on.body.url as string;
    const path = new URL(first).pathname;
    const feed = await call(runtime, path);
    expect(feed.status).toBe(200);
    expect(
      Object.values(ical.sync.parseICS(feed.body as string)).filter((c) => c.type === "VEVENT"),
    ).toHaveLength(2);
    const renewed = await send("/api/me/calendar-feed", "POST");
    expect((await call(runtime, path)).status).toBe(404);
    const second = new URL(renewed.body.url as string).pathname;
    expect((await call(runtime, second)).status).toBe(200);
    expect((await send("/api/me/calendar-feed", "DELETE")).status).toBe(204);
    const off = await call(runtime, second);
    expect([off.status, off.body.error.message]).toEqual([
      404,
      "This calendar address is no longer active. Turn the feed on again in Rapport.",
    ]);
    expect((await get("/api/me/calendar-feed")).body).toEqual({ on: false });
  });
});
