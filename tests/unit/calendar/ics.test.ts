import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  type AgendaEvent,
  agendaIcs,
  conferenceAgendaIcs,
} from "../../../functions/domain/calendar/ics";
import type { Session } from "../../../schemas/program";
import { summary } from "./program";

const now = new Date("2027-03-01T08:15:30.000Z");

/** The file read independently: ical.js, with only the file's own VTIMEZONEs registered. */
function read(ics: string) {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zones = calendar.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: new Date(event.startDate.toUnixTime() * 1000).toISOString(),
      end: new Date(event.endDate.toUnixTime() * 1000).toISOString(),
      tzid: component.getFirstProperty("dtstart")?.getParameter("tzid"),
      summary: event.summary,
      location: event.location,
      description: event.description,
      url: component.getFirstPropertyValue("url"),
      stamp: String(component.getFirstPropertyValue("dtstamp")),
    };
  });
  return { calendar, zones: zones.map((z) => z.getFirstPropertyValue("tzid")), events };
}

afterEach(() => ICAL.TimezoneService.reset());

const utc = (iso: string) => new Date(iso).toISOString();

function event(uid: string, start: string, end: string, timeZone: string): AgendaEvent {
  return { uid, start, end, timeZone, title: `Event ${uid}`, description: "" };
}

describe("agendaIcs", () => {
  it("writes the calendar's header, a stamp from now and the events' own UIDs", () => {
    const ics = agendaIcs({
      name: "MSA 2027 — targets",
      now,
      items: [
        {
          ...event(
            "s1@rapport",
            "2027-04-15T10:00:00-05:00",
            "2027-04-15T11:00:00-05:00",
            "America/Chicago",
          ),
          location: "Grand Ballroom B",
          description: "Targets:\n• Jane Doe — speaker",
          url: "https://msa.example.org/sessions/1",
        },
      ],
    });
    const { calendar, events } = read(ics);
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Rapport//Agenda//EN");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("MSA 2027 — targets");
    expect(events).toEqual([
      {
        uid: "s1@rapport",
        start: "2027-04-15T15:00:00.000Z",
        end: "2027-04-15T16:00:00.000Z",
        tzid: "America/Chicago",
        summary: "Event s1@rapport",
        location: "Grand Ballroom B",
        description: "Targets:\n• Jane Doe — speaker",
        url: "https://msa.example.org/sessions/1",
        stamp: "2027-03-01T08:15:30Z",
      },
    ]);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.includes("RRULE")).toBe(false);
  });

  it("keeps instants exact across New York's change back to standard time in November", () => {
    const items = [
      event("sat", "2027-11-06T09:00:00-04:00", "2027-11-06T17:30:00-04:00", "America/New_York"),
      event("sun", "2027-11-07T08:00:00-05:00", "2027-11-07T09:15:00-05:00", "America/New_York"),
      // Overnight, across the change at 2:00 EDT.
      event("night", "2027-11-06T23:00:00-04:00", "2027-11-07T03:00:00-05:00", "America/New_York"),
      // In the hour the clocks repeat, first and second time round.
      event("first", "2027-11-07T01:10:00-04:00", "2027-11-07T01:50:00-04:00", "America/New_York"),
      event("second", "2027-11-07T01:10:00-05:00", "2027-11-07T01:50:00-05:00", "America/New_York"),
    ];
    const { zones, events } = read(agendaIcs({ name: "NY", now, items }));
    expect(zones).toEqual(["America/New_York"]);
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual(
      items.map((item) => [item.uid, utc(item.start), utc(item.end)]),
    );
    // 1:10 on that night is two instants, so times in the repeated hour are written in UTC.
    expect(events.map((e) => e.tzid)).toEqual([
      "America/New_York",
      "America/New_York",
      "America/New_York",
      undefined,
      undefined,
    ]);
  });

  it("keeps instants exact across Adelaide's change back to standard time in April", () => {
    const items = [
      event("fri", "2027-04-02T09:00:00+10:30", "2027-04-02T10:00:00+10:30", "Australia/Adelaide"),
      event("sat", "2027-04-03T16:00:00+10:30", "2027-04-03T18:00:00+10:30", "Australia/Adelaide"),
      event("sun", "2027-04-04T09:00:00+09:30", "2027-04-04T12:30:00+09:30", "Australia/Adelaide"),
      event("mon", "2027-04-05T08:30:00+09:30", "2027-04-05T09:00:00+09:30", "Australia/Adelaide"),
    ];
    const { calendar, events } = read(agendaIcs({ name: "Adelaide", now, items }));
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual(
      items.map((item) => [item.uid, utc(item.start), utc(item.end)]),
    );
    const zone = calendar.getFirstSubcomponent("vtimezone");
    const observances = zone
      ?.getAllSubcomponents()
      .map((o) => [
        o.name,
        String(o.getFirstPropertyValue("dtstart")),
        String(o.getFirstPropertyValue("tzoffsetfrom")),
        String(o.getFirstPropertyValue("tzoffsetto")),
      ]);
    // The change in force on 1 January (October 2026), then the year's two changes.
    expect(observances).toEqual([
      ["daylight", "2026-10-04T02:00:00", "+09:30", "+10:30"],
      ["standard", "2027-04-04T03:00:00", "+10:30", "+09:30"],
      ["daylight", "2027-10-03T02:00:00", "+09:30", "+10:30"],
    ]);
  });

  it("covers every year the events span, in one VTIMEZONE per zone", () => {
    const items = [
      event("dec", "2027-12-31T22:00:00-05:00", "2028-01-01T01:00:00-05:00", "America/New_York"),
      event("jul", "2028-07-04T09:00:00-04:00", "2028-07-04T10:00:00-04:00", "America/New_York"),
      event("kol", "2028-01-15T09:30:00+05:30", "2028-01-15T10:30:00+05:30", "Asia/Kolkata"),
    ];
    const { zones, events } = read(agendaIcs({ name: "Span", now, items }));
    expect(zones).toEqual(["America/New_York", "Asia/Kolkata"]);
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual(
      items.map((item) => [item.uid, utc(item.start), utc(item.end)]),
    );
  });

  it("writes a zone without daylight saving time as one observance", () => {
    const items = [
      event("k1", "2027-11-06T09:00:00+05:30", "2027-11-06T10:00:00+05:30", "Asia/Kolkata"),
    ];
    const { calendar, events } = read(agendaIcs({ name: "Kolkata", now, items }));
    expect(events.map((e) => [e.start, e.end, e.tzid])).toEqual([
      ["2027-11-06T03:30:00.000Z", "2027-11-06T04:30:00.000Z", "Asia/Kolkata"],
    ]);
    const zone = calendar.getFirstSubcomponent("vtimezone");
    expect(
      zone?.getAllSubcomponents().map((o) => String(o.getFirstPropertyValue("tzoffsetto"))),
    ).toEqual(["+05:30"]);
  });

  it("writes UTC events in UTC, with no VTIMEZONE", () => {
    const items = [event("u1", "2027-06-01T09:00:00Z", "2027-06-01T10:15:00Z", "UTC")];
    const ics = agendaIcs({ name: "UTC", now, items });
    const { zones, events } = read(ics);
    expect(zones).toEqual([]);
    expect(events.map((e) => [e.start, e.end, e.tzid])).toEqual([
      ["2027-06-01T09:00:00.000Z", "2027-06-01T10:15:00.000Z", undefined],
    ]);
    expect(ics.includes("DTSTART:20270601T090000Z\r\n")).toBe(true);
  });

  it("leaves out a URL that is not a web address", () => {
    const item = {
      ...event("x", "2027-06-01T09:00:00Z", "2027-06-01T10:00:00Z", "UTC"),
      url: "javascript:alert(1)",
    };
    expect(read(agendaIcs({ name: "x", now, items: [item] })).events[0]?.url).toBeNull();
  });
});

describe("conferenceAgendaIcs", () => {
  const sessions: Session[] = [
    {
      id: "s-hernia",
      title: "Robotic Hernia Repair",
      start: "2027-04-15T10:30:00-05:00",
      end: "2027-04-15T11:15:00-05:00",
      room: "Regency A",
      url: "https://msa.example.org/s/hernia",
      people: [
        { personId: "p-doe", role: "speaker" },
        { personId: "p-roe", role: "moderator" },
      ],
    },
    {
      id: "s-trauma",
      title: "Trauma Systems Panel",
      start: "2027-04-15T11:00:00-05:00",
      end: "2027-04-15T12:00:00-05:00",
      people: [{ personId: "p-roe", role: "panelist" }],
    },
  ];
  const people = [
    { id: "p-doe", name: "Jane Doe", credentials: ["MD"] },
    { id: "p-roe", name: "Richard Roe", credentials: [] },
  ];
  const targets = [
    { id: "c-roe", personId: "p-roe", name: "Richard Roe", priority: "nice" as const },
    { id: "c-doe", personId: "p-doe", name: "Jane Doe", priority: "must" as const },
  ];

  it("makes one event per agenda session, naming targets, roles, priority and clashes", () => {
    const { calendar, events } = read(
      conferenceAgendaIcs({ summary, sessions, people }, targets, now),
    );
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(
      "Midwest Surgical Association Annual Meeting — targets",
    );
    expect(events).toEqual([
      {
        uid: "msa-2027.s-hernia@rapport",
        start: "2027-04-15T15:30:00.000Z",
        end: "2027-04-15T16:15:00.000Z",
        tzid: "America/Chicago",
        summary: "Robotic Hernia Repair",
        location: "Regency A",
        description:
          "Targets:\n• Jane Doe — speaker (must meet)\n• Richard Roe — moderator (nice to meet)\n\nAt the same time: Trauma Systems Panel",
        url: "https://msa.example.org/s/hernia",
        stamp: "2027-03-01T08:15:30Z",
      },
      {
        uid: "msa-2027.s-trauma@rapport",
        start: "2027-04-15T16:00:00.000Z",
        end: "2027-04-15T17:00:00.000Z",
        tzid: "America/Chicago",
        summary: "Trauma Systems Panel",
        location: "Hyatt Regency Chicago",
        description:
          "Target:\n• Richard Roe — panelist (nice to meet)\n\nAt the same time: Robotic Hernia Repair",
        url: null,
        stamp: "2027-03-01T08:15:30Z",
      },
    ]);
  });

  it("gives the same file for the same program, so a calendar sees the same events", () => {
    const program = { summary, sessions, people };
    expect(conferenceAgendaIcs(program, targets, now)).toBe(
      conferenceAgendaIcs(program, [...targets].reverse(), now),
    );
  });
});
