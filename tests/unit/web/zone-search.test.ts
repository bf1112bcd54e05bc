import { describe, expect, it } from "vitest";
import { searchZones, zoneDescription } from "../../../web/src/zone-search";

describe("time-zone search", () => {
  it("finds a zone by its city, in any case and spacing", () => {
    expect(searchZones("new york")).toEqual(["America/New_York"]);
    expect(searchZones("  New   York ")).toEqual(["America/New_York"]);
    expect(searchZones("Chicago")).toEqual(["America/Chicago"]);
    expect(searchZones("London")).toEqual(["Europe/London"]);
    expect(searchZones("sao paulo")).toEqual(["America/Sao_Paulo"]);
  });

  it("finds a zone by the region or abbreviation people say, the likeliest first", () => {
    expect(searchZones("Eastern Time")).toEqual(["America/New_York", "America/Toronto"]);
    expect(searchZones("EST").slice(0, 2)).toEqual(["America/New_York", "America/Toronto"]);
    expect(searchZones("pacific").slice(0, 1)).toEqual(["America/Los_Angeles"]);
    expect(searchZones("IST")[0]).toBe("Asia/Kolkata");
    expect(searchZones("kolkata")).toEqual(["Asia/Kolkata"]);
    expect(searchZones("utc")).toEqual(["UTC"]);
  });

  it("takes an IANA name as it is, and finds nothing for nonsense", () => {
    expect(searchZones("america/chicago")).toEqual(["America/Chicago"]);
    expect(searchZones("zzzz")).toEqual([]);
    expect(searchZones("   ")).toEqual([]);
  });

  it("lists at most the number asked for", () => {
    expect(searchZones("america", 3)).toHaveLength(3);
  });

  it("describes a zone by its name and its offset at a given moment", () => {
    const winter = new Date("2026-12-05T12:00:00Z");
    const summer = new Date("2026-07-05T12:00:00Z");
    expect(zoneDescription("America/New_York", winter)).toBe("Eastern Time, GMT-5 now");
    expect(zoneDescription("America/New_York", summer)).toBe("Eastern Time, GMT-4 now");
    expect(zoneDescription("UTC", winter)).toBe("GMT+0 now");
  });
});
