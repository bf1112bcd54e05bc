import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, errorCode, fixture } from "./support";

describe("iCalendar", () => {
  const { format, program } = importProgram(fixture("congress.ics"));
  const byId = (id: string) => program.sessions.find((s) => s.id === id);

  it("takes the name and zone from X-WR-CALNAME and X-WR-TIMEZONE", () => {
    expect(format).toBe("ics");
    expect(program.conference).toEqual({
      title: "ACS Clinical Congress 2026",
      timeZone: "America/New_York",
      startDate: "2026-05-14",
      endDate: "2026-08-21",
    });
  });

  it("uses IANA rules for a known TZID even when the file's VTIMEZONE says otherwise", () => {
    expect(byId("evt-1@acs")).toMatchObject({
      start: "2026-05-14T08:00:00-04:00",
      end: "2026-05-14T09:15:00-04:00",
    });
  });

  it("reads escaped commas, folded lines, HTML descriptions, categories, location and URL", () => {
    expect(byId("evt-1@acs")).toEqual({
      id: "evt-1@acs",
      title: "Hernia Repair, Revisited",
      start: "2026-05-14T08:00:00-04:00",
      end: "2026-05-14T09:15:00-04:00",
      room: "Room 201",
      track: "Hernia, Abdominal Wall",
      url: "https://example.org/s/1",
      description:
        "First paragraph with a long line that is folded across two physical lines.\n\nSecond & last",
      people: [{ personId: expect.any(String), role: "speaker" }],
    });
    expect(cast(program, "Hernia Repair, Revisited")).toEqual(["speaker:Jane Doe"]);
  });

  it("keeps events that share a UID as separate sessions and warns", () => {
    expect(byId("evt-1@acs~2")).toMatchObject({
      title: "Lunch - Exhibit Hall",
      start: "2026-05-14T10:00:00-04:00",
      end: "2026-05-14T10:45:00-04:00",
      people: [],
    });
    expect(program.warnings).toContainEqual({
      ref: "event 2 (UID evt-1@acs)",
      message: "Shares its UID with event 1; imported as a separate session",
    });
  });

  it("expands recurrences, honours EXDATE and reads people from ORGANIZER, ATTENDEE and SUMMARY", () => {
    const breakfasts = program.sessions.filter((s) => s.title === "Breakfast Symposium");
    expect(breakfasts.map((s) => [s.id, s.start])).toEqual([
      ["breakfast@acs", "2026-05-14T07:00:00-04:00"],
      ["breakfast@acs~2", "2026-05-16T07:00:00-04:00"],
    ]);
    expect(cast(program, "Breakfast Symposium")).toEqual([
      "speaker:Ann Lee",
      "chair:Tom Lee",
      "speaker:John Roe",
    ]);
  });

  it("caps open-ended recurrences and warns", () => {
    expect(program.sessions.filter((s) => s.title === "Daily Huddle")).toHaveLength(100);
    expect(program.warnings).toContainEqual({
      ref: "event 8 (UID forever@acs)",
      message: "Repeats more than 100 times; only the first 100 occurrences imported",
    });
  });

  it("does not hang on a rule that never matches", () => {
    expect(program.sessions.filter((s) => s.title === "Impossible Rule")).toHaveLength(1);
    expect(program.warnings).toContainEqual({
      ref: "event 9 (UID never@acs)",
      message:
        "Recurrence rule not supported (BYMONTH, BYMONTHDAY); only the first occurrence imported",
    });
  });

  it("reads floating times in the calendar zone, all-day events as whole days, custom VTIMEZONEs", () => {
    expect(byId("floating@acs")).toMatchObject({
      start: "2026-05-15T10:00:00-04:00",
      end: "2026-05-15T10:30:00-04:00",
    });
    expect(byId("allday@acs")).toMatchObject({
      start: "2026-05-16T00:00:00-04:00",
      end: "2026-05-17T00:00:00-04:00",
    });
    expect(byId("custom@acs")).toMatchObject({
      start: "2026-05-14T12:00:00-04:00",
      end: "2026-05-14T13:00:00-04:00",
    });
    expect(program.warnings).toContainEqual({
      ref: "event 4 (UID floating@acs)",
      message: "No end time; assumed 30 minutes",
    });
  });

  it("warns about an unknown TZID and reads it in the calendar zone", () => {
    expect(byId("mars@acs")?.start).toBe("2026-05-14T15:00:00-04:00");
    expect(program.warnings).toContainEqual({
      ref: "event 7 (UID mars@acs)",
      message: "Unknown time zone “Mars/Olympus”; read in America/New_York",
    });
  });

  it("reads floating times as UTC with a warning when no zone is known, and the option when given", () => {
    const ics =
      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20260514T100000\nDTEND:20260514T110000\nSUMMARY:Talk (talk by Ana Lee)\nEND:VEVENT\nEND:VCALENDAR\n";
    const utc = importProgram(ics).program;
    expect(utc.sessions[0]).toMatchObject({ title: "Talk", start: "2026-05-14T10:00:00+00:00" });
    expect(utc.warnings).toEqual([
      {
        ref: "event 1 (UID x)",
        message:
          "Times without a time zone were read as UTC; choose the conference's time zone to fix them",
      },
    ]);
    const chicago = importProgram(ics, { timeZone: "America/Chicago" }).program;
    expect(chicago.sessions[0]?.start).toBe("2026-05-14T10:00:00-05:00");
    expect(chicago.warnings).toEqual([]);
  });

  it("says so when a calendar has no events", () => {
    try {
      importProgram("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe("This looks like iCalendar but has no VEVENT entries");
    }
    expect(errorCode(() => importProgram("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026\n"))).toBe(
      "import.unreadable",
    );
  });
});
