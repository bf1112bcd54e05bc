import { describe, expect, it } from "vitest";
import { diffPlan, type ExistingMail } from "../../../functions/domain/planner";
import {
  conference,
  contact,
  idOf,
  inOutbox,
  logEntry,
  ofKind,
  plan,
  reissuedId,
  session,
} from "./fixtures";

const sages = conference({
  id: "sages",
  timeZone: "America/Chicago",
  startDate: "2026-04-15",
  endDate: "2026-04-17",
});
const contacts = [
  contact({
    id: "a",
    conferenceId: "sages",
    sessions: [session("s1", "2026-04-15T09:00:00-05:00")],
  }),
  contact({
    id: "b",
    conferenceId: "sages",
    status: "met",
    sessions: [session("s2", "2026-04-16T09:00:00-05:00")],
  }),
  contact({ id: "m", mentor: true, createdAt: "2026-03-01T15:00:00.000Z" }),
];
const interactions = [logEntry("b", "met", "2026-03-10T15:00:00.000Z")];
const input = {
  timeZone: "America/New_York",
  now: "2026-03-20T15:00:00.000Z",
  conferences: [sages],
  contacts,
  interactions,
};

describe("planMail", () => {
  it("plans every kind, in order of sending", () => {
    expect(plan(input).map((m) => [m.kind, m.sendAt, m.contactIds.join(" ")])).toEqual([
      ["outreach", "2026-04-01T12:00:00.000Z", "a"],
      ["day-plan", "2026-04-15T12:00:00.000Z", "a"],
      ["follow-up", "2026-04-20T12:00:00.000Z", "a b"],
      ["follow-up-last-call", "2026-04-22T12:00:00.000Z", "b"],
      ["keep-in-touch", "2026-04-30T12:00:00.000Z", "m"],
    ]);
  });

  it("names each mail by a hash of its kind and slot, safe in a sort key", () => {
    const dayPlan = ofKind(plan(input), "day-plan")[0];
    expect(dayPlan?.id).toBe("k7O3vFyVRHgFwGUlqz3YKW");
    expect(ofKind(plan(input), "follow-up")[0]?.id).toBe("ERwonn8UlZXuqcfKEYF8c0");
  });

  it("gives the same plan when planned twice, in any input order, and then nothing to change", () => {
    const first = plan(input);
    const existing = first.map((mail) => inOutbox(mail));
    const second = plan({
      ...input,
      contacts: [...contacts].reverse(),
      existing: [...existing].reverse(),
    });
    expect(second).toEqual(first);
    expect(diffPlan(second, existing)).toEqual({ add: [], reschedule: [], cancel: [] });
  });

  it("leaves out the kinds turned off", () => {
    const mails = plan({ ...input, mailKindsOff: ["day-plan", "keep-in-touch", "outreach"] });
    expect(mails.map((m) => m.kind)).toEqual(["follow-up", "follow-up-last-call"]);
  });

  describe("a time already past", () => {
    const followUp = {
      id: idOf("follow-up", "sages"),
      kind: "follow-up" as const,
      sendAt: "2026-04-20T12:00:00.000Z",
      conferenceId: "sages",
      contactIds: ["a", "b"],
    };
    const at = (now: string, existing: ExistingMail[] = []) =>
      ofKind(plan({ ...input, now, existing }), "follow-up");

    it("is not planned, down to the millisecond", () => {
      expect(at("2026-04-20T11:59:59.999Z")).toEqual([followUp]);
      expect(at("2026-04-20T12:00:00.000Z")).toEqual([]);
    });

    it("is kept while the outbox holds it as pending, so it goes out late", () => {
      expect(at("2026-04-21T09:00:00.000Z", [inOutbox(followUp)])).toEqual([followUp]);
    });

    it("is not planned again once sent, failed or skipped, nor are such mail in the future", () => {
      for (const status of ["sent", "failed", "skipped"]) {
        expect(at("2026-04-21T09:00:00.000Z", [inOutbox(followUp, status)])).toEqual([]);
        expect(at("2026-03-20T15:00:00.000Z", [inOutbox(followUp, status)])).toEqual([]);
      }
    });
  });

  it("brings a cancelled mail back under the next id of its chain when it is wanted again", () => {
    const first = idOf("follow-up", "sages");
    const cancelled = (id: string): ExistingMail => ({
      id,
      kind: "follow-up",
      sendAt: "2026-04-20T12:00:00.000Z",
      status: "cancelled",
      contactIds: ["a"],
    });
    const ids = (existing: ExistingMail[]) =>
      ofKind(plan({ ...input, existing }), "follow-up").map((m) => m.id);
    expect(ids([cancelled(first)])).toEqual(["rAZrdCTm9_eWPBOVgE5rg4"]);
    expect(ids([cancelled(first), cancelled(reissuedId(first, 1))])).toEqual([
      reissuedId(first, 2),
    ]);
  });
});
