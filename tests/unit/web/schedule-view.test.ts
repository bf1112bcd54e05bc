import { describe, expect, it } from "vitest";
import type { ScheduledMail } from "../../../schemas/outbox";
import { mailTitle, nextPlanned, scheduleHref } from "../../../web/src/schedule-view";

const mail = (id: string, sendAt: string, status: ScheduledMail["status"]): ScheduledMail => ({
  id,
  kind: "outreach",
  sendAt,
  status,
  conferenceId: "conf1",
  contactIds: ["c1"],
  attempts: 0,
});

describe("mailTitle", () => {
  it("names each kind in words, and the day a day plan is for", () => {
    expect(mailTitle({ kind: "outreach" })).toBe("Reminder to send your intro emails");
    expect(mailTitle({ kind: "day-plan", date: "2027-04-15" }, "en-US")).toBe(
      "Day plan for Thu, Apr 15",
    );
    expect(mailTitle({ kind: "follow-up-last-call" })).toBe("Last follow-up reminder");
    expect(mailTitle({ kind: "keep-in-touch" })).toBe("Keep-in-touch reminder");
  });
});

describe("nextPlanned", () => {
  it("finds the soonest email still planned, passing over sent, skipped and failed ones", () => {
    const list = [
      mail("late", "2027-04-20T13:00:00.000Z", "planned"),
      mail("sent", "2027-03-01T13:00:00.000Z", "sent"),
      mail("skipped", "2027-03-15T13:00:00.000Z", "skipped"),
      mail("soon", "2027-04-01T13:00:00.000Z", "planned"),
      mail("failed", "2027-03-20T13:00:00.000Z", "failed"),
    ];
    expect(nextPlanned(list)?.id).toBe("soon");
    expect(list.map((m) => m.id)).toEqual(["late", "sent", "skipped", "soon", "failed"]);
  });

  it("takes the first id of two due at once, and finds none when nothing is planned", () => {
    const at = "2027-04-15T12:00:00.000Z";
    expect(nextPlanned([mail("b", at, "planned"), mail("a", at, "planned")])?.id).toBe("a");
    expect(nextPlanned([mail("x", at, "cancelled")])).toBeUndefined();
  });
});

describe("scheduleHref", () => {
  it("links to the conference's schedule, or to the whole one for mail outside conferences", () => {
    expect(scheduleHref({ conferenceId: "conf1" })).toBe("/conferences/conf1/schedule");
    expect(scheduleHref({})).toBe("/schedule");
  });
});
