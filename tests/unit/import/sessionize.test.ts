import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, errorCode, fixture, person } from "./support";

describe("Sessionize All data JSON", () => {
  const text = fixture("sessionize-mini.json");
  const { format, program } = importProgram(text, { timeZone: "America/New_York" });

  it("tolerates the BOM and reads local times in the given zone", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(format).toBe("sessionize");
    expect(program.sessions.map((s) => [s.id, s.title, s.start, s.end, s.room])).toEqual([
      [
        "1001",
        "Registration & Coffee",
        "2026-05-14T07:00:00-04:00",
        "2026-05-14T07:30:00-04:00",
        "Foyer",
      ],
      [
        "1002",
        "Robotic Colectomy: Lessons Learned",
        "2026-05-14T08:00:00-04:00",
        "2026-05-14T08:45:00-04:00",
        "Room 201",
      ],
      [
        "1004",
        "Ghost Speaker Session",
        "2026-05-14T09:00:00-04:00",
        "2026-05-14T09:30:00-04:00",
        "Room 201",
      ],
    ]);
  });

  it("maps categories to track and kind, service sessions to kind service", () => {
    expect(program.sessions.map((s) => [s.track, s.kind, s.description])).toEqual([
      [undefined, "service", undefined],
      ["Colorectal", "Lecture", "Tips\nand tricks"],
      ["Hernia", undefined, undefined],
    ]);
  });

  it("links speakers by id and reads title and affiliation from the tagline", () => {
    expect(cast(program, "Robotic Colectomy: Lessons Learned")).toEqual([
      "speaker:Jane Doe",
      "speaker:Ravi Kumar",
    ]);
    expect(person(program, "Jane Doe")).toMatchObject({
      title: "Professor of Surgery",
      affiliation: "Johns Hopkins",
      bio: "Colorectal surgeon.",
    });
    expect(person(program, "Ravi Kumar")).toMatchObject({
      title: "Surgeon",
      affiliation: "Apollo Hospitals",
    });
  });

  it("warns about missing sessions, missing speakers and unscheduled sessions", () => {
    expect(program.warnings).toEqual([
      { ref: "speaker s2", message: "Ravi Kumar lists session 9999, which is not in the file" },
      {
        ref: "session 1003",
        message: "“Unscheduled Talk” has no start time (not scheduled yet); skipped",
      },
      { ref: "session 1004", message: "Speaker s404 is not in the speakers list" },
    ]);
  });

  it("asks for a time zone rather than guessing one", () => {
    expect(errorCode(() => importProgram(text))).toBe("import.time_zone_required");
  });

  it("merges speakers whose full names differ only by honorific and credentials", () => {
    const speaker = (id: string, fullName: string) => ({
      id,
      firstName: "",
      lastName: "",
      fullName,
    });
    const json = JSON.stringify({
      sessions: ["a", "b", "c"].map((sp, k) => ({
        id: String(k + 1),
        title: `Talk ${k + 1}`,
        startsAt: "2026-01-01T10:00:00",
        endsAt: "2026-01-01T11:00:00",
        speakers: [sp],
      })),
      speakers: [
        speaker("a", "Jane Doe MD FACS"),
        speaker("b", "Jane  Doe"),
        speaker("c", "Dr. Jane Doe"),
      ],
    });
    const { program } = importProgram(json, { timeZone: "America/New_York" });
    expect(program.people).toEqual([
      { id: expect.any(String), name: "Jane Doe", credentials: ["MD", "FACS"] },
    ]);
    expect(cast(program, "Talk 3")).toEqual(["speaker:Jane Doe"]);
    expect(program.warnings).toEqual([]);
  });

  it("leaves a placeholder speaker out with one warning, and its sessions without it", () => {
    const json = JSON.stringify({
      sessions: [
        {
          id: "1",
          title: "Opening",
          startsAt: "2026-05-14T09:00:00",
          endsAt: "2026-05-14T10:00:00",
          speakers: ["a", "b"],
          categoryItems: [],
        },
      ],
      speakers: [
        { id: "a", fullName: "TBD", sessions: [1] },
        { id: "b", fullName: "Jane Doe MD", sessions: [1] },
      ],
      rooms: [],
      categories: [],
    });
    const { program } = importProgram(json, { timeZone: "America/Chicago" });
    expect(cast(program, "Opening")).toEqual(["speaker:Jane Doe"]);
    expect(program.warnings).toEqual([
      { ref: "speaker a", message: "“TBD” names nobody yet; left out" },
    ]);
  });

  it("accepts fullName-only speakers (empty first and last names)", () => {
    const json = JSON.stringify({
      sessions: [
        {
          id: "1",
          title: "T",
          startsAt: "2026-01-01T10:00:00",
          endsAt: "2026-01-01T11:00:00",
          speakers: ["a"],
        },
      ],
      speakers: [
        {
          id: "a",
          firstName: "",
          lastName: "",
          fullName: "Benoît Quenaudon",
          tagLine: "Android Engineer @ Cybozu",
        },
      ],
    });
    const p = importProgram(json, { timeZone: "Asia/Tokyo" }).program;
    expect(p.people).toEqual([
      expect.objectContaining({
        name: "Benoît Quenaudon",
        title: "Android Engineer",
        affiliation: "Cybozu",
      }),
    ]);
    expect(p.sessions[0]?.start).toBe("2026-01-01T10:00:00+09:00");
  });
});
