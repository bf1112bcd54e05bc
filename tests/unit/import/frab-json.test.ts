import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, fixture, person } from "./support";

describe("frab JSON (c3voc schema)", () => {
  const { format, program } = importProgram(fixture("frab-mini.json"), {
    timeZone: "America/New_York",
  });

  it("is detected and keeps the file's zone over the request's, with a warning", () => {
    expect(format).toBe("frab-json");
    expect(program.conference).toEqual({
      title: "World Congress of Surgery 2026",
      timeZone: "Europe/Lisbon",
      startDate: "2026-08-23",
      endDate: "2026-08-24",
      acronym: "wcs26",
    });
    expect(program.warnings[0]).toEqual({
      ref: "conference",
      message: "The file names the time zone Europe/Lisbon; used it instead of America/New_York",
    });
  });

  it("reads events from rooms, with guid ids, subtitle, abstract and people", () => {
    expect(program.sessions.map((s) => [s.id.slice(-3), s.title, s.start, s.end, s.room])).toEqual([
      [
        "001",
        "Global Surgery Keynote",
        "2026-08-23T09:00:00+01:00",
        "2026-08-23T09:45:00+01:00",
        "Auditorium I",
      ],
      [
        "002",
        "Overlapping Talk",
        "2026-08-23T09:30:00+01:00",
        "2026-08-23T10:00:00+01:00",
        "Auditorium I",
      ],
      [
        "003",
        "Workshop: Laparoscopic Skills",
        "2026-08-24T10:00:00+01:00",
        "2026-08-24T11:30:00+01:00",
        "Room 2.1",
      ],
    ]);
    const keynote = program.sessions[0];
    expect(keynote?.description).toBe("Access for all\n\nWhy access matters.");
    expect([keynote?.track, keynote?.kind, keynote?.url]).toEqual([
      "Global Surgery",
      "Keynote",
      "https://example.org/talk/501",
    ]);
    expect(cast(program, "Global Surgery Keynote")).toEqual([
      "speaker:Kwame Mensah",
      "speaker:Li Wei",
    ]);
    expect(person(program, "Kwame Mensah")?.bio).toBe("Surgeon in Accra.");
    expect(program.people).toHaveLength(2);
  });

  it("warns once about the overlapping pair", () => {
    expect(program.warnings.slice(1)).toEqual([
      { ref: "event 2 (id 502)", message: "Overlaps event 1 (id 501) in Auditorium I" },
    ]);
  });
});
