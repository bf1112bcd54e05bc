import { describe, expect, it } from "vitest";
import { conference, contact, idOf, ofKind, plan, session } from "./fixtures";

const sages = conference({
  id: "sages",
  timeZone: "America/Chicago",
  startDate: "2026-04-15",
  endDate: "2026-04-17",
});

describe("day plan", () => {
  it("comes at 07:00 in the conference's zone on each day a target still to meet speaks", () => {
    const contacts = [
      contact({
        id: "a",
        conferenceId: "sages",
        sessions: [session("s1", "2026-04-15T09:00:00-05:00")],
      }),
      contact({
        id: "b",
        conferenceId: "sages",
        status: "emailed",
        // An evening session is on the 16th in Chicago, though the 17th in UTC; two sessions on
        // one day list the person once.
        sessions: [
          session("s2", "2026-04-16T23:30:00-05:00"),
          session("s3", "2026-04-16T10:00-05:00"),
        ],
      }),
      contact({
        id: "c",
        conferenceId: "sages",
        status: "met",
        sessions: [session("s4", "2026-04-17T09:00:00-05:00")],
      }),
      // A course the day before the conference is not a conference day.
      contact({
        id: "d",
        conferenceId: "sages",
        sessions: [session("s5", "2026-04-14T09:00:00-05:00")],
      }),
      contact({ id: "e", conferenceId: "sages" }),
    ];
    const mails = plan({
      timeZone: "America/New_York",
      now: "2026-03-20T15:00:00.000Z",
      conferences: [sages],
      contacts,
    });
    expect(ofKind(mails, "day-plan")).toEqual([
      {
        id: idOf("day-plan", "sages", "2026-04-15"),
        kind: "day-plan",
        sendAt: "2026-04-15T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["a"],
        date: "2026-04-15",
      },
      {
        id: idOf("day-plan", "sages", "2026-04-16"),
        kind: "day-plan",
        sendAt: "2026-04-16T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["b"],
        date: "2026-04-16",
      },
    ]);
  });

  it("is not planned for a conference whose targets have no sessions", () => {
    const mails = plan({
      timeZone: "America/New_York",
      now: "2026-03-20T15:00:00.000Z",
      conferences: [sages],
      contacts: [contact({ id: "a", conferenceId: "sages" })],
    });
    expect(ofKind(mails, "day-plan")).toEqual([]);
  });
});
