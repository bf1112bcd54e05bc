import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { generateProgram, writeProgram } from "../../fixtures/synthetic/index";
import { csvHeaders } from "../../fixtures/synthetic/write-csv";
import { fold } from "../../fixtures/synthetic/write-ics";

const sessions = 240;
const people = 700;
const program = generateProgram({
  seed: 5,
  sessions,
  people,
  days: 4,
  timeZone: "America/Chicago",
});
const rows = program.sessions.reduce((sum, s) => sum + Math.max(1, s.people.length), 0);

describe("writeProgram csv", () => {
  const parsed = Papa.parse<Record<string, string>>(writeProgram(program, "csv"), {
    header: true,
    skipEmptyLines: true,
  });

  it("parses cleanly, one row per presenter", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(csvHeaders);
    expect(parsed.data).toHaveLength(rows);
  });

  it("merges back to every session and every person", () => {
    const keys = new Set(parsed.data.map((r) => `${r.Date}|${r["Start Time"]}|${r.Room}`));
    expect(keys.size).toBe(sessions);
    const presenters = parsed.data
      .filter((r) => r.Presenter)
      .map((r) => `${r.Presenter}|${r.Affiliation}`);
    expect(new Set(presenters).size).toBe(people);
  });

  it("writes US dates, 12-hour times and credentials after the name", () => {
    const first = parsed.data[0];
    expect(first?.Date).toMatch(/^\d{2}\/\d{2}\/2027$/);
    expect(first?.["Start Time"]).toMatch(/^\d{1,2}:\d{2} (AM|PM)$/);
    expect(parsed.data.some((r) => /, (MD|MBBS|DO)\b/.test(r.Presenter ?? ""))).toBe(true);
  });
});

describe("writeProgram frab-json", () => {
  const json = JSON.parse(writeProgram(program, "frab-json"));
  const conference = json.schedule.conference;
  type Event = { guid: string; date: string; persons: { id: number; name: string }[] };
  const events: Event[] = conference.days.flatMap((d: { rooms: Record<string, Event[]> }) =>
    Object.values(d.rooms).flat(),
  );

  it("follows the c3voc schedule shape", () => {
    expect(conference).toMatchObject({ daysCount: 4, time_zone_name: "America/Chicago" });
    expect(conference.days[0]).toMatchObject({ index: 1, date: "2027-04-15" });
    expect(Object.keys(events[0] ?? {})).toEqual(
      expect.arrayContaining(["guid", "id", "date", "start", "duration", "room", "slug", "title"]),
    );
    expect(events[0]?.date).toMatch(/^2027-04-15T\d{2}:\d{2}:00-05:00$/);
  });

  it("holds every session and person", () => {
    expect(events).toHaveLength(sessions);
    expect(new Set(events.map((e) => e.guid)).size).toBe(sessions);
    expect(new Set(events.flatMap((e) => e.persons.map((p) => p.id))).size).toBe(people);
  });
});

describe("writeProgram frab-xml", () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => ["day", "room", "event", "person"].includes(name),
  });
  const xml = writeProgram(program, "frab-xml");
  const schedule = parser.parse(xml).schedule;
  type Event = { "@guid": string; date: string; persons: "" | { person: { "#text": string }[] } };
  const events: Event[] = schedule.day.flatMap((d: { room: { event: Event[] }[] }) =>
    d.room.flatMap((r) => r.event),
  );

  it("is well-formed XML with the frab structure", () => {
    expect(schedule.conference).toMatchObject({
      acronym: "plsc2027",
      days: 4,
      time_zone_name: "America/Chicago",
    });
    expect(schedule.day).toHaveLength(4);
    expect(schedule.day[0]).toMatchObject({ "@index": "1", "@date": "2027-04-15" });
  });

  it("holds every session and person, escaped", () => {
    expect(events).toHaveLength(sessions);
    const names = events.flatMap((e) =>
      e.persons === "" ? [] : e.persons.person.map((p) => p["#text"]),
    );
    expect(new Set(names).size).toBe(people);
    expect(xml).toContain("Prairie &amp; Lakes");
  });
});

describe("writeProgram sessionize", () => {
  const data = JSON.parse(writeProgram(program, "sessionize"));

  it("has the All-data shape with local times", () => {
    expect(Object.keys(data)).toEqual(["sessions", "speakers", "questions", "categories", "rooms"]);
    expect(data.sessions).toHaveLength(sessions);
    expect(data.sessions[0].startsAt).toMatch(/^2027-04-15T\d{2}:\d{2}:00$/);
    expect(data.categories[0].title).toBe("Track");
  });

  it("links every speaker, session, category and room by id", () => {
    expect(data.speakers).toHaveLength(people);
    const speakerIds = new Set(data.speakers.map((s: { id: string }) => s.id));
    const itemIds = new Set(
      data.categories.flatMap((c: { items: { id: number }[] }) => c.items.map((i) => i.id)),
    );
    const roomIds = new Set(data.rooms.map((r: { id: number }) => r.id));
    for (const s of data.sessions) {
      for (const id of s.speakers) expect(speakerIds.has(id)).toBe(true);
      for (const id of s.categoryItems) expect(itemIds.has(id)).toBe(true);
      expect(roomIds.has(s.roomId)).toBe(true);
    }
  });
});

describe("writeProgram ics", () => {
  const ics = writeProgram(program, "ics");
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");

  it("has one VEVENT per session with local times in the conference zone", () => {
    expect(events).toHaveLength(sessions);
    const first = new ICAL.Event(events[0]);
    const session = program.sessions[0];
    expect(first.startDate.zone?.tzid).toBe("America/Chicago");
    // 2027-04-15 is in daylight time: UTC-5.
    const expected = Date.parse(`${session?.date}T${session?.start}:00-05:00`) / 1000;
    expect(first.startDate.toUnixTime()).toBe(expected);
    expect(new Set(events.map((e) => e.getFirstPropertyValue("uid"))).size).toBe(sessions);
  });

  it("uses CRLF only and folds lines at 75 octets", () => {
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
  });

  it("round-trips escaped text and puts speakers in three places", () => {
    const titles = new Set(program.sessions.map((s) => s.title));
    const summaries = events.map((e) => String(e.getFirstPropertyValue("summary")));
    expect(summaries.some((s) => titles.has(s))).toBe(true);
    expect(summaries.some((s) => / - .+, /.test(s))).toBe(true);
    const descriptions = events.map((e) => String(e.getFirstPropertyValue("description")));
    expect(descriptions.some((d) => /\nModerators?: .+, (MD|MBBS|DO)/.test(d))).toBe(true);
    expect(events.some((e) => e.getAllProperties("attendee").length > 0)).toBe(true);
  });

  it("never splits a UTF-8 character when folding", () => {
    const line = `SUMMARY:${"José Núñez, Thảo Nguyễn 🩺 ".repeat(12)}`;
    const folded = fold(line);
    for (const part of folded.split("\r\n")) {
      expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});

describe("writeProgram text", () => {
  const lines = writeProgram(program, "text").split("\n");

  it("reads like a copied program book", () => {
    expect(lines).toContain("Thursday, April 15, 2027");
    expect(lines).toContain("Sunday, April 18, 2027");
    const headers = lines.filter((l) => /^\d{1,2}:\d{2} [AP]M – \d{1,2}:\d{2} [AP]M {2}\S/.test(l));
    expect(headers).toHaveLength(sessions);
    expect(lines.some((l) => /^Moderators?: .+ \(.+\)/.test(l))).toBe(true);
    expect(lines.some((l) => /^\d{1,2}:\d{2} [AP]M {2}.+ — .+, .+ \(.+\)$/.test(l))).toBe(true);
  });
});
