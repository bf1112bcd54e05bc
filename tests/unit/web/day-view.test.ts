import { describe, expect, it } from "vitest";
import type { DayContact, DayData } from "../../../web/src/day/day-data";
import {
  conferenceDays,
  metOutsideSessions,
  nowAndNext,
  sessionsOfDay,
  todayChoice,
  withChanges,
} from "../../../web/src/day/day-view";
import type { QueuedChange } from "../../../web/src/offline/queue";
import { aContact } from "../../fixtures/contact";

const conference = {
  id: "conf1",
  title: "Clinical Congress 2027",
  timeZone: "America/Chicago",
  startDate: "2027-04-15",
  endDate: "2027-04-16",
  format: "csv",
  sessionCount: 3,
  peopleCount: 3,
  roomCount: 2,
  warningCount: 0,
  createdAt: "2027-01-01T00:00:00.000Z",
} as DayData["conference"];

function target(
  id: string,
  name: string,
  priority: "must" | "nice",
  sessions: { id: string; start: string; room?: string }[],
): DayContact {
  return {
    contact: aContact({
      id,
      name,
      priority,
      credentials: ["MD"],
      createdAt: "2027-01-01T00:00:00.000Z",
      conferenceId: "conf1",
      sessions: sessions.map((s) => ({
        id: s.id,
        title: `Session ${s.id}`,
        start: s.start,
        end: new Date(Date.parse(s.start) + 3_600_000).toISOString(),
        role: "speaker",
        ...(s.room ? { room: s.room } : {}),
      })),
    }),
    intro: "",
  } as DayContact;
}

// 8:00 and 14:00 CDT on Apr 15; 23:30 CDT on Apr 15 is Apr 16 in UTC.
const data: DayData = {
  conference,
  contacts: [
    target("c1", "Chen Li", "nice", [{ id: "s2", start: "2027-04-15T19:00:00Z", room: "Hall B" }]),
    target("c2", "Ana Ruiz", "must", [{ id: "s1", start: "2027-04-15T13:00:00Z", room: "Hall A" }]),
    target("c3", "Ben Osei", "nice", [
      { id: "s1", start: "2027-04-15T13:00:00Z", room: "Hall A" },
      { id: "s3", start: "2027-04-16T04:30:00Z" },
    ]),
  ],
};

const change = (over: Partial<QueuedChange>): QueuedChange => ({
  key: "k1",
  kind: "met",
  method: "POST",
  path: "/api/contacts/c2/interactions",
  conferenceId: "conf1",
  contactId: "c2",
  label: "",
  seq: Date.parse("2027-04-15T13:20:00Z"),
  ...over,
});

describe("the day's sessions", () => {
  it("lists the day's target sessions in the conference's zone, in time order, must before nice", () => {
    const slots = sessionsOfDay(data, "2027-04-15");
    expect(slots.map((s) => [s.session.id, s.targets.map((t) => t.contact.name)])).toEqual([
      ["s1", ["Ana Ruiz", "Ben Osei"]],
      ["s2", ["Chen Li"]],
      ["s3", ["Ben Osei"]],
    ]);
    expect(sessionsOfDay(data, "2027-04-16")).toEqual([]);
  });

  it("finds the session running now and the next one with whole minutes to go", () => {
    const slots = sessionsOfDay(data, "2027-04-15");
    const during = nowAndNext(slots, Date.parse("2027-04-15T13:30:00Z"));
    expect([during.now?.session.id, during.next?.session.id, during.minutesToNext]).toEqual([
      "s1",
      "s2",
      330,
    ]);
    const before = nowAndNext(slots, Date.parse("2027-04-15T12:59:30Z"));
    expect([before.now, before.next?.session.id, before.minutesToNext]).toEqual([
      undefined,
      "s1",
      1,
    ]);
    expect(nowAndNext(slots, Date.parse("2027-04-16T06:00:00Z"))).toEqual({});
  });

  it("lists every date of a conference", () => {
    expect(conferenceDays("2027-04-15", "2027-04-17")).toEqual([
      "2027-04-15",
      "2027-04-16",
      "2027-04-17",
    ]);
  });
});

describe("changes waiting to be sent", () => {
  it("shows met, a note and a quick add at once, and undoes a met", () => {
    const shown = withChanges(data, [
      change({}),
      change({ key: "k2", kind: "note", method: "PUT", contactId: "c1", body: { notes: "Ask." } }),
      change({
        key: "k3",
        kind: "quick-add",
        contactId: undefined,
        body: { name: "Dana Park", institution: "WashU" },
      }),
    ]);
    const byId = new Map(shown.contacts.map((c) => [c.contact.id, c]));
    expect(byId.get("c2")?.outcome).toEqual({
      id: "k1",
      kind: "met",
      at: "2027-04-15T13:20:00.000Z",
    });
    expect(byId.get("c1")?.contact.notes).toBe("Ask.");
    expect(metOutsideSessions(shown, "2027-04-15").map((c) => c.contact.name)).toEqual([
      "Dana Park",
    ]);
    const undone = withChanges(shown, [
      change({
        key: "k4",
        kind: "unmet",
        method: "DELETE",
        path: "/api/contacts/c2/interactions/k1",
      }),
    ]);
    expect(undone.contacts.find((c) => c.contact.id === "c2")?.outcome).toBeUndefined();
  });

  it("leaves out a refused change and changes nothing when applied twice", () => {
    const once = withChanges(data, [change({})]);
    expect(withChanges(once, [change({})])).toEqual(once);
    expect(withChanges(data, [change({ refused: "There is no such contact." })])).toBe(data);
  });
});

describe("today", () => {
  const item = (id: string, startDate: string, endDate: string, timeZone: string) =>
    ({ ...conference, id, startDate, endDate, timeZone }) as DayData["conference"];

  it("opens the conference day that is today in the conference's zone", () => {
    // 03:00 UTC on Apr 16 is still Apr 15 in Chicago.
    expect(
      todayChoice(
        [item("a", "2027-04-15", "2027-04-15", "America/Chicago")],
        Date.parse("2027-04-16T03:00:00Z"),
      ),
    ).toEqual({ conferenceId: "a", date: "2027-04-15", upcoming: false });
  });

  it("else the next conference day to come, and nothing when none is left", () => {
    const list = [
      item("late", "2027-06-01", "2027-06-02", "UTC"),
      item("soon", "2027-05-01", "2027-05-03", "Europe/Paris"),
      item("past", "2027-01-01", "2027-01-02", "UTC"),
    ];
    expect(todayChoice(list, Date.parse("2027-04-20T12:00:00Z"))).toEqual({
      conferenceId: "soon",
      date: "2027-05-01",
      upcoming: true,
    });
    expect(todayChoice(list, Date.parse("2027-07-01T12:00:00Z"))).toBeUndefined();
  });
});
