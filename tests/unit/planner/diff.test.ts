import { describe, expect, it } from "vitest";
import { diffPlan, type ExistingMail } from "../../../functions/domain/planner";
import type { PlannedMail } from "../../../schemas/mail-plan";

const mail = (id: string, sendAt: string, contactIds: string[]): PlannedMail => ({
  id,
  kind: "follow-up",
  sendAt,
  conferenceId: "sages",
  contactIds,
});
const stored = (
  id: string,
  status: string,
  sendAt = "2026-04-20T12:00:00.000Z",
  contactIds = ["a", "b"],
  kind = "follow-up",
): ExistingMail => ({ id, kind, sendAt, status, contactIds });

describe("diffPlan", () => {
  it("adds mail the outbox does not hold", () => {
    const planned = [mail("new", "2026-04-20T12:00:00.000Z", ["a"])];
    expect(diffPlan(planned, [])).toEqual({ add: planned, reschedule: [], cancel: [] });
  });

  it("reschedules pending mail whose time or contacts changed", () => {
    const later = mail("x", "2026-04-20T13:00:00.000Z", ["a", "b"]);
    const fewer = mail("y", "2026-04-20T12:00:00.000Z", ["a"]);
    const existing = [stored("x", "planned"), stored("y", "planned")];
    expect(diffPlan([later, fewer], existing)).toEqual({
      add: [],
      reschedule: [later, fewer],
      cancel: [],
    });
  });

  it("changes nothing for the same instant and contacts, however they are written", () => {
    const same = mail("x", "2026-04-20T12:00:00.000Z", ["a", "b"]);
    const existing = [stored("x", "planned", "2026-04-20T12:00:00Z", ["b", "a"])];
    expect(diffPlan([same], existing)).toEqual({ add: [], reschedule: [], cancel: [] });
  });

  it("cancels pending planner mail no longer wanted, and leaves everything else alone", () => {
    const existing = [
      stored("gone", "planned"),
      stored("sent", "sent"),
      stored("failed", "failed"),
      stored("cancelled", "cancelled"),
      stored("skipped", "skipped"),
      stored("sign-in", "planned", "2026-04-20T12:00:00.000Z", [], "sign-in"),
    ];
    expect(diffPlan([], existing)).toEqual({ add: [], reschedule: [], cancel: ["gone"] });
  });

  it("does not touch mail that is no longer pending, even when the plan differs", () => {
    const planned = [mail("sent", "2026-04-21T12:00:00.000Z", ["a"])];
    expect(diffPlan(planned, [stored("sent", "sent")])).toEqual({
      add: [],
      reschedule: [],
      cancel: [],
    });
  });
});
