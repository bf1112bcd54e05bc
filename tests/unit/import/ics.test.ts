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

  it("turns 'Last, First' common names around and leaves organisations out with a warning", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:cn",
      "DTSTART:20260514T100000Z",
      "DTEND:20260514T110000Z",
      "SUMMARY:Hernia Debate - Mesh Versus Suture",
      "ORGANIZER;CN=American College of Surgeons:mailto:acs@example.org",
      'ATTENDEE;CN="Doe, Jane":mailto:jane@example.org',
      "ATTENDEE;CN=Whova:mailto:app@example.org",
      "ATTENDEE;CN=TBA:mailto:tba@example.org",
      'ATTENDEE;CN="Roe, John A.";ROLE=CHAIR:mailto:john@example.org',
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const { program } = importProgram(ics);
    expect(program.sessions.map((s) => s.title)).toEqual(["Hernia Debate - Mesh Versus Suture"]);
    // One word may be a whole name (山田太郎), so only organisations are left out.
    expect(cast(program, "Hernia Debate - Mesh Versus Suture")).toEqual([
      "speaker:Jane Doe",
      "speaker:Whova",
      "chair:John A. Roe",
    ]);
    expect(program.people.map(({ name, credentials }) => ({ name, credentials }))).toEqual([
      { name: "Jane Doe", credentials: [] },
      { name: "Whova", credentials: [] },
      { name: "John A. Roe", credentials: [] },
    ]);
    expect(program.warnings).toEqual([
      {
        ref: "event 1 (UID cn)",
        message:
          "ORGANIZER “American College of Surgeons” looks like an organisation, not a speaker; left out",
      },
      {
        ref: "event 1 (UID cn)",
        message: "ATTENDEE “TBA” names nobody yet, not a speaker; left out",
      },
    ]);
  });

  it("reads faculty lines with cities, 'and' after brackets and placeholders in the description", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:f",
      "DTSTART:20260514T100000Z",
      "DTEND:20260514T110000Z",
      "SUMMARY:Colorectal Cancer - Early Detection Strategies",
      "DESCRIPTION:Moderators: Jane Doe\\, MD\\, FACS\\, Massachusetts General Hospital\\, Boston\\, MA",
      " ; John Roe\\, MBBS\\nPanelists: Amy Lee\\, MD (MGH) and Bob Stone\\, MD (BWH); Sarah Kim",
      " \\, MD\\, Beth Israel Deaconess; TBD",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const { program } = importProgram(ics);
    const title = "Colorectal Cancer - Early Detection Strategies";
    expect(cast(program, title)).toEqual([
      "moderator:Jane Doe",
      "moderator:John Roe",
      "panelist:Amy Lee",
      "panelist:Bob Stone",
      "panelist:Sarah Kim",
    ]);
    expect(program.people.map(({ id: _, ...p }) => p)).toEqual([
      {
        name: "Jane Doe",
        credentials: ["MD", "FACS"],
        affiliation: "Massachusetts General Hospital, Boston, MA",
      },
      { name: "John Roe", credentials: ["MBBS"] },
      { name: "Amy Lee", credentials: ["MD"], affiliation: "MGH" },
      { name: "Bob Stone", credentials: ["MD"], affiliation: "BWH" },
      { name: "Sarah Kim", credentials: ["MD"], affiliation: "Beth Israel Deaconess" },
    ]);
    expect(program.warnings).toEqual([
      { ref: "event 1 (UID f)", message: "Could not read the speaker “TBD”" },
    ]);
  });

  it("says so when a calendar has no events", () => {
    try {
      importProgram("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe("This looks like iCalendar but has no VEVENT entries");
    }
    expect(errorCode(() => importProgram("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026\n"))).toBe(
      "import.cut_off",
    );
  });
});

describe("iCalendar with unreadable parts", () => {
  const congress = fixture("congress.ics");
  const full = importProgram(congress).program;
  const small = (event2: string, header = "X-WR-CALNAME:Small Meeting") =>
    [
      "BEGIN:VCALENDAR",
      header,
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTART;TZID=Custom Three:20260514T090000",
      "DURATION:PT1H",
      "SUMMARY:Opening",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b",
      "DTSTART;TZID=Custom Three:20260514T100000",
      event2,
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:c",
      "DTSTART;TZID=Custom Three:20260514T110000",
      "DURATION:PT1H",
      "SUMMARY:Closing",
      "END:VEVENT",
      "BEGIN:VTIMEZONE",
      "TZID:Custom Three",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:-0300",
      "TZOFFSETTO:-0300",
      "END:STANDARD",
      "END:VTIMEZONE",
      "END:VCALENDAR",
    ].join("\r\n");
  const lostSpace = "DESCRIPTION:A folded line whose next line\r\nlost its leading space";

  it("skips only the event with a continuation line missing its space; the others keep their numbers", () => {
    const { program } = importProgram(
      congress.replace("SUMMARY:Custom Zone Lecture", "SUMMARY:Custom Zone\nLecture"),
    );
    expect(program.sessions).toEqual(full.sessions.filter((s) => s.id !== "custom@acs"));
    expect(program.warnings).toEqual([
      {
        ref: "event 2 (UID evt-1@acs)",
        message: "Shares its UID with event 1; imported as a separate session",
      },
      { ref: "event 4 (UID floating@acs)", message: "No end time; assumed 30 minutes" },
      {
        ref: "event 6",
        message:
          "Skipped the event that starts on line 68, because line 73 (“Lecture”) is not an iCalendar property: each line needs a name and a colon, as in SUMMARY:Opening session. Fix it to import the event",
        line: 68,
      },
      {
        ref: "event 7 (UID mars@acs)",
        message: "Unknown time zone “Mars/Olympus”; read in America/New_York",
      },
      {
        ref: "event 8 (UID forever@acs)",
        message: "Repeats more than 100 times; only the first 100 occurrences imported",
      },
      {
        ref: "event 9 (UID never@acs)",
        message:
          "Recurrence rule not supported (BYMONTH, BYMONTHDAY); only the first occurrence imported",
      },
    ]);
  });

  it("still reads the other events' times with a VTIMEZONE that follows them", () => {
    const { program } = importProgram(small(lostSpace), { timeZone: "UTC" });
    expect(program.conference.title).toBe("Small Meeting");
    expect(program.sessions.map((s) => [s.id, s.title, s.start, s.end])).toEqual([
      ["a", "Opening", "2026-05-14T12:00:00+00:00", "2026-05-14T13:00:00+00:00"],
      ["c", "Closing", "2026-05-14T14:00:00+00:00", "2026-05-14T15:00:00+00:00"],
    ]);
    expect(program.warnings).toEqual([
      {
        ref: "event 2",
        message:
          "Skipped the event that starts on line 9, because line 13 (“lost its leading space”) is not an iCalendar property: each line needs a name and a colon, as in SUMMARY:Opening session. Fix it to import the event",
        line: 9,
      },
    ]);
  });

  it("keeps the complete events of a file cut off in the middle of one", () => {
    const { program } = importProgram(congress.slice(0, congress.lastIndexOf("RRULE:")));
    expect(program.sessions).toEqual(full.sessions.filter((s) => s.id !== "never@acs"));
    expect(program.warnings).toEqual([
      {
        ref: "file",
        message:
          "The file looks cut off: it stops before END:VCALENDAR. Events after the cut are missing and the last one read may be incomplete; download or export the file again.",
      },
      ...full.warnings.filter((w) => w.ref !== "event 9 (UID never@acs)"),
      {
        ref: "event 9",
        message:
          "Skipped the event that starts on line 87, because the event opens a BEGIN: block that no END: line closes. Fix it to import the event",
        line: 87,
      },
    ]);
  });

  it("reads the events without the calendar's own lines when those are broken", () => {
    const { program } = importProgram(
      small("SUMMARY:Break\r\nDURATION:PT1H", "X-WR-CALNAME:Small\r\nMeeting"),
      {
        timeZone: "UTC",
      },
    );
    expect(program.sessions.map((s) => [s.id, s.start])).toEqual([
      ["a", "2026-05-14T09:00:00+00:00"],
      ["b", "2026-05-14T10:00:00+00:00"],
      ["c", "2026-05-14T11:00:00+00:00"],
    ]);
    expect(program.warnings).toEqual([
      {
        ref: "calendar",
        message:
          "Read the events without the calendar's name, time zone and time zone definitions, because line 3 (“Meeting”) is not an iCalendar property: each line needs a name and a colon, as in SUMMARY:Opening session",
      },
      { ref: "event 1 (UID a)", message: "Unknown time zone “Custom Three”; read in UTC" },
    ]);
  });

  it("keeps the whole-file error when no event can be read", () => {
    const text = small(lostSpace).replace(/SUMMARY:(Opening|Closing)/g, "$1");
    expect(() => importProgram(text)).toThrow(
      expect.objectContaining({
        code: "import.unreadable",
        message:
          "This calendar cannot be read: line 7 (“Opening”) is not an iCalendar property: each line needs a name and a colon, as in SUMMARY:Opening session. Fix the file there, or export the calendar again.",
      }),
    );
  });

  it("names the format, not ical.js internals, when the text is not iCalendar at all", () => {
    expect(() => importProgram(fixture("frab-mini.json"), { format: "ics" })).toThrow(
      expect.objectContaining({
        code: "import.unreadable",
        message:
          "The file could not be read as iCalendar. Check that the format is right, or choose “Detect from the content”.",
      }),
    );
  });
});

describe("a VTIMEZONE with broken rules", () => {
  it("is an unknown zone with a warning, not a failed import", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VTIMEZONE",
      "TZID:Custom Eastern",
      "BEGIN:STANDARD",
      "DTSTART:19701101T02:00",
      "TZOFFSETFROM:-0400",
      "TZOFFSETTO:-0500",
      "END:STANDARD",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTART;TZID=Custom Eastern:20260514T090000",
      "DTEND;TZID=Custom Eastern:20260514T100000",
      "SUMMARY:Opening",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const { program } = importProgram(ics, { timeZone: "America/New_York" });
    expect(program.sessions.map((s) => [s.start, s.end])).toEqual([
      ["2026-05-14T09:00:00-04:00", "2026-05-14T10:00:00-04:00"],
    ]);
    expect(program.warnings).toEqual([
      {
        ref: "event 1 (UID a)",
        message: "Unknown time zone “Custom Eastern”; read in America/New_York",
      },
    ]);
  });
});
