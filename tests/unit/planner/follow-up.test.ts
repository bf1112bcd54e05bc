import { describe, expect, it } from "vitest";
import { conference, contact, idOf, logEntry, ofKind, plan } from "./fixtures";

const sages = conference({
  id: "sages",
  timeZone: "America/Chicago",
  startDate: "2026-04-15",
  endDate: "2026-04-17",
});
const followUps = (input: Omit<Parameters<typeof plan>[0], "timeZone" | "conferences" | "now">) =>
  plan({
    timeZone: "America/New_York",
    now: "2026-04-18T15:00:00.000Z",
    conferences: [sages],
    mailKindsOff: ["outreach", "day-plan", "keep-in-touch"],
    ...input,
  });

describe("follow-up", () => {
  const contacts = [
    contact({ id: "a", conferenceId: "sages", status: "met" }),
    contact({ id: "b", conferenceId: "sages", status: "target" }),
    contact({ id: "c", conferenceId: "sages", status: "emailed" }),
    contact({ id: "d", conferenceId: "sages", status: "followed-up" }),
    contact({ id: "e", conferenceId: "sages", status: "not-met" }),
    // Followed up after a first meeting, then met again: the follow-up is logged.
    contact({ id: "f", conferenceId: "sages", status: "met" }),
    contact({ id: "g", conferenceId: "sages", status: "met" }),
    contact({ id: "h", status: "met" }),
  ];
  const interactions = [
    logEntry("a", "met", "2026-04-15T15:00:00.000Z"),
    logEntry("f", "met", "2026-04-15T16:00:00.000Z"),
    logEntry("f", "followed-up", "2026-04-15T20:00:00.000Z"),
    logEntry("f", "met", "2026-04-16T16:00:00.000Z"),
    logEntry("g", "met", "2026-04-16T17:00:00.000Z"),
  ];

  it("comes 3 days after the last day for those met and targets not marked; the last call 2 days later for those met and not followed up", () => {
    expect(followUps({ contacts, interactions })).toEqual([
      {
        id: idOf("follow-up", "sages"),
        kind: "follow-up",
        sendAt: "2026-04-20T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["a", "b", "c", "f", "g"],
      },
      {
        id: idOf("follow-up-last-call", "sages"),
        kind: "follow-up-last-call",
        sendAt: "2026-04-22T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["a", "g"],
      },
    ]);
  });

  it("follows the follow-up day setting", () => {
    const mails = followUps({
      contacts,
      interactions,
      reminders: { followUpDay: 5, sendHour: 18 },
    });
    expect(mails.map((m) => [m.kind, m.sendAt])).toEqual([
      ["follow-up", "2026-04-22T22:00:00.000Z"],
      ["follow-up-last-call", "2026-04-24T22:00:00.000Z"],
    ]);
  });

  it("asks about unmarked targets even when nobody was met, and has no last call then", () => {
    const mails = followUps({ contacts: [contact({ id: "b", conferenceId: "sages" })] });
    expect(ofKind(mails, "follow-up")).toEqual([
      {
        id: idOf("follow-up", "sages"),
        kind: "follow-up",
        sendAt: "2026-04-20T12:00:00.000Z",
        conferenceId: "sages",
        contactIds: ["b"],
      },
    ]);
    expect(ofKind(mails, "follow-up-last-call")).toEqual([]);
  });

  it("is not planned when nobody was met and no target is left unmarked", () => {
    const done = contacts.filter((c) => c.status === "followed-up" || c.status === "not-met");
    expect(followUps({ contacts: done, interactions })).toEqual([]);
  });
});
