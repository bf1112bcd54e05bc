import { describe, expect, it } from "vitest";
import { counted, formatDateTime } from "../../../web/src/format";

describe("formatDateTime", () => {
  it("shows the time in the given zone and names the zone", () => {
    expect(formatDateTime("2027-04-15T13:00:00Z", "America/Chicago", "en-US")).toBe(
      "Thu, Apr 15, 2027, 8:00 AM CDT",
    );
    expect(formatDateTime("2027-04-15T13:00:00Z", "Asia/Kolkata", "en-US")).toBe(
      "Thu, Apr 15, 2027, 6:30 PM GMT+5:30",
    );
  });
});

describe("counted", () => {
  it("puts the noun in the plural unless the count is one, with thousands grouped", () => {
    expect(counted(0, "matching session")).toBe("0 matching sessions");
    expect(counted(1, "warning")).toBe("1 warning");
    expect(counted(1200, "import warning")).toBe("1,200 import warnings");
  });
});
