import { describe, expect, it } from "vitest";
import { kindNames, mailKinds } from "../../../schemas/mail-plan";

describe("reminder kind names", () => {
  it("names every kind the planner makes, in the words of a footer and of Settings", () => {
    expect(kindNames).toEqual({
      outreach: "reminders to send intro emails",
      "day-plan": "day plans",
      "follow-up": "follow-up reminders",
      "follow-up-last-call": "last follow-up reminders",
      "keep-in-touch": "keep-in-touch reminders",
    });
    expect(Object.keys(kindNames).sort()).toEqual([...mailKinds].sort());
  });
});
