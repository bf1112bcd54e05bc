import { describe, expect, it } from "vitest";
import { conference, contact, ofKind, plan, session } from "./fixtures";

const timesOf = (mails: ReturnType<typeof plan>) =>
  mails.map((m) => [m.kind, m.date ?? "", m.sendAt, m.contactIds.join(" ")]);

describe("time zones and DST", () => {
  it("keeps 07:00 local across New York's fall back (Sunday 2026-11-01)", () => {
    const contacts = [
      contact({
        id: "a",
        conferenceId: "fall",
        sessions: [session("s1", "2026-10-31T09:00:00-04:00")],
      }),
      // The second 01:30 of the night, after clocks went back.
      contact({
        id: "b",
        conferenceId: "fall",
        sessions: [session("s2", "2026-11-01T01:30:00-05:00")],
      }),
      contact({
        id: "c",
        conferenceId: "fall",
        status: "emailed",
        sessions: [session("s3", "2026-11-02T09:00:00-05:00")],
      }),
      contact({ id: "d", conferenceId: "fall", status: "met" }),
    ];
    const mails = plan({
      timeZone: "America/New_York",
      now: "2026-10-01T12:00:00.000Z",
      conferences: [
        conference({
          id: "fall",
          timeZone: "America/New_York",
          startDate: "2026-10-31",
          endDate: "2026-11-02",
        }),
      ],
      contacts,
    });
    expect(timesOf(mails)).toEqual([
      ["outreach", "", "2026-10-17T12:00:00.000Z", "a b"],
      ["day-plan", "2026-10-31", "2026-10-31T11:00:00.000Z", "a"],
      ["day-plan", "2026-11-01", "2026-11-01T12:00:00.000Z", "b"],
      ["day-plan", "2026-11-02", "2026-11-02T12:00:00.000Z", "c"],
      ["follow-up", "", "2026-11-05T13:00:00.000Z", "a b c d"],
      ["follow-up-last-call", "", "2026-11-07T13:00:00.000Z", "d"],
    ]);
  });

  it("keeps 07:00 local across Adelaide's fall back (Sunday 2026-04-05, southern autumn)", () => {
    const contacts = [
      contact({
        id: "a",
        conferenceId: "ras",
        createdAt: "2026-02-20T00:00:00.000Z",
        sessions: [session("s1", "2026-04-04T10:00:00+10:30")],
      }),
      // Clocks go back from 03:00 to 02:00: this is the second 02:30.
      contact({
        id: "b",
        conferenceId: "ras",
        createdAt: "2026-02-20T00:00:00.000Z",
        sessions: [session("s2", "2026-04-05T02:30:00+09:30")],
      }),
      contact({
        id: "c",
        conferenceId: "ras",
        createdAt: "2026-02-20T00:00:00.000Z",
        sessions: [session("s3", "2026-04-06T09:00:00+09:30")],
      }),
    ];
    const mails = plan({
      timeZone: "Australia/Adelaide",
      now: "2026-03-01T00:00:00.000Z",
      conferences: [
        conference({
          id: "ras",
          timeZone: "Australia/Adelaide",
          startDate: "2026-04-04",
          endDate: "2026-04-06",
        }),
      ],
      contacts,
    });
    expect(timesOf(mails)).toEqual([
      ["outreach", "", "2026-03-20T21:30:00.000Z", "a b c"],
      ["day-plan", "2026-04-04", "2026-04-03T20:30:00.000Z", "a"],
      ["day-plan", "2026-04-05", "2026-04-04T21:30:00.000Z", "b"],
      ["day-plan", "2026-04-06", "2026-04-05T21:30:00.000Z", "c"],
      ["follow-up", "", "2026-04-08T22:30:00.000Z", "a b c"],
    ]);
  });

  it("moves a send hour that a DST jump skips forward, and takes the first of a repeated one", () => {
    const at = (startDate: string, sendHour: number) =>
      plan({
        timeZone: "America/New_York",
        reminders: { sendHour },
        now: "2026-02-01T00:00:00.000Z",
        conferences: [
          conference({ id: "c1", timeZone: "America/New_York", startDate, endDate: startDate }),
        ],
        contacts: [contact({ id: "a", conferenceId: "c1" })],
      }).map((m) => [m.kind, m.sendAt]);
    // 14 days before March 22 is Sunday March 8, when 02:00 does not exist in New York.
    expect(at("2026-03-22", 2)).toEqual([
      ["outreach", "2026-03-08T07:00:00.000Z"],
      ["follow-up", "2026-03-25T06:00:00.000Z"],
    ]);
    // 14 days before November 15 is Sunday November 1, when 01:00 happens twice.
    expect(at("2026-11-15", 1)).toEqual([
      ["outreach", "2026-11-01T05:00:00.000Z"],
      ["follow-up", "2026-11-18T06:00:00.000Z"],
    ]);
  });

  it("sends the user's reminders in the user's zone and day plans in the conference's", () => {
    const contacts = [
      // 20:00 in Chicago on October 31 is already November 1 in Kolkata: a day-one session.
      contact({
        id: "a",
        conferenceId: "chi",
        createdAt: "2026-09-20T00:00:00.000Z",
        sessions: [session("s1", "2026-10-31T20:00:00-05:00")],
      }),
      contact({
        id: "b",
        conferenceId: "chi",
        createdAt: "2026-09-20T00:00:00.000Z",
        sessions: [session("s2", "2026-11-01T09:00:00-06:00")],
      }),
      contact({ id: "c", conferenceId: "chi", status: "met" }),
    ];
    const mails = plan({
      timeZone: "Asia/Kolkata",
      now: "2026-10-01T00:00:00.000Z",
      conferences: [
        conference({
          id: "chi",
          timeZone: "America/Chicago",
          startDate: "2026-10-31",
          endDate: "2026-11-02",
        }),
      ],
      contacts,
    });
    expect(timesOf(mails)).toEqual([
      ["outreach", "", "2026-10-17T02:30:00.000Z", "a b"],
      ["day-plan", "2026-10-31", "2026-10-31T12:00:00.000Z", "a"],
      ["day-plan", "2026-11-01", "2026-11-01T13:00:00.000Z", "b"],
      ["follow-up", "", "2026-11-05T02:30:00.000Z", "a b c"],
      ["follow-up-last-call", "", "2026-11-07T02:30:00.000Z", "c"],
    ]);
  });

  it("keeps a conference in a zone without DST on one UTC hour while the user's zone changes", () => {
    const contacts = ["2026-03-07", "2026-03-08", "2026-03-09"].map((day, i) =>
      contact({
        id: `t${i}`,
        conferenceId: "phx",
        sessions: [session(`s${i}`, `${day}T09:00:00-07:00`)],
      }),
    );
    const mails = plan({
      timeZone: "America/New_York",
      now: "2026-02-01T00:00:00.000Z",
      conferences: [
        conference({
          id: "phx",
          timeZone: "America/Phoenix",
          startDate: "2026-03-07",
          endDate: "2026-03-09",
        }),
      ],
      contacts,
    });
    expect(ofKind(mails, "day-plan").map((m) => m.sendAt)).toEqual([
      "2026-03-07T14:00:00.000Z",
      "2026-03-08T14:00:00.000Z",
      "2026-03-09T14:00:00.000Z",
    ]);
    expect(timesOf(mails).filter(([kind]) => kind !== "day-plan")).toEqual([
      ["outreach", "", "2026-02-21T13:00:00.000Z", "t0 t1 t2"],
      ["follow-up", "", "2026-03-12T12:00:00.000Z", "t0 t1 t2"],
    ]);
  });
});
