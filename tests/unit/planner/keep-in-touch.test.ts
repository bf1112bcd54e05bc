import { describe, expect, it } from "vitest";
import { diffPlan } from "../../../functions/domain/planner";
import { contact, idOf, inOutbox, logEntry, plan } from "./fixtures";

const user = { timeZone: "America/New_York", now: "2026-03-05T00:00:00.000Z" };
const mentor = contact({ id: "m", mentor: true, createdAt: "2026-01-10T15:00:00.000Z" });
const log = [
  logEntry("m", "met", "2026-02-01T18:00:00.000Z"),
  logEntry("m", "other", "2026-02-20T14:00:00.000Z"),
  // "Not met" is no contact: it does not restart the count.
  logEntry("m", "not-met", "2026-03-01T15:00:00.000Z"),
];

describe("keep in touch", () => {
  it("comes 60 days after a mentor's last logged contact, at the send hour", () => {
    const mails = plan({
      ...user,
      contacts: [mentor, contact({ id: "n", createdAt: "2026-01-10T15:00:00.000Z" })],
      interactions: log,
    });
    expect(mails).toEqual([
      {
        id: idOf("keep-in-touch", "m", "2026-04-21"),
        kind: "keep-in-touch",
        sendAt: "2026-04-21T12:00:00.000Z",
        contactIds: ["m"],
      },
    ]);
  });

  it("moves to a new id when a contact is logged, and the old one is cancelled", () => {
    const before = plan({ ...user, contacts: [mentor], interactions: log });
    const existing = before.map((mail) => inOutbox(mail));
    const after = plan({
      ...user,
      contacts: [mentor],
      interactions: [...log, logEntry("m", "emailed", "2026-03-04T16:00:00.000Z")],
      existing,
    });
    const moved = {
      id: idOf("keep-in-touch", "m", "2026-05-03"),
      kind: "keep-in-touch",
      sendAt: "2026-05-03T12:00:00.000Z",
      contactIds: ["m"],
    };
    expect(after).toEqual([moved]);
    expect(diffPlan(after, existing)).toEqual({
      add: [moved],
      reschedule: [],
      cancel: [idOf("keep-in-touch", "m", "2026-04-21")],
    });
  });

  it("counts from the day the contact was added when nothing is logged, with the chosen period", () => {
    const mails = plan({
      ...user,
      keepInTouchDays: 90,
      contacts: [contact({ id: "p", mentor: true, createdAt: "2026-03-01T15:00:00.000Z" })],
    });
    expect(mails.map((m) => [m.id, m.sendAt])).toEqual([
      [idOf("keep-in-touch", "p", "2026-05-30"), "2026-05-30T12:00:00.000Z"],
    ]);
  });

  it("keeps the cadence when nothing was logged since the last reminder", () => {
    // Added on 2025-06-01: reminders fall on Jul 31, Sep 29, Nov 28, Jan 27 and Mar 28.
    const q = contact({ id: "q", mentor: true, createdAt: "2025-06-01T12:00:00.000Z" });
    expect(plan({ ...user, contacts: [q] }).map((m) => [m.id, m.sendAt])).toEqual([
      [idOf("keep-in-touch", "q", "2026-03-28"), "2026-03-28T12:00:00.000Z"],
    ]);
    const missed = {
      id: idOf("keep-in-touch", "q", "2026-01-27"),
      kind: "keep-in-touch",
      sendAt: "2026-01-27T13:00:00.000Z",
      status: "planned",
      contactIds: ["q"],
    };
    expect(
      plan({ ...user, contacts: [q], existing: [missed] }).map((m) => [m.id, m.sendAt]),
    ).toEqual([
      [missed.id, "2026-01-27T13:00:00.000Z"],
      [idOf("keep-in-touch", "q", "2026-03-28"), "2026-03-28T12:00:00.000Z"],
    ]);
  });

  it("is the one due later today until its hour, then the next one", () => {
    // Added 60 days before March 4; 08:00 EST that day is 13:00 UTC.
    const r = contact({ id: "r", mentor: true, createdAt: "2026-01-03T15:00:00.000Z" });
    const at = (now: string) =>
      plan({ timeZone: "America/New_York", now, contacts: [r] }).map((m) => [m.id, m.sendAt]);
    expect(at("2026-03-04T12:59:59.999Z")).toEqual([
      [idOf("keep-in-touch", "r", "2026-03-04"), "2026-03-04T13:00:00.000Z"],
    ]);
    expect(at("2026-03-04T13:00:00.000Z")).toEqual([
      [idOf("keep-in-touch", "r", "2026-05-03"), "2026-05-03T12:00:00.000Z"],
    ]);
  });
});
