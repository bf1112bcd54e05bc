import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, errorCode, fixture, person } from "./support";

describe("frab XML", () => {
  const { format, program } = importProgram(fixture("frab-mini.xml"));

  it("reads the conference block, collapsing whitespace in titles", () => {
    expect(format).toBe("frab-xml");
    expect(program.conference).toEqual({
      title: "Surgical Oncology Summit 2026",
      timeZone: "America/New_York",
      startDate: "2026-03-07",
      endDate: "2026-03-08",
      venue: "Hynes Convention Center",
      acronym: "sso26",
    });
  });

  it("reads events without <date> from the day and start, after midnight on the next day", () => {
    const rows = program.sessions.map((s) => [s.id, s.title, s.start, s.end]);
    expect(rows).toEqual([
      ["g-1", "Evening Tumor Board", "2026-03-07T18:30:00-05:00", "2026-03-07T19:30:00-05:00"],
      ["103", "Untitled session", "2026-03-07T19:00:00-05:00", "2026-03-07T19:30:00-05:00"],
      // 01:30 is before the day's 18:00 start, so it is the next morning; DST starts at 02:00.
      ["g-2", "After Midnight Rounds", "2026-03-08T01:30:00-05:00", "2026-03-08T03:00:00-04:00"],
    ]);
  });

  it("strips escaped HTML from abstracts and keeps paragraphs", () => {
    const s = program.sessions[0];
    expect(s?.description).toBe("Cases & outcomes.\n\nSecond paragraph.");
    expect([s?.room, s?.track, s?.kind]).toEqual(["Hall B", "Oncology", "panel"]);
  });

  it("splits credentials and affiliation out of person names and merges accent variants", () => {
    expect(cast(program, "Evening Tumor Board")).toEqual(["speaker:Jane Doe", "speaker:Ana Núñez"]);
    expect(cast(program, "After Midnight Rounds")).toEqual(["speaker:Ana Núñez"]);
    expect(person(program, "Jane Doe")).toMatchObject({
      credentials: ["MD", "FACS"],
      affiliation: "Massachusetts General Hospital",
    });
    expect(program.people).toHaveLength(2);
  });

  it("warns about the bad duration, empty title and overlap, naming the event", () => {
    expect(program.warnings).toEqual([
      { ref: "event 3 (id 103)", message: "Unreadable duration" },
      { ref: "event 3 (id 103)", message: "Session has no title" },
      { ref: "event 3 (id 103)", message: "No end time; assumed 30 minutes" },
      { ref: "event 3 (id 103)", message: "Overlaps event 1 (id 101) in Hall B" },
    ]);
  });

  it("rejects XML that is not a schedule and XML it cannot parse", () => {
    expect(errorCode(() => importProgram("<html><body>hi</body></html>"))).toBe(
      "import.unknown_format",
    );
    expect(
      errorCode(() => importProgram("<schedule><day date='2026-01-01'><room name='A'>")),
    ).not.toBe("none");
  });
});
