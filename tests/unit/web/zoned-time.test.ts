import { describe, expect, it } from "vitest";
import { fromZonedInput, toZonedInput } from "../../../web/src/zoned-time";

describe("wall-clock inputs in a named zone", () => {
  it("shows an instant on the zone's clock, not the machine's", () => {
    expect(toZonedInput("2027-04-16T15:30:00.000Z", "America/Chicago")).toBe("2027-04-16T10:30");
    expect(toZonedInput("2027-04-16T15:30:00.000Z", "Asia/Kolkata")).toBe("2027-04-16T21:00");
    expect(toZonedInput("2027-04-16T03:30:00.000Z", "America/Chicago")).toBe("2027-04-15T22:30");
  });

  it("reads a wall time back as the instant it means there", () => {
    expect(fromZonedInput("2027-04-16T10:30", "America/Chicago")).toBe("2027-04-16T15:30:00.000Z");
    expect(fromZonedInput("2027-01-16T10:30", "America/Chicago")).toBe("2027-01-16T16:30:00.000Z");
    expect(fromZonedInput("2027-04-16T21:00", "Asia/Kolkata")).toBe("2027-04-16T15:30:00.000Z");
    expect(fromZonedInput("2027-04-16T10:30:15", "UTC")).toBe("2027-04-16T10:30:15.000Z");
  });

  it("takes the first of a time that happens twice when clocks go back", () => {
    // 2027-11-07: 1:30 happens in CDT, then again in CST.
    expect(fromZonedInput("2027-11-07T01:30", "America/Chicago")).toBe("2027-11-07T06:30:00.000Z");
  });

  it("reads a time skipped when clocks go forward with the offset before the change", () => {
    // 2027-03-14: 2:00 CST jumps to 3:00 CDT; 2:30 is read as CST, which is 3:30 CDT.
    expect(fromZonedInput("2027-03-14T02:30", "America/Chicago")).toBe("2027-03-14T08:30:00.000Z");
    // Just after the change, the wall time is CDT.
    expect(fromZonedInput("2027-03-14T03:30", "America/Chicago")).toBe("2027-03-14T08:30:00.000Z");
  });

  it("round-trips every quarter hour of a day with a clock change", () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const at = new Date(Date.UTC(2027, 10, 7, 5) + minutes * 60_000).toISOString();
      expect(fromZonedInput(toZonedInput(at, "America/Chicago"), "America/Chicago")).toBe(
        // 1:00–1:59 CST repeats a wall time already seen in CDT and reads as that first one.
        at >= "2027-11-07T07:00:00.000Z" && at < "2027-11-07T08:00:00.000Z"
          ? new Date(Date.parse(at) - 3_600_000).toISOString()
          : at,
      );
    }
  });

  it("refuses what is not a date and time", () => {
    expect(fromZonedInput("", "UTC")).toBe(undefined);
    expect(fromZonedInput("2027-04-16", "UTC")).toBe(undefined);
    expect(fromZonedInput("10:30", "UTC")).toBe(undefined);
  });
});
