import { describe, expect, it } from "vitest";
import { signInRequestSchema } from "../../../schemas/account";
import { onboardingSchema, profileFieldsSchema } from "../../../schemas/profile";
import { check, joinList, problemsByField, splitList } from "../../../web/src/forms";
import { safeReturnPath } from "../../../web/src/return-path";

describe("check", () => {
  it("returns the parsed value when the form is valid", () => {
    expect(check(signInRequestSchema, { email: "  a@b.org " })).toEqual({
      value: { email: "a@b.org" },
      errors: {},
      general: [],
    });
  });

  it("keys each message by its field path, first message per field", () => {
    const result = check(onboardingSchema, {
      name: " ",
      position: "Preliminary Surgery Resident",
      institution: "",
      timeZone: "Mars/Olympus",
    });
    expect(result.value).toBeUndefined();
    expect(result.errors).toEqual({
      name: "Your name is required.",
      institution: "Your institution is required.",
      timeZone: "Choose a time zone from the list, or type an IANA name such as America/New_York",
    });
  });

  it("names nested fields with dots", () => {
    const result = check(profileFieldsSchema, {
      name: "A",
      credentials: [],
      position: "P",
      institution: "I",
      linkedinUrl: "",
      timeZone: "UTC",
      goals: { planA: "", planB: "", planC: "" },
      interests: [],
      targetPrograms: [{ name: "", note: "visa-friendly" }],
      introScript: "Hello {{nobody}}",
      reminders: { sendHour: 24, outreachDaysBefore: 14, followUpDay: 3 },
    });
    expect(result.errors).toEqual({
      "targetPrograms.0.name": "The program name is required.",
      introScript: expect.stringMatching(/^Unknown merge field \{\{nobody\}\}/),
      "reminders.sendHour": "Pick an hour from 0 to 23.",
    });
  });
});

describe("problemsByField", () => {
  it("splits the API's problem lines into fields and the rest", () => {
    expect(
      problemsByField([
        "name: Your name is required.",
        "reminders.sendHour: Pick an hour from 0 to 23.",
        "Invalid key: Expected never but received ta",
      ]),
    ).toEqual({
      errors: {
        name: "Your name is required.",
        "reminders.sendHour": "Pick an hour from 0 to 23.",
      },
      general: ["Invalid key: Expected never but received ta"],
    });
  });
});

describe("lists typed as text", () => {
  it("splits on commas and drops blanks", () => {
    expect(splitList(" MBBS,  MRCS ,, FACS,")).toEqual(["MBBS", "MRCS", "FACS"]);
    expect(splitList("  ")).toEqual([]);
    expect(joinList(["MBBS", "MRCS"])).toBe("MBBS, MRCS");
  });
});

describe("safeReturnPath", () => {
  it("keeps paths inside the app", () => {
    expect(safeReturnPath("/settings")).toBe("/settings");
    expect(safeReturnPath("/conferences/abc?tab=people")).toBe("/conferences/abc?tab=people");
  });

  it("refuses other sites, the sign-in pages and anything that is not a path", () => {
    for (const path of [
      "//evil.example/x",
      "https://evil.example",
      "/\\evil.example",
      "/sign-in",
      "/sign-in/confirm",
      "/sign-in?x=1",
      "settings",
      42,
      undefined,
    ]) {
      expect(safeReturnPath(path)).toBe("/");
    }
  });

  it("does not mistake a page that merely starts with the same letters for sign-in", () => {
    expect(safeReturnPath("/sign-ins-report")).toBe("/sign-ins-report");
  });
});
