import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, errorCode, fixture, person } from "./support";

const ny = { timeZone: "America/New_York" };

describe("CSV", () => {
  describe("one row per presenter", () => {
    const result = importProgram(fixture("per-presenter.csv"), ny);
    const { program } = result;

    it("maps columns from header synonyms and reports the mapping", () => {
      expect(result.format).toBe("csv");
      expect(result.csv).toEqual({
        headers: [
          "Session Title",
          "Date",
          "Time",
          "Room",
          "Speaker",
          "Affiliation",
          "Role",
          "Abstract",
        ],
        mapping: {
          "Session Title": "title",
          Date: "date",
          Time: "timeRange",
          Room: "room",
          Speaker: "speakers",
          Affiliation: "affiliation",
          Role: "role",
          Abstract: "description",
        },
        ambiguousDates: false,
        dateOrder: "dmy",
      });
    });

    it("merges rows of the same session and keeps each person's role", () => {
      expect(program.sessions.map((s) => [s.title, s.start, s.end, s.room])).toEqual([
        ["Trauma Update", "2026-05-14T07:00:00-04:00", "2026-05-14T08:15:00-04:00", "Room 201"],
        ["Hernia Debate", "2026-05-15T09:00:00-04:00", "2026-05-15T10:30:00-04:00", "Ballroom A"],
        ["Bad Role", "2026-05-15T11:00:00-04:00", "2026-05-15T11:30:00-04:00", "Ballroom A"],
      ]);
      expect(cast(program, "Trauma Update")).toEqual(["moderator:Jane Doe", "panelist:John Roe"]);
      expect(program.sessions[0]?.description).toBe("Damage control, resuscitation\nand more");
    });

    it("reads |-separated speakers with parenthesised affiliations, one person across rows", () => {
      expect(cast(program, "Hernia Debate")).toEqual(["speaker:Ana Núñez", "speaker:Jane Doe"]);
      expect(person(program, "Jane Doe")).toMatchObject({
        credentials: ["MD", "FACS", "FRCS"],
        affiliation: "Massachusetts General Hospital",
      });
      expect(person(program, "Ana Núñez")).toMatchObject({
        credentials: ["MD"],
        affiliation: "Hospital Clínic",
      });
      expect(program.people).toHaveLength(4);
    });

    it("warns by row about rows it skips and roles it does not know", () => {
      expect(program.warnings).toEqual([
        { ref: "row 5", message: "No readable date; row skipped" },
        { ref: "row 6", message: "Unknown role “Juggler”; read as speaker" },
      ]);
    });
  });

  describe("dates", () => {
    it("flags slash dates that read both ways, defaults to month first and warns", () => {
      const r = importProgram(fixture("ambiguous.csv"), ny);
      expect(r.csv?.ambiguousDates).toBe(true);
      expect(r.csv?.dateOrder).toBe("mdy");
      expect(r.program.sessions.map((s) => s.start)).toEqual([
        "2026-05-06T08:00:00-04:00",
        "2026-05-07T17:00:00-04:00",
      ]);
      expect(r.program.warnings).toEqual([
        {
          ref: "dates",
          message:
            "Dates such as 5/6/2026 can be read day-first or month-first; read as month/day/year. Choose the date order if that is wrong.",
        },
      ]);
    });

    it("uses the caller's date order without warning", () => {
      const r = importProgram(fixture("ambiguous.csv"), { ...ny, dateOrder: "dmy" });
      expect(r.csv).toMatchObject({ ambiguousDates: true, dateOrder: "dmy" });
      expect(r.program.sessions.map((s) => s.start)).toEqual([
        "2026-06-05T08:00:00-04:00",
        "2026-07-05T17:00:00-04:00",
      ]);
      expect(r.program.warnings).toEqual([]);
    });

    it("reads month names and date-times in the start column", () => {
      const r = importProgram(fixture("named-dates.csv"), ny);
      expect(r.csv?.mapping).toMatchObject({
        When: "date",
        From: "start",
        To: "end",
        Theme: "track",
        Format: "kind",
      });
      expect(r.program.sessions.map((s) => [s.title, s.start, s.end, s.track, s.kind])).toEqual([
        [
          "Suturing Lab",
          "2026-05-14T13:30:00-04:00",
          "2026-05-14T15:00:00-04:00",
          "Education",
          "Workshop",
        ],
        [
          "Grand Rounds",
          "2026-05-14T16:00:00-04:00",
          "2026-05-14T17:00:00-04:00",
          "Education",
          "Lecture",
        ],
      ]);
      expect(cast(r.program, "Suturing Lab")).toEqual([
        "speaker:Peter Smith",
        "speaker:Maria Garcia",
      ]);
    });

    it("reads ISO dates and 12-hour ranges with an en dash", () => {
      const csv =
        'Title,Date,Time\nA,2026-05-14,"9:00 AM – 10:30 AM"\nB,2026-05-14,"11:30–1:00 pm"\n';
      const r = importProgram(csv, ny);
      expect(r.program.sessions.map((s) => [s.start, s.end])).toEqual([
        ["2026-05-14T09:00:00-04:00", "2026-05-14T10:30:00-04:00"],
        ["2026-05-14T11:30:00-04:00", "2026-05-14T13:00:00-04:00"],
      ]);
    });
  });

  describe("times", () => {
    it("reads bare hours in start and end columns as a time-range column does, and warns", () => {
      const csv = [
        "Title,Date,Start,End,Time",
        "Columns,2026-05-14,1:30,2:30,",
        "Range,2026-05-14,,,1:30-2:30",
        "Over noon,2026-05-14,11:00,1:00,",
        "Breakfast,2026-05-14,6:30,7:30,",
        "Noon,2026-05-14,12:00,12:45,",
        "Clock,2026-05-14,01:30,14:00,",
      ].join("\n");
      const p = importProgram(csv, ny).program;
      expect(p.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
        ["Clock", "2026-05-14T01:30:00-04:00", "2026-05-14T14:00:00-04:00"],
        ["Breakfast", "2026-05-14T06:30:00-04:00", "2026-05-14T07:30:00-04:00"],
        ["Over noon", "2026-05-14T11:00:00-04:00", "2026-05-14T13:00:00-04:00"],
        ["Noon", "2026-05-14T12:00:00-04:00", "2026-05-14T12:45:00-04:00"],
        ["Columns", "2026-05-14T13:30:00-04:00", "2026-05-14T14:30:00-04:00"],
        ["Range", "2026-05-14T13:30:00-04:00", "2026-05-14T14:30:00-04:00"],
      ]);
      // Once per time as written, however many rows hold it.
      expect(p.warnings).toEqual([
        {
          ref: "row 2",
          message: "Read “1:30” as 1:30 PM; write AM or PM if that is wrong (also 1 more row)",
        },
        { ref: "row 5", message: "Read “6:30” as 6:30 AM; write AM or PM if that is wrong" },
      ]);
    });
  });

  it("lets the caller override the mapping", () => {
    const csv = "Name,Date,Start,Speaker\nKeynote,2026-05-14,09:00,Jane Doe\n";
    const r = importProgram(csv, { ...ny, csvMapping: { Name: "title" } });
    expect(r.csv?.mapping).toEqual({
      Name: "title",
      Date: "date",
      Start: "start",
      Speaker: "speakers",
    });
    expect(r.program.sessions[0]?.title).toBe("Keynote");
    expect(r.program.warnings).toEqual([
      { ref: "row 2", message: "No end time; assumed 30 minutes" },
    ]);
  });

  it("explains what is missing when no title or time column is found", () => {
    expect(
      errorCode(() =>
        importProgram("Room,Date,Start\nA,2026-05-14,09:00\n", { ...ny, format: "csv" }),
      ),
    ).toBe("import.csv_no_title");
    expect(errorCode(() => importProgram("Title,Room\nA,B\n", { ...ny, format: "csv" }))).toBe(
      "import.csv_no_times",
    );
  });
});
