import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../../web/src/format";

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
