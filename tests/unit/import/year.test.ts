import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { readRealProgram, realPrograms } from "../../fixtures/real/programs";
import { errorCode } from "./support";

const now = new Date("2026-12-06T00:00:00Z");
const read = (lines: string[], options = {}) =>
  importProgram(lines.join("\n"), { timeZone: "Europe/Paris", format: "text", now, ...options })
    .program;
const starts = (p: ReturnType<typeof read>) => p.sessions.map((s) => s.start);
const twoDays = [
  "Friday October 11",
  "9:00-10:00 Opening",
  "Saturday October 12",
  "9:00-10:00 Closing",
];

describe("the year of days written without one", () => {
  it("takes a year the text names when the weekday fits it", () => {
    const p = read(["Annual Meeting 2025", "Wednesday, May 14", "9:00-10:00 Opening"]);
    expect(starts(p)).toEqual(["2025-05-14T09:00:00+02:00"]);
    expect(p.warnings).toEqual([
      {
        ref: "program",
        message:
          "The days name no year; took 2025, which the text names and in which May 14 is a Wednesday",
      },
    ]);
  });

  it("takes a year the text names when the days name no weekday", () => {
    const p = read(["Annual Meeting 2025", "May 14", "9:00-10:00 Opening"]);
    expect(starts(p)).toEqual(["2025-05-14T09:00:00+02:00"]);
    expect(p.warnings[0]?.message).toBe(
      "The days name no year; took 2025, which the text names. Type the year if that is wrong",
    );
  });

  it("prefers the weekday to a year the text names that it contradicts", () => {
    const p = read(["Annual Meeting 2025", "Thursday, May 14", "9:00-10:00 Opening"]);
    expect(starts(p)).toEqual(["2026-05-14T09:00:00+02:00"]);
  });

  it("takes the year nearest today in which the weekdays fit the dates, and names the others", () => {
    const p = read(twoDays);
    expect(starts(p)).toEqual(["2024-10-11T09:00:00+02:00", "2024-10-12T09:00:00+02:00"]);
    expect(p.warnings).toEqual([
      {
        ref: "program",
        message:
          "The days name no year; took 2024, the year nearest today in which October 11 is a Friday (as it is in 2013, 2019, 2030). Type the year if that is wrong",
      },
    ]);
  });

  it("takes the nearest year when nothing else tells", () => {
    const p = read(["May 14", "9:00-10:00 Opening"]);
    expect(starts(p)).toEqual(["2027-05-14T09:00:00+02:00"]);
    expect(p.warnings[0]?.message).toBe(
      "The text names no year; took 2027, the one that puts May 14 nearest today. Type the year if that is wrong",
    );
  });

  it("uses a typed year without a guess, and warns line by line where a weekday contradicts it", () => {
    expect(read(twoDays, { year: 2024 }).warnings).toEqual([]);
    const p = read(twoDays, { year: 2025 });
    expect(starts(p)).toEqual(["2025-10-11T09:00:00+02:00", "2025-10-12T09:00:00+02:00"]);
    expect(p.warnings).toEqual([
      {
        ref: "line 1",
        message: "October 11, 2025 is a Saturday, not a Friday; check the year and the date",
        line: 1,
      },
      {
        ref: "line 3",
        message: "October 12, 2025 is a Sunday, not a Saturday; check the year and the date",
        line: 3,
      },
    ]);
  });

  it("asks for the first day of a text that names no day, and uses the one typed", () => {
    expect(errorCode(() => read(["Programme", "09h00 : accueil"]))).toBe("import.no_date");
    const p = read(["Programme", "09h00 : accueil", "09h20 : introduction"], {
      firstDay: "2020-11-27",
    });
    expect(p.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ["accueil", "2020-11-27T09:00:00+01:00", "2020-11-27T09:20:00+01:00"],
      ["introduction", "2020-11-27T09:20:00+01:00", "2020-11-27T09:50:00+01:00"],
    ]);
  });

  it("finds 2019 for the GHA–ESC page from its weekdays and the year its text names", () => {
    const gha = realPrograms.find((p) =>
      p.file.startsWith("gha-esc-2019"),
    ) as (typeof realPrograms)[0];
    const { program } = importProgram(readRealProgram(gha), { timeZone: gha.timeZone, now });
    expect(program.conference).toMatchObject({ startDate: "2019-10-11", endDate: "2019-10-12" });
    expect(program.warnings[0]).toEqual({
      ref: "program",
      message:
        "The days name no year; took 2019, which the text names and in which October 11 is a Friday",
    });
  });
});
