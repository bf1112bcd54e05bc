import { describe, expect, it } from "vitest";
import { conference, contact, idOf, inOutbox, ofKind, plan } from "./fixtures";

// Day one is Wednesday 2026-04-15 in Chicago; the user lives in New York (EDT, UTC-4, by then).
const sages = conference({
  id: "sages",
  timeZone: "America/Chicago",
  startDate: "2026-04-15",
  endDate: "2026-04-17",
});
const outreach = (input: Omit<Parameters<typeof plan>[0], "timeZone" | "conferences">) =>
  ofKind(plan({ timeZone: "America/New_York", conferences: [sages], ...input }), "outreach");
const mainId = idOf("outreach", "sages", "2026-04-01");

describe("outreach", () => {
  it("goes out 14 days before day one at 08:00 in the user's zone, for targets not yet emailed", () => {
    const contacts = [
      contact({ id: "b", conferenceId: "sages", createdAt: "2026-03-12T14:00:00.000Z" }),
      contact({ id: "a", conferenceId: "sages", createdAt: "2026-03-10T14:00:00.000Z" }),
      contact({ id: "c", conferenceId: "sages", status: "emailed" }),
      contact({ id: "d", conferenceId: "sages", status: "met" }),
      contact({ id: "e", conferenceId: "acs" }),
      contact({ id: "f" }),
    ];
    expect(outreach({ now: "2026-03-20T15:00:00.000Z", contacts })).toEqual([
      {
        id: mainId,
        kind: "outreach",
        sendAt: "2026-04-01T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["a", "b"],
      },
    ]);
  });

  it("takes a target flagged on its morning before its hour", () => {
    const contacts = [
      contact({ id: "a", conferenceId: "sages", createdAt: "2026-04-01T11:59:00.000Z" }),
    ];
    expect(outreach({ now: "2026-04-01T11:59:30.000Z", contacts })).toEqual([
      {
        id: mainId,
        kind: "outreach",
        sendAt: "2026-04-01T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["a"],
      },
    ]);
  });

  it("sends targets flagged after it in a digest the next morning, one per day of flagging", () => {
    const contacts = [
      contact({ id: "a", conferenceId: "sages", createdAt: "2026-03-10T14:00:00.000Z" }),
      // 16:00 and 23:30 on April 3 in New York: one digest on the 4th.
      contact({ id: "e", conferenceId: "sages", createdAt: "2026-04-03T20:00:00.000Z" }),
      contact({ id: "f", conferenceId: "sages", createdAt: "2026-04-04T03:30:00.000Z" }),
      // 00:30 on April 4 in New York, though still April 3 in Chicago: the digest of the 5th.
      contact({ id: "g", conferenceId: "sages", createdAt: "2026-04-04T04:30:00.000Z" }),
      contact({
        id: "h",
        conferenceId: "sages",
        status: "emailed",
        createdAt: "2026-04-03T21:00:00.000Z",
      }),
    ];
    // The first mail's time is past and it was never planned, so only the digests remain.
    expect(outreach({ now: "2026-04-04T05:00:00.000Z", contacts })).toEqual([
      {
        id: idOf("outreach", "sages", "2026-04-04"),
        kind: "outreach",
        sendAt: "2026-04-04T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["e", "f"],
      },
      {
        id: idOf("outreach", "sages", "2026-04-05"),
        kind: "outreach",
        sendAt: "2026-04-05T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["g"],
      },
    ]);
  });

  it("keeps the first mail, late, when the outbox still holds it as pending", () => {
    const contacts = [
      contact({ id: "a", conferenceId: "sages", createdAt: "2026-03-10T14:00:00.000Z" }),
      contact({ id: "e", conferenceId: "sages", createdAt: "2026-04-03T20:00:00.000Z" }),
    ];
    const first = {
      id: mainId,
      kind: "outreach" as const,
      sendAt: "2026-04-01T12:00:00.000Z",
      conferenceId: "sages",
      contactIds: ["a"],
    };
    expect(
      outreach({ now: "2026-04-04T05:00:00.000Z", contacts, existing: [inOutbox(first)] }),
    ).toEqual([
      first,
      {
        id: idOf("outreach", "sages", "2026-04-04"),
        kind: "outreach",
        sendAt: "2026-04-04T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["e"],
      },
    ]);
  });

  it("has no digest on or after the conference's first day", () => {
    const contacts = [
      contact({ id: "j", conferenceId: "sages", createdAt: "2026-04-13T14:00:00.000Z" }),
      // 00:30 on April 14 in New York: its next morning is day one.
      contact({ id: "k", conferenceId: "sages", createdAt: "2026-04-14T04:30:00.000Z" }),
    ];
    expect(outreach({ now: "2026-04-14T05:00:00.000Z", contacts })).toEqual([
      {
        id: idOf("outreach", "sages", "2026-04-14"),
        kind: "outreach",
        sendAt: "2026-04-14T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["j"],
      },
    ]);
  });

  it("is not planned when every target has been emailed", () => {
    const contacts = [
      contact({ id: "c", conferenceId: "sages", status: "emailed" }),
      contact({ id: "d", conferenceId: "sages", status: "met" }),
    ];
    expect(outreach({ now: "2026-03-20T15:00:00.000Z", contacts })).toEqual([]);
  });

  it("follows the days-before setting", () => {
    const contacts = [contact({ id: "a", conferenceId: "sages" })];
    expect(
      outreach({ now: "2026-03-20T15:00:00.000Z", contacts, reminders: { outreachDaysBefore: 7 } }),
    ).toEqual([
      {
        id: idOf("outreach", "sages", "2026-04-08"),
        kind: "outreach",
        sendAt: "2026-04-08T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["a"],
      },
    ]);
  });
});
