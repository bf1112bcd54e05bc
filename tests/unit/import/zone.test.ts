import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { formatInstant, offsetAt, wallToEpoch } from "../../../functions/domain/import/time/zone";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Temporal's reading of a wall-clock time (given as UTC ms) with "compatible" disambiguation. */
function temporalEpoch(zone: string, wall: number): number {
  const d = new Date(wall);
  return Temporal.PlainDateTime.from({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  }).toZonedDateTime(zone, { disambiguation: "compatible" }).epochMilliseconds;
}

function temporalOffset(zone: string, ms: number): number {
  return (
    Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6
  );
}

// Every quarter hour from a day before to a day after each 2027 transition.
const transitions: [string, number, number, number][] = [
  ["America/Chicago", 2027, 3, 14],
  ["America/Chicago", 2027, 11, 7],
  ["Europe/Berlin", 2027, 3, 28],
  ["Europe/Berlin", 2027, 10, 31],
];

function walls(year: number, month: number, day: number): number[] {
  const out: number[] = [];
  const from = Date.UTC(year, month - 1, day) - DAY;
  for (let w = from; w < from + 3 * DAY; w += 15 * MINUTE) out.push(w);
  return out;
}

describe("zone offsets (cached per hour, read with Intl)", () => {
  it.each(transitions)(
    "match Temporal's compatible reading around %s %i-%i-%i",
    (zone, y, m, d) => {
      const times = walls(y, m, d);
      // Twice, and the second time backwards, so cached hours are read back in another order.
      for (const order of [times, [...times].reverse()]) {
        for (const w of order) {
          expect(wallToEpoch(zone, w)).toBe(temporalEpoch(zone, w));
          expect(offsetAt(zone, w)).toBe(temporalOffset(zone, w));
        }
      }
    },
  );

  it("moves a skipped wall time forward and takes the earlier of a repeated one", () => {
    const cases: [string, number, string][] = [
      ["America/Chicago", Date.UTC(2027, 2, 14, 2, 30), "2027-03-14T03:30:00-05:00"],
      ["America/Chicago", Date.UTC(2027, 10, 7, 1, 30), "2027-11-07T01:30:00-05:00"],
      ["Europe/Berlin", Date.UTC(2027, 2, 28, 2, 30), "2027-03-28T03:30:00+02:00"],
      ["Europe/Berlin", Date.UTC(2027, 9, 31, 2, 30), "2027-10-31T02:30:00+02:00"],
    ];
    for (const [zone, wall, text] of cases) {
      expect(formatInstant(wallToEpoch(zone, wall), zone)).toBe(text);
    }
  });

  it("reads the hour after a repeated one in the later offset", () => {
    const after = wallToEpoch("America/Chicago", Date.UTC(2027, 10, 7, 2, 30));
    expect(formatInstant(after, "America/Chicago")).toBe("2027-11-07T02:30:00-06:00");
    expect(formatInstant(after - 60 * MINUTE, "America/Chicago")).toBe("2027-11-07T01:30:00-06:00");
  });

  it("handles half-hour zones, UTC and dates outside four-digit years like Temporal", () => {
    for (const w of walls(2026, 10, 4)) {
      expect(wallToEpoch("Australia/Lord_Howe", w)).toBe(temporalEpoch("Australia/Lord_Howe", w));
    }
    expect(wallToEpoch("UTC", Date.UTC(2027, 0, 1))).toBe(Date.UTC(2027, 0, 1));
    expect(formatInstant(Date.UTC(2027, 0, 1, 12), "Asia/Kolkata")).toBe(
      "2027-01-01T17:30:00+05:30",
    );
    expect(formatInstant(Date.UTC(12000, 0, 1), "UTC")).toBe("+012000-01-01T00:00:00+00:00");
  });
});
