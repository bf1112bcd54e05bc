import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, fixture } from "./support";

// Public programs copied into tests/fixtures/import/real (see SOURCES.md there); counts from SOURCES.md.
describe("real public programs", () => {
  it("FOSDEM 2024 frab XML: 108 sessions, 145 people, 5 rooms, Brussels time", () => {
    const { format, program } = importProgram(fixture("real/fosdem24_schedule.xml"));
    expect(format).toBe("frab-xml");
    expect(program.sessions).toHaveLength(108);
    expect(program.people).toHaveLength(145);
    expect(new Set(program.sessions.map((s) => s.room)).size).toBe(5);
    expect(program.conference).toMatchObject({
      title: "FOSDEM 2024",
      timeZone: "Europe/Brussels",
      startDate: "2024-02-03",
      endDate: "2024-02-04",
    });
    const welcome = program.sessions.find((s) => s.id === "5bb0aa4e-0c0e-5ccd-9523-0ed1ca679039");
    expect(welcome).toMatchObject({
      title: "Welcome to FOSDEM 2024",
      start: "2024-02-03T09:30:00+01:00",
      end: "2024-02-03T09:55:00+01:00",
      room: "Janson",
      description: "FOSDEM welcome and opening talk.",
    });
    expect(cast(program, "Welcome to FOSDEM 2024")).toEqual([
      "speaker:FOSDEM Staff",
      'speaker:Richard "RichiH" Hartmann',
    ]);
    expect(program.sessions.every((s) => !/\s{2}|\n/.test(s.title))).toBe(true);
  });

  it("Orlando Code Camp 2020 Sessionize JSON (with BOM): 99 sessions, 84 people, 14 rooms", () => {
    const { format, program } = importProgram(fixture("real/occ2020_sessionize-all.json"), {
      timeZone: "America/New_York",
    });
    expect(format).toBe("sessionize");
    expect(program.sessions).toHaveLength(99);
    expect(program.people).toHaveLength(84);
    expect(new Set(program.sessions.map((s) => s.room)).size).toBe(14);
    expect(program.sessions.filter((s) => s.kind === "service")).toHaveLength(12);
    expect(program.sessions.filter((s) => s.people.length === 0)).toHaveLength(12);
    expect(program.sessions[0]).toMatchObject({
      title: "Keynote",
      start: "2020-03-28T08:00:00-04:00",
      end: "2020-03-28T09:00:00-04:00",
    });
  });

  it("DroidKaigi 2018 Sessionize JSON: 9 sessions, 10 people, the dangling session reference warned", () => {
    const { program } = importProgram(fixture("real/droidkaigi18_sessionize-all.json"), {
      timeZone: "Asia/Tokyo",
    });
    expect(program.sessions).toHaveLength(9);
    expect(program.people).toHaveLength(10);
    expect(program.people.map((p) => p.name)).toContain("Benoit Quenaudon");
    expect(program.warnings.filter((w) => w.message.includes("not in the file"))).toEqual([
      {
        ref: "speaker e3267cf5-b1a7-4ce7-a4b3-223925f21316",
        message: "thagikura lists session 16988, which is not in the file",
      },
    ]);
  });

  it("INLG 2023 grid CSV has times but no dates: refused with the columns it found", () => {
    try {
      importProgram(fixture("real/sigdialinlg23_inlg-program-grid.csv"), {
        timeZone: "Europe/Prague",
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        code: "import.csv_no_times",
        message: "No column holds the session date: choose it in the column mapping",
        details: {
          headers: ["time", "session name", "papers", "Foyer", "Session UID"],
          mapping: {
            time: "timeRange",
            "session name": "title",
            papers: "ignore",
            Foyer: "ignore",
            "Session UID": "ignore",
          },
        },
      });
    }
  });
});
