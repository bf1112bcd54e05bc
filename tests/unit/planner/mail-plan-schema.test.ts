import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  keepInTouchDaysSchema,
  mailKindSchema,
  plannedMailSchema,
} from "../../../schemas/mail-plan";

const problems = (schema: v.GenericSchema, value: unknown) => {
  const result = v.safeParse(schema, value);
  return result.success ? [] : result.issues.map((issue) => issue.message);
};

describe("mail plan schemas", () => {
  it("takes 7 to 365 whole days between keep-in-touch reminders", () => {
    expect(problems(keepInTouchDaysSchema, 7)).toEqual([]);
    expect(problems(keepInTouchDaysSchema, 365)).toEqual([]);
    expect(problems(keepInTouchDaysSchema, 0)).toEqual(["Pick 7 to 365 days."]);
    expect(problems(keepInTouchDaysSchema, 366)).toEqual(["Pick 7 to 365 days."]);
    expect(problems(keepInTouchDaysSchema, 30.5)).toEqual(["Pick a whole number of days."]);
  });

  it("names the reminder kinds when given another", () => {
    expect(problems(mailKindSchema, "sign-in")).toEqual([
      "Choose a reminder: outreach, day-plan, follow-up, follow-up-last-call or keep-in-touch.",
    ]);
  });

  it("refuses a planned mail whose id could not stand in a sort key", () => {
    const mail = {
      id: "ERwonn8UlZXuqcfKEYF8c0",
      kind: "follow-up",
      sendAt: "2026-04-20T12:00:00.000Z",
      contactIds: ["a"],
    };
    expect(v.is(plannedMailSchema, mail)).toBe(true);
    expect(v.is(plannedMailSchema, { ...mail, id: "MAIL#x" })).toBe(false);
  });
});
