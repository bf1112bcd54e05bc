import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { roomLine } from "../../../functions/domain/import/program/rooms";
import type { Program } from "../../../schemas/program";
import { cast, errorCode, fixture, person } from "./support";

describe("program book text", () => {
  const { format, program } = importProgram(fixture("program-book.txt"), {
    timeZone: "America/Chicago",
  });

  it("finds day headers, time ranges, titles and rooms", () => {
    expect(format).toBe("text");
    expect(program.conference).toEqual({
      title: "ACS Surgical Congress 2026 — Final Program",
      timeZone: "America/Chicago",
      startDate: "2026-05-14",
      endDate: "2026-05-15",
    });
    expect(program.sessions.map((s) => [s.title, s.start, s.end, s.room])).toEqual([
      ["Trauma Updates", "2026-05-14T07:00:00-05:00", "2026-05-14T08:15:00-05:00", "Room 201"],
      [
        "Damage control in 2026",
        "2026-05-14T07:05:00-05:00",
        "2026-05-14T07:25:00-05:00",
        "Room 201",
      ],
      [
        "Whole blood for all?",
        "2026-05-14T07:25:00-05:00",
        "2026-05-14T08:15:00-05:00",
        "Room 201",
      ],
      ["Hernia Debate", "2026-05-14T08:30:00-05:00", "2026-05-14T09:30:00-05:00", "Ballroom A"],
      ["Breakfast Symposium", "2026-05-15T07:00:00-05:00", "2026-05-15T08:15:00-05:00", "Hall B"],
      ["Afternoon Panel", "2026-05-15T13:30:00-05:00", "2026-05-15T15:00:00-05:00", undefined],
      ["Closing Remarks", "2026-05-15T16:00:00-05:00", "2026-05-15T17:00:00-05:00", "Room 201"],
    ]);
  });

  it("reads faculty lists with roles onto the session, talk speakers onto the talk", () => {
    expect(cast(program, "Trauma Updates")).toEqual([
      "moderator:Jane Doe",
      "moderator:John Roe",
      "panelist:Ravi Kumar",
      "panelist:Maria Garcia",
    ]);
    expect(cast(program, "Damage control in 2026")).toEqual(["speaker:Ana Núñez"]);
    expect(cast(program, "Whole blood for all?")).toEqual([
      "speaker:Peter Smith",
      "discussant:Li Wei",
    ]);
    expect(cast(program, "Afternoon Panel")).toEqual(["chair:Tom Lee", "chair:Sara Cohen"]);
    expect(cast(program, "Closing Remarks")).toEqual(["speaker:Jane Doe"]);
  });

  it("reads credentials and affiliations in parentheses or after a comma; one Jane Doe", () => {
    expect(person(program, "Jane Doe")).toMatchObject({
      credentials: ["MD", "FACS"],
      affiliation: "Massachusetts General Hospital",
    });
    expect(person(program, "Ana Núñez")).toMatchObject({
      credentials: ["MD"],
      affiliation: "University of Michigan",
    });
    expect(person(program, "Ravi Kumar")).toMatchObject({ credentials: ["MS", "FRCS"] });
    expect(person(program, "Sara Cohen")?.affiliation).toBeUndefined();
    expect(program.people).toHaveLength(9);
  });

  it("keeps unplaced text as description and unreadable names as warnings with their line", () => {
    expect(program.sessions[3]?.description).toBe("Learning objectives: understand mesh choices.");
    expect(program.warnings).toEqual([
      { ref: "line 19", message: "Could not read the speaker “???”", line: 19 },
    ]);
  });

  it("warns with the line number for lines outside any session", () => {
    const text =
      "Thursday, May 14, 2026\nWelcome to the meeting\n9:00-10:00 Opening\nSee you there";
    const p = importProgram(text, { timeZone: "UTC", format: "text" }).program;
    expect(p.warnings).toEqual([
      { ref: "line 2", message: "Could not place this line: “Welcome to the meeting”", line: 2 },
    ]);
    expect(p.sessions[0]?.description).toBe("See you there");
  });

  it("reads a track line onto the session and its talks, not into the description", () => {
    const text = [
      "Thursday, May 14, 2026",
      "10:00-11:00 Hernia Update",
      "Track: Hernia & Abdominal Wall",
      "10:05 Mesh choices — Ann Smith, MD (Mayo Clinic)",
      "Bring your questions.",
    ].join("\n");
    const p = importProgram(text, { timeZone: "UTC", format: "text" }).program;
    expect(p.sessions.map((s) => [s.title, s.track, s.description])).toEqual([
      ["Hernia Update", "Hernia & Abdominal Wall", undefined],
      ["Mesh choices", "Hernia & Abdominal Wall", "Bring your questions."],
    ]);
    expect(p.warnings).toEqual([]);
  });

  it("needs a time zone", () => {
    expect(errorCode(() => importProgram(fixture("program-book.txt")))).toBe(
      "import.time_zone_required",
    );
    expect(() => importProgram(fixture("program-book.txt"))).toThrow(
      "Program text times carry no time zone: choose the conference's time zone (an IANA name such as America/New_York)",
    );
  });
});

describe("program text times and days", () => {
  const ny = { timeZone: "America/New_York", format: "text" as const };
  const read = (lines: string[], ctx = {}) =>
    importProgram(lines.join("\n"), { ...ny, ...ctx }).program;
  const times = (p: ReturnType<typeof read>) => p.sessions.map((s) => [s.title, s.start, s.end]);

  it("starts over in the morning for the next room's column of sessions", () => {
    const p = read([
      "Friday, May 15, 2026",
      "8:00-9:30 Bile Duct Injury | Room 201",
      "1:00-2:30 Pancreas Video Session | Room 201",
      "3:00-4:30 HPB Oral Abstracts | Room 201",
      "8:00-9:30 Diverticulitis | Room 202",
      "10:00-12:00 Rectal Cancer Symposium | Room 202",
      "6:00-8:00 Welcome Reception | Ballroom A",
      "8:30-10:00 Gala Dinner | Ballroom A",
    ]);
    expect(times(p)).toEqual([
      ["Bile Duct Injury", "2026-05-15T08:00:00-04:00", "2026-05-15T09:30:00-04:00"],
      ["Diverticulitis", "2026-05-15T08:00:00-04:00", "2026-05-15T09:30:00-04:00"],
      ["Rectal Cancer Symposium", "2026-05-15T10:00:00-04:00", "2026-05-15T12:00:00-04:00"],
      ["Pancreas Video Session", "2026-05-15T13:00:00-04:00", "2026-05-15T14:30:00-04:00"],
      ["HPB Oral Abstracts", "2026-05-15T15:00:00-04:00", "2026-05-15T16:30:00-04:00"],
      ["Welcome Reception", "2026-05-15T18:00:00-04:00", "2026-05-15T20:00:00-04:00"],
      ["Gala Dinner", "2026-05-15T20:30:00-04:00", "2026-05-15T22:00:00-04:00"],
    ]);
    // Starting over after an afternoon is a guess, so it is said.
    expect(p.warnings).toEqual([
      {
        ref: "line 5",
        message: "Read “8:00” as 8:00 AM; write AM or PM if that is wrong",
        line: 5,
      },
    ]);
  });

  it("reads a room line above a block of sessions as their room, and one under a title as its", () => {
    const p = read([
      "Friday, May 15, 2026",
      "Room 201",
      "8:00-9:30 Bile Duct Injury",
      "10:00-12:00 Liver Transplant Debates",
      "Room 202",
      "8:00-9:30 Diverticulitis",
      "Saturday, May 16, 2026",
      "8:00-9:00 Hernia Update",
      "Ballroom A",
      "9:00-10:00 Closing Remarks",
    ]);
    expect(p.sessions.map((s) => [s.title, s.room])).toEqual([
      ["Bile Duct Injury", "Room 201"],
      ["Diverticulitis", "Room 202"],
      ["Liver Transplant Debates", "Room 201"],
      ["Hernia Update", "Ballroom A"],
      ["Closing Remarks", undefined],
    ]);
    expect(p.warnings).toEqual([]);
  });

  it("reads every numeric day header in the order one of them settles", () => {
    const p = read([
      "Tuesday 12/05/2026",
      "08:00-09:00 Opening",
      "Wednesday 13/05/2026",
      "08:00-09:00 Closing",
    ]);
    expect(times(p)).toEqual([
      ["Opening", "2026-05-12T08:00:00-04:00", "2026-05-12T09:00:00-04:00"],
      ["Closing", "2026-05-13T08:00:00-04:00", "2026-05-13T09:00:00-04:00"],
    ]);
    expect(p.warnings).toEqual([]);
  });

  it("reads bare early hours from the day's order: 6:30 then 5:45 are both morning", () => {
    const p = read([
      "Friday, May 15, 2026",
      "6:30-7:30 Breakfast Symposium",
      "5:45-6:30 Early Bird Skills Lab",
      "12:00-1:00 Noon Lecture",
      "1:30-2:30 Afternoon Panel",
      "1:35 First talk",
    ]);
    expect(times(p)).toEqual([
      ["Early Bird Skills Lab", "2026-05-15T05:45:00-04:00", "2026-05-15T06:30:00-04:00"],
      ["Breakfast Symposium", "2026-05-15T06:30:00-04:00", "2026-05-15T07:30:00-04:00"],
      ["Noon Lecture", "2026-05-15T12:00:00-04:00", "2026-05-15T13:00:00-04:00"],
      ["Afternoon Panel", "2026-05-15T13:30:00-04:00", "2026-05-15T14:30:00-04:00"],
      ["First talk", "2026-05-15T13:35:00-04:00", "2026-05-15T14:30:00-04:00"],
    ]);
    expect(p.warnings).toEqual([
      {
        ref: "line 2",
        message: "Read “6:30” as 6:30 AM; write AM or PM if that is wrong",
        line: 2,
      },
    ]);
  });

  it("reads a day's first bare 1–5 as afternoon with a warning, and starts afresh each day", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "1:00-5:00 Workshop",
      "Friday, May 15, 2026",
      "9:00-10:00 Plenary",
      "Saturday, May 16, 2026",
      "5:45-6:30 Skills Lab",
    ]);
    expect(times(p)).toEqual([
      ["Workshop", "2026-05-14T13:00:00-04:00", "2026-05-14T17:00:00-04:00"],
      ["Plenary", "2026-05-15T09:00:00-04:00", "2026-05-15T10:00:00-04:00"],
      ["Skills Lab", "2026-05-16T17:45:00-04:00", "2026-05-16T18:30:00-04:00"],
    ]);
    expect(p.warnings).toEqual([
      {
        ref: "line 2",
        message: "Read “1:00” as 1:00 PM; write AM or PM if that is wrong",
        line: 2,
      },
      {
        ref: "line 6",
        message: "Read “5:45” as 5:45 PM; write AM or PM if that is wrong",
        line: 6,
      },
    ]);
  });

  it("reads a whole numeric date line as a day header, not a time", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "08:00-09:00 First talk",
      "15.05.2026",
      "08:00-09:00 Second talk",
      "Saturday, 5/16/2026",
      "08:00-09:00 Third talk",
      "2026-05-17 (Day 4)",
      "08:00-09:00 Fourth talk",
    ]);
    expect(times(p)).toEqual([
      ["First talk", "2026-05-14T08:00:00-04:00", "2026-05-14T09:00:00-04:00"],
      ["Second talk", "2026-05-15T08:00:00-04:00", "2026-05-15T09:00:00-04:00"],
      ["Third talk", "2026-05-16T08:00:00-04:00", "2026-05-16T09:00:00-04:00"],
      ["Fourth talk", "2026-05-17T08:00:00-04:00", "2026-05-17T09:00:00-04:00"],
    ]);
    expect(p.warnings).toEqual([]);
  });

  it("warns with both readings of a numeric day that reads both ways, unless the order is given", () => {
    const lines = ["Wednesday, 05/06/2026", "08:00-09:00 Opening"];
    const p = read(lines);
    expect(times(p)).toEqual([
      ["Opening", "2026-05-06T08:00:00-04:00", "2026-05-06T09:00:00-04:00"],
    ]);
    expect(p.warnings).toEqual([
      {
        ref: "line 1",
        message:
          "Read “5/6/2026” as 6 May 2026, not 5 June 2026; choose the date order if that is wrong",
        line: 1,
      },
    ]);
    const dmy = read(lines, { dateOrder: "dmy" });
    expect(times(dmy)).toEqual([
      ["Opening", "2026-06-05T08:00:00-04:00", "2026-06-05T09:00:00-04:00"],
    ]);
    expect(dmy.warnings).toEqual([
      {
        ref: "line 1",
        message: "June 5, 2026 is a Friday, not a Wednesday; check the year and the date",
        line: 1,
      },
    ]);
  });
});

describe("program text names that cannot be placed", () => {
  const read = (lines: string[]) =>
    importProgram(lines.join("\n"), { timeZone: "America/Chicago", format: "text" }).program;

  it("reads one name alone on its line under a role label", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "7:00 AM - 8:15 AM Trauma Updates",
      "Chairs:",
      "Jane Doe",
      "Panelists",
      "J. Smith",
      "Moderated by",
      "Pieter van der Berg",
      "Discussant",
      "Li Wei (Peking University)",
      "Rapporteur:",
      "JANE ROE, MD",
    ]);
    expect(cast(p, "Trauma Updates")).toEqual([
      "chair:Jane Doe",
      "panelist:J. Smith",
      "moderator:Pieter van der Berg",
      "discussant:Li Wei",
      "chair:JANE ROE",
    ]);
    expect(person(p, "Li Wei")?.affiliation).toBe("Peking University");
    expect(p.sessions[0]?.description).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });

  it("warns about a line under a role label that names someone it cannot read", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "7:00 AM - 8:15 AM Trauma Updates",
      "Panelists:",
      "Madonna",
      "Learning objectives: mesh choices.",
      "8:30 AM - 9:00 AM Hernia Debate",
      "Speakers include",
      "Cher, Prince",
    ]);
    expect(cast(p, "Trauma Updates")).toEqual([]);
    expect(p.sessions[0]?.description).toBe("Madonna\nLearning objectives: mesh choices.");
    expect(p.sessions[1]?.description).toBe("Cher, Prince");
    expect(p.warnings).toEqual([
      {
        ref: "line 4",
        message: "Could not read the panelist “Madonna”; kept it in the description",
        line: 4,
      },
      {
        ref: "line 8",
        message: "Could not read the speaker “Cher, Prince”; kept it in the description",
        line: 8,
      },
    ]);
  });

  it("reads one name right under a talk's title as its speaker, not after a blank line", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "07:05 - 07:25 Damage control in 2026",
      "J. Smith",
      "07:25 - 07:45 Whole blood for all?",
      "Pieter van der Berg, Massachusetts General Hospital",
      "07:45 - 08:00 Mesh choices",
      "",
      "Lightning Talks",
      "08:00 - 08:30 Lunch",
      "Exhibit Hall B",
    ]);
    expect(cast(p, "Damage control in 2026")).toEqual(["speaker:J. Smith"]);
    expect(cast(p, "Whole blood for all?")).toEqual(["speaker:Pieter van der Berg"]);
    expect(person(p, "Pieter van der Berg")?.affiliation).toBe("Massachusetts General Hospital");
    expect(cast(p, "Mesh choices")).toEqual([]);
    expect(p.sessions[2]?.description).toBe("Lightning Talks");
    expect(p.sessions[3]?.room).toBe("Exhibit Hall B");
    expect(p.people).toHaveLength(2);
  });

  it("reads names joined by dashes under a label, and a speaker after a dash in a talk line", () => {
    const p = read([
      "Friday, October 11, 2019",
      "Session 1",
      "Co-Chairs:",
      "J Zamorano – Kadhim Sulaiman – Hajar Albinali",
      "15:05-15:30 Guidelines on chronic coronary syndromes",
      "Introduction of the speakers",
      "a) Molecular imaging – M Mizanur Rahman",
      "b) Metastatic Breast Cancer -Paul N Mainwaring",
      "c) Asian Problem Asian Solution – Chintamoni",
      "d) Questions and answers – All Faculty",
    ]);
    expect(cast(p, "Guidelines on chronic coronary syndromes")).toEqual([
      "chair:J Zamorano",
      "chair:Kadhim Sulaiman",
      "chair:Hajar Albinali",
      "speaker:M Mizanur Rahman",
      "speaker:Paul N Mainwaring",
    ]);
    expect(p.sessions[0]?.description).toBe(
      [
        "a) Molecular imaging – M Mizanur Rahman",
        "b) Metastatic Breast Cancer -Paul N Mainwaring",
        "c) Asian Problem Asian Solution – Chintamoni",
        "d) Questions and answers – All Faculty",
      ].join("\n"),
    );
    expect(p.warnings).toEqual([]);
  });

  it("warns about two names joined by a dash under a label, which could be a name and an office", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "7:00 AM - 8:15 AM Trauma Updates",
      "Co-Chairs:",
      "Kadhim Sulaiman – Hajar Albinali",
    ]);
    expect(cast(p, "Trauma Updates")).toEqual([]);
    expect(p.warnings).toEqual([
      {
        ref: "line 4",
        message:
          "Could not read the chair “Kadhim Sulaiman – Hajar Albinali”; kept it in the description",
        line: 4,
      },
    ]);
  });

  it("reads a role label with its plural in brackets", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "7:00 AM - 8:15 AM Trauma Updates",
      "Speaker(s): Jane Doe, John Roe",
      "Chair(s): Ann Lee",
    ]);
    expect(cast(p, "Trauma Updates")).toEqual([
      "speaker:Jane Doe",
      "speaker:John Roe",
      "chair:Ann Lee",
    ]);
    expect(p.sessions[0]?.description).toBeUndefined();
  });

  it("names a room under a role label as the room, not a person", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "4:00pm - 5:00pm\tGeneralizability in Machine Learning",
      "Panel Discussion",
      "Leo Celi, MD, MIT, Jason Fries, PhD\tBroad Auditorium",
    ]);
    expect(cast(p, "Generalizability in Machine Learning")).toEqual([
      "panelist:Leo Celi",
      "panelist:Jason Fries",
    ]);
    expect(p.sessions[0]?.room).toBe("Broad Auditorium");
  });

  it("warns with the names of faculty that no session takes", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "Chairs:",
      "Jane Doe, John Roe",
      "Moderator: Peñafrancia C. Cano, MD",
      "Session 1",
      "Co-Chairs:",
      "Dr Ann Lee – Dr Bob Stone",
      "Session 2",
      "Panelists: Tom Lee, Mia Chen",
      "Moderators:",
      "Bono",
      "Friday, May 15, 2026",
      "Session 3",
      "Chairs: Sara Cohen",
      "9:00 AM - 10:00 AM Opening",
    ]);
    expect(cast(p, "Opening")).toEqual(["chair:Sara Cohen"]);
    expect(p.warnings).toEqual([
      {
        ref: "line 3",
        message: "No timed session follows for “Jane Doe”, “John Roe”; left out",
        line: 3,
      },
      {
        ref: "line 4",
        message: "No timed session follows for “Peñafrancia C. Cano”; left out",
        line: 4,
      },
      {
        ref: "line 7",
        message: "No timed session follows for “Ann Lee”, “Bob Stone”; left out",
        line: 7,
      },
      { ref: "line 11", message: "Could not read the moderator “Bono”; left out", line: 11 },
      {
        ref: "line 9",
        message: "No timed session follows for “Tom Lee”, “Mia Chen”; left out",
        line: 9,
      },
    ]);
  });
});

describe("program text in other languages and day header wordings", () => {
  const read = (lines: string[], ctx = {}) =>
    importProgram(lines.join("\n"), { timeZone: "Europe/Rome", format: "text", ...ctx }).program;
  const days = (p: Program) => p.sessions.map((s) => s.start.slice(0, 16));

  it.each([
    ["GIORNATA I Venerdì 15 Novembre 2024", "2024-11-15"],
    ["Miércoles 13 de febrero de 2019", "2019-02-13"],
    ["Mittwoch, 13. Februar 2019", "2019-02-13"],
    ["mercredi 1er mars 2023", "2023-03-01"],
    ["Quinta-feira, 2 de março de 2023", "2023-03-02"],
    ["On August 28, 2017 (Day 1 of Conference)", "2017-08-28"],
    ["First Day : 17 July 2023", "2023-07-17"],
    ["Día 2 - 14 de febrero de 2019", "2019-02-14"],
    ["28 NİSAN 2025, PAZARTESİ", "2025-04-28"],
    ["Sexta-feira, dia 5 de Agosto de 2011", "2011-08-05"],
    ["Piątek, 14 czerwca 2019", "2019-06-14"],
    // The BRASOStbt 2019 program page (Rio de Janeiro; Helio-Cruz/Brasos,
    // content/themes/brasos/template-brasos2019-programation.php at e0f962e8) numbers its
    // weekdays, with the date after a dash.
    ["5ª FEIRA - 27/06/2019", "2019-06-27"],
    ["SÁBADO - 29/06/2019", "2019-06-29"],
    ["Sexta-feira - 28/06/2019", "2019-06-28"],
    ["2a. feira, 24/06/2019", "2019-06-24"],
  ])("reads the day header %j", (header, date) => {
    expect(days(read([header, "09:00 - 10:00 Apertura"]))).toEqual([`${date}T09:00`]);
  });

  it("gives day tabs above the dated headers the year the text names, and reads Turkish roles", () => {
    const p = read([
      "28 Nisan Pazartesi",
      "29 Nisan Salı",
      "28 NİSAN 2025, PAZARTESİ",
      "09:20-11:00\tEnzim Tedavileri",
      "Oturum Başkanları: Dr. Gülden Gökçay, Dr. Mehmet Gündüz",
    ]);
    expect(p.sessions.map((s) => s.start)).toEqual(["2025-04-28T09:20:00+02:00"]);
    expect(cast(p, "Enzim Tedavileri")).toEqual(["chair:Gülden Gökçay", "chair:Mehmet Gündüz"]);
    expect(p.warnings).toEqual([
      {
        ref: "program",
        message:
          "The days name no year; took 2025, which the text names and in which April 28 is a Monday",
      },
    ]);
  });

  it("reads days written only as weekdays from the first day typed, and asks for it otherwise", () => {
    // The day tabs of the Polish Cardiac Society's 2019 heart failure program page (crawled in
    // KqSMea8/ISI-PROJECT2, HtmlRobotsFiles/konferencja.niewydolnosc-serca.pl at 4d8b759d),
    // where the crawl dropped the letter ą of "Piątek".
    const lines = ["PROGRAM", "Piatek", "10:30 - 11:45 Warsztaty", "Sobota", "9:00 - 10:30 Sesja"];
    const starts = (p: Program) => p.sessions.map((s) => s.start);
    const friday = read(lines, { firstDay: "2019-06-14", timeZone: "Europe/Warsaw" });
    expect(starts(friday)).toEqual(["2019-06-14T10:30:00+02:00", "2019-06-15T09:00:00+02:00"]);
    expect(friday.warnings).toEqual([]);
    const thursday = read(lines, { firstDay: "2019-06-13", timeZone: "Europe/Warsaw" });
    expect(starts(thursday)).toEqual(["2019-06-14T10:30:00+02:00", "2019-06-15T09:00:00+02:00"]);
    expect(thursday.warnings).toEqual([
      {
        ref: "line 2",
        line: 2,
        message: "The first day, 13 June 2019, is no Friday; “Piatek” was read as 14 June 2019",
      },
    ]);
    expect(() => read(lines)).toThrow(
      "The text gives its days only as weekdays (“Piatek”): type the first day of the meeting",
    );
    expect(errorCode(() => read(lines))).toBe("import.no_date");
    // Beside dated headers, a weekday alone moves no day.
    const dated = read([
      "Friday, June 14, 2019",
      "09:00 - 10:00 A",
      "Saturday, June 15, 2019",
      "Saturday",
      "09:00 - 10:00 B",
    ]);
    expect(starts(dated)).toEqual(["2019-06-14T09:00:00+02:00", "2019-06-15T09:00:00+02:00"]);
    // Abbreviations alone on a line stay text.
    expect(starts(read(["Mon", "10:30 - 11:45 Talk"], { firstDay: "2019-06-14" }))).toEqual([
      "2019-06-14T10:30:00+02:00",
    ]);
  });

  it("reads a grid of rooms under one time, each room named before its title, and an initialled name with a place in brackets under a talk title as its speaker", () => {
    // A block of the same Polish program page.
    const p = read(
      [
        "Piatek",
        "12:00 - 13:30",
        "Sala Tulip 1+2",
        "",
        "Pacjent z niewydolnoscia serca i cukrzyca AD 2019.",
        "",
        "Niewydolnosc serca i cukrzyca – niebezpieczny duet.",
        "M. Lelonek (Lódz)",
        "Nerki u pacjenta z niewydolnoscia serca i cukrzyca.",
        "P. Rozentryt (Zabrze)",
        "Heart Failure (HF)",
        "Sala Azalia",
        "",
        "Choroba niedokrwienna serca i HfrEF?",
        "",
        "Leczenie farmakologiczne.",
        "E. Straburzynska-Migaj (Poznan)",
        "EKG a niewydolnosc serca.",
        "R. Baranowski",
        "1. Wstrzas kardiogenny",
        "– K. Ptaszynska–Kopczynska (Bialystok)",
      ],
      { firstDay: "2019-06-14", timeZone: "Europe/Warsaw" },
    );
    expect(p.sessions.map((s) => [s.start, s.end, s.title, s.room])).toEqual([
      [
        "2019-06-14T12:00:00+02:00",
        "2019-06-14T13:30:00+02:00",
        "Pacjent z niewydolnoscia serca i cukrzyca AD 2019.",
        "Sala Tulip 1+2",
      ],
      [
        "2019-06-14T12:00:00+02:00",
        "2019-06-14T13:30:00+02:00",
        "Choroba niedokrwienna serca i HfrEF?",
        "Sala Azalia",
      ],
    ]);
    expect(p.people.map((x) => [x.name, x.affiliation])).toEqual([
      ["M. Lelonek", "Lódz"],
      ["P. Rozentryt", "Zabrze"],
      ["E. Straburzynska-Migaj", "Poznan"],
      ["R. Baranowski", undefined],
      ["K. Ptaszynska–Kopczynska", "Bialystok"],
    ]);
    expect(cast(p, "Choroba niedokrwienna serca i HfrEF?")).toEqual([
      "speaker:E. Straburzynska-Migaj",
      "speaker:R. Baranowski",
      "speaker:K. Ptaszynska–Kopczynska",
    ]);
    expect(cast(p, "Pacjent z niewydolnoscia serca i cukrzyca AD 2019.")).toEqual([
      "speaker:M. Lelonek",
      "speaker:P. Rozentryt",
    ]);
  });

  it("reads Portuguese session lines: a welcome reception is no speaker, and Ft. is a title", () => {
    // Lines of the BRASOStbt 2019 program page (source above), as a browser copies it.
    const p = read([
      "6ª FEIRA - 28/06/2019",
      "17:30 – 17:45 Diagnóstico funcional",
      "Palestrante: Ft. Rafael Tambassia",
      "20:30h : ABERTURA – COQUETEL DE BOAS VINDAS",
    ]);
    expect(p.sessions.map((s) => [s.start, s.title])).toEqual([
      ["2019-06-28T17:30:00+02:00", "Diagnóstico funcional"],
      ["2019-06-28T20:30:00+02:00", "ABERTURA – COQUETEL DE BOAS VINDAS"],
    ]);
    expect(cast(p, "Diagnóstico funcional")).toEqual(["speaker:Rafael Tambassia"]);
    expect(cast(p, "ABERTURA – COQUETEL DE BOAS VINDAS")).toEqual([]);
  });

  it("reads abbreviated Portuguese role labels, a state code after a name, and each talk title's speaker under a session", () => {
    // Lines of the Jornada de Pneumologia Pediátrica 2011 page (Belo Horizonte), as a browser
    // copies its table.
    const p = read([
      "Sábado, dia 6 de Agosto de 2011",
      "08h\t",
      "",
      "Tratamento da Tuberculose: considerações atuais e futuras",
      "Dr. Marcus B. Conde RJ",
      "Pres. Mesa: Dr. José Semionato Filho - MG",
      "",
      "12h30\t",
      "",
      "Doenças Neuromusculares",
      "Moderadora: Dra. Mariana Scalco MG",
      "",
      "Técnicas de fisioterapia respiratória",
      "Rita de Cássia A. Barbosa MG",
      "",
      "Ventilação X Traqueostomia: tornar possível o impossível",
      "Miguel Gonçalves - Portugal",
      "",
      "14h30\t",
      "Febre: como conduzir",
      "Dr. Edmilson Migowski - RJ",
      "Coord. Mesa: Dra. Luiza Delfim",
      "Discutidora: Simone Nabuco de Senna- MG",
    ]);
    expect(cast(p, "Tratamento da Tuberculose: considerações atuais e futuras")).toEqual([
      "speaker:Marcus B. Conde",
      "chair:José Semionato Filho",
    ]);
    expect(cast(p, "Doenças Neuromusculares")).toEqual([
      "moderator:Mariana Scalco",
      "speaker:Rita de Cássia A. Barbosa",
      "speaker:Miguel Gonçalves",
    ]);
    expect(p.sessions[1]?.description).toBe(
      "Técnicas de fisioterapia respiratória\nVentilação X Traqueostomia: tornar possível o impossível",
    );
    expect(cast(p, "Febre: como conduzir")).toEqual([
      "speaker:Edmilson Migowski",
      "chair:Luiza Delfim",
      "discussant:Simone Nabuco de Senna",
    ]);
    expect(p.people.map((x) => [x.name, x.affiliation])).toEqual([
      ["Marcus B. Conde", "RJ"],
      ["José Semionato Filho", "MG"],
      ["Mariana Scalco", "MG"],
      ["Rita de Cássia A. Barbosa", "MG"],
      ["Miguel Gonçalves", "Portugal"],
      ["Edmilson Migowski", "RJ"],
      ["Luiza Delfim", undefined],
      ["Simone Nabuco de Senna", "MG"],
    ]);
  });

  it("reads a talk's time under a label below its title, and ends an evening's last session that night", () => {
    // Lines of the Dasa Oncologia 2023 congress page, as a browser copies them.
    const p = read([
      "23 de novembro de 2023",
      "20h30",
      "Solenidade de abertura",
      "24 de novembro de 2023 Sala 01",
      "8h às 12h30",
      "",
      "Mama",
      "",
      "Desafios na avaliação radiológica do carcinoma lobular invasivo",
      "",
      "Duração: 08:00 - 8:15 min.",
      "",
      "Palestrante:",
      "",
      "Uso do PET-FES - Indicações e limitaçoes",
      "",
      "Duração: 08:15 - 08:30 min.",
      "",
      "Palestrante: RENATA DOS ANJOS",
      "",
      "Discussão",
      "",
      "Duração: 09:00 - 09:20 min.",
      "",
      "Discutidora: ANEZKA FERRARI",
      "",
      "Discutidor: EZIO NOVAES",
    ]);
    expect(
      p.sessions.map((s) => `${s.start.slice(5, 16)}-${s.end.slice(11, 16)} ${s.title}`),
    ).toEqual([
      "11-23T20:30-21:00 Solenidade de abertura",
      "11-24T08:00-12:30 Mama",
      "11-24T08:00-08:15 Desafios na avaliação radiológica do carcinoma lobular invasivo",
      "11-24T08:15-08:30 Uso do PET-FES - Indicações e limitaçoes",
      "11-24T09:00-09:20 Discussão",
    ]);
    expect(cast(p, "Uso do PET-FES - Indicações e limitaçoes")).toEqual([
      "speaker:RENATA DOS ANJOS",
    ]);
    expect(cast(p, "Discussão")).toEqual(["discussant:ANEZKA FERRARI", "discussant:EZIO NOVAES"]);
    expect(p.people).toHaveLength(3);
  });

  it("reads a room grid whose cells run over lines, a room named in a cell, a day header right under a row, and a talk's speaker after its title's full stop", () => {
    // Lines of the Curso Internacional de Inmunología 2016 page (Lima), as a browser copies its
    // accordion of room grids.
    const p = read([
      "Programa 28 de Setiembre del 2016",
      "TURNO\tSALA A\tSALA B\tSALA C",
      "03:30 pm - 04:00 pm\tRegulación Molecular de la anergia de linfocitos T. Dr. Thomas Gajewski (USA)\tMecanismos de tolerancia. Dra. María Alegre (USA)",
      "05:00 pm - 05: 30 pm\tCoffe Break",
      "7:30 PM\tSHOW",
      "Programa 29 de Setiembre del 2016",
      "Turno\tSALA A\tSALA B\tSALA C",
      "09:00 am - 09:15 am\t",
      "09:15 am - 09:40 am\tOtras aplicaciones clínicas de Citometría de Flujo.",
      "Dra. Zullim Chumbiriza (PER)\tAlergias Alimentarias: Una perspectiva clínica.",
      "Dr: César Galván (PER)",
      "12:25 pm - 01:25 pm\tSalas A y B\tSala C",
      "Symposium: Mead Johnson Nutrition\t",
    ]);
    expect(
      p.sessions.map((s) => `${s.start.slice(5, 16)}-${s.end.slice(11, 16)} ${s.room}`),
    ).toEqual([
      "09-28T15:30-16:00 SALA A",
      "09-28T15:30-16:00 SALA B",
      "09-28T17:00-17:30 SALA A",
      "09-28T19:30-20:00 SALA A",
      "09-29T09:15-09:40 SALA A",
      "09-29T09:15-09:40 SALA B",
      "09-29T12:25-13:25 Sala C",
    ]);
    expect(p.sessions.map((s) => s.people.length)).toEqual([1, 1, 0, 0, 1, 1, 0]);
    expect(p.sessions[6]?.title).toBe("Symposium: Mead Johnson Nutrition");
    expect(p.warnings.filter((w) => w.line === 8)).toEqual([
      { ref: "line 8", line: 8, message: "A time with nothing under it; skipped" },
    ]);
    expect(p.people.map((x) => [x.name, x.affiliation])).toEqual([
      ["Thomas Gajewski", "USA"],
      ["María Alegre", "USA"],
      ["Zullim Chumbiriza", "PER"],
      ["César Galván", "PER"],
    ]);
  });

  it("skips a length under a range, and reads a presenter with a training year written above the talk's title", () => {
    // Lines of the UVA Emergency Medicine Research Day 2026 schedule page.
    const p = read([
      "Wednesday, April 29, 2026",
      "9:19 – 9:31",
      "10+2 min",
      "Paul Kim PGY-3",
      "Systematic Review Snapshot — Accepted at Annals of Emergency Medicine",
      "10:17 – 10:29",
      "10+2 min",
      "Michael Larsen PGY-3",
      "Dietl's Crisis — Case Report",
      "10:47 – 11:17",
      "30 min",
      "Gallery Walk — Posters + SAEM Abstract Wall",
    ]);
    expect(p.sessions.map((s) => [s.title, s.people.length])).toEqual([
      ["Systematic Review Snapshot — Accepted at Annals of Emergency Medicine", 1],
      ["Dietl's Crisis — Case Report", 1],
      ["Gallery Walk — Posters + SAEM Abstract Wall", 0],
    ]);
    expect(p.people.map((x) => [x.name, x.credentials])).toEqual([
      ["Paul Kim", ["PGY-3"]],
      ["Michael Larsen", ["PGY-3"]],
    ]);
    expect(p.sessions.map((s) => s.description)).toEqual([undefined, undefined, undefined]);
  });

  it("reads a paper's authors after its title's full stop, and names alone in brackets under a session", () => {
    // Lines of the MICCAI 2013 DTI Tractography Challenge program (Nagoya).
    const p = read([
      "Sunday, September 22, 2013",
      "9:30-10:15: Keynote Lecture Anatomical accuracy of Diffusion MRI tractography and connectivity. Carlo Pierpaoli, M.D., Ph.D., National Institutes of Health, Bethesda, USA",
      "11:15-12:00: DTI Tractography Session II",
      "Local Atlas-based Adaptive Fiber Tracking. Jan Klein, Monique Meuschke, Horst K. Hahn. Fraunhofer MEVIS, Germany",
      "13:00-14:00: A View from the Clinic",
      "(Arya Nabavi, Yoshihiro Muragaki, Luke Macyszyn)",
    ]);
    expect(p.sessions.map((s) => s.people.length)).toEqual([1, 3, 3]);
    expect(p.sessions[1]?.description).toBe(
      "Local Atlas-based Adaptive Fiber Tracking. Jan Klein, Monique Meuschke, Horst K. Hahn. Fraunhofer MEVIS, Germany",
    );
    expect(p.people.map((x) => [x.name, x.affiliation ?? ""])).toEqual([
      ["Carlo Pierpaoli", "National Institutes of Health, Bethesda, USA"],
      ["Jan Klein", "Fraunhofer MEVIS, Germany"],
      ["Monique Meuschke", "Fraunhofer MEVIS, Germany"],
      ["Horst K. Hahn", "Fraunhofer MEVIS, Germany"],
      ["Arya Nabavi", ""],
      ["Yoshihiro Muragaki", ""],
      ["Luke Macyszyn", ""],
    ]);
  });

  it("takes the first day of a span the line above the sessions names", () => {
    // The ISC 2019 conference page (Mumbai) heads its program "9th -11th January 2019".
    const p = read(["9th -11th January 2019", "2:30 – 2:45 pm\tTea / Coffee\tXIMR- Hall"]);
    expect(p.sessions.map((s) => s.start.slice(0, 16))).toEqual(["2019-01-09T14:30"]);
    expect(p.warnings[0]?.message).toBe(
      "No day header; the sessions are on the day this line names",
    );
  });

  it("reads the labels of one line each as its own role, before the day's first session", () => {
    const p = read([
      "GIORNATA I Venerdì 15 Novembre 2024",
      "Presidente: A. Pezzolla   Moderatori: A. Facciorusso, S. Leo",
      "15:00 Registrazione dei partecipanti",
      "15:45 Gli omics ed i sub-tipi molecolari (Relatore M.Donadon)",
      "16:15 Diagnostica avanzata (Relatori A. Dell'Anna, R.O. Leone)",
    ]);
    expect(p.sessions.map((s) => s.title)).toEqual([
      "Registrazione dei partecipanti",
      "Gli omics ed i sub-tipi molecolari",
      "Diagnostica avanzata",
    ]);
    const chairs = ["chair:A. Pezzolla", "moderator:A. Facciorusso", "moderator:S. Leo"];
    expect(cast(p, "Registrazione dei partecipanti")).toEqual(chairs);
    expect(cast(p, "Gli omics ed i sub-tipi molecolari")).toEqual([...chairs, "speaker:M.Donadon"]);
    expect(cast(p, "Diagnostica avanzata")).toEqual([
      ...chairs,
      "speaker:A. Dell'Anna",
      "speaker:R.O. Leone",
    ]);
    expect(p.warnings).toEqual([
      { ref: "line 5", message: "No end time; assumed 30 minutes", line: 5 },
    ]);
  });

  it("gives each block of a day the chairs listed above it, and reads Spanish and Italian titles", () => {
    const p = read([
      "Miércoles 13 de febrero de 2019",
      "Coordinan:\tDra. Aída Pérez Lara",
      "Dr. Roberto Gómez Hidalgo",
      "12:00 - 12:30\tImagen del tórax neonatal",
      "Dra. Aída Pérez Lara\tResumen",
      "Coordinan:\tDott.ssa Maria Rossi",
      "15:00 - 15:30\tAnatomía por RM del nervio periférico",
      "Dr. Jean-Luc Drape",
    ]);
    expect(cast(p, "Imagen del tórax neonatal")).toEqual([
      "chair:Aída Pérez Lara",
      "chair:Roberto Gómez Hidalgo",
      "speaker:Aída Pérez Lara",
    ]);
    expect(cast(p, "Anatomía por RM del nervio periférico")).toEqual([
      "chair:Maria Rossi",
      "speaker:Jean-Luc Drape",
    ]);
  });

  it('takes titles written as "Name: Title" or "Name (Affiliation)" as speakers when the program does so throughout', () => {
    const p = read([
      "Thursday, May 14, 2026",
      "8:50\tEdoardo Battaglia: Looking for Simplicity in Medical Haptics",
      "9:10\tXiaoguang Dong: Magnetically actuated implantable devices",
      "9:30 - 9:45: Daphne Koller (insitro)",
      "10:00\tLily Peng (Google Brain AI) & Dale Webster (Google Health)",
      "10:30\tCoffee Break",
    ]);
    expect(p.sessions.map((s) => cast(p, s.title))).toEqual([
      ["speaker:Edoardo Battaglia"],
      ["speaker:Xiaoguang Dong"],
      ["speaker:Daphne Koller"],
      ["speaker:Lily Peng", "speaker:Dale Webster"],
      [],
    ]);
    expect(p.sessions[2]?.end).toBe("2026-05-14T09:45:00+02:00");
  });

  it("leaves titles that only look like names when few of them do, or their first part repeats", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "8:00\tLean Leadership: The Opportunity to Reflect",
      "9:00\tLean Leadership: Adjusting the Plan",
      "10:00\tAnastomotic Leak: Prevention and Rescue",
      "11:00\tAnastomotic Leak: What Would You Do?",
      "12:00\tTrainee Event (Europe)",
    ]);
    expect(p.people).toEqual([]);
  });

  it("takes the day a sentence above the sessions names when no header does, with the year typed", () => {
    const lines = [
      "The workshop will be held December 13 in the West Ballroom A.",
      "08:30 - 08:45\tWelcome and opening remarks",
    ];
    const p = read(lines, { timeZone: "America/Vancouver", year: 2019 });
    expect(p.sessions.map((s) => [s.title, s.start])).toEqual([
      ["Welcome and opening remarks", "2019-12-13T08:30:00-08:00"],
    ]);
    expect(p.warnings).toEqual([
      {
        ref: "line 1",
        message: "No day header; the sessions are on the day this line names",
        line: 1,
      },
    ]);
  });

  it("takes the day a Korean date on the first session's own line names", () => {
    // As the KSCP 2023 course page writes its place and date above the program.
    const lines = [
      "프로그램",
      "장소: 세종대학교 광개토관, 컨벤션홀(B2)          일시: 2023년 7월 2일(일) 09:00 ~ 17:30",
      "08:55~09:00",
      "\tOpening",
    ];
    const p = read(lines, { timeZone: "Asia/Seoul" });
    expect(p.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ["Opening", "2023-07-02T08:55:00+09:00", "2023-07-02T09:00:00+09:00"],
      [
        "장소: 세종대학교 광개토관, 컨벤션홀(B2) 일시: 2023년 7월 2일(일)",
        "2023-07-02T09:00:00+09:00",
        "2023-07-02T17:30:00+09:00",
      ],
    ]);
  });

  it("reads a talk written as honorific, name, unit and quoted title", () => {
    const p = read([
      "Thursday, May 14, 2026",
      '9:00 - 9:10 Dott. Roberto Bonmassari - UO Cardiologia, APSS - "Dove si incontrano"',
    ]);
    expect(p.people).toEqual([
      expect.objectContaining({ name: "Roberto Bonmassari", affiliation: "UO Cardiologia, APSS" }),
    ]);
  });

  it("starts the next block after a talk that named its speaker", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "Chairs: Ann Lee, Bob Stone",
      "9:00 - 10:00 Morning Block",
      "9:00 - 9:30 Hernia Repair – Dr. Xavier Diaz",
      "Moderator: Dr. Carla Ruiz",
      "10:00 - 11:00 Afternoon Block",
    ]);
    expect(cast(p, "Morning Block")).toEqual(["chair:Ann Lee", "chair:Bob Stone"]);
    expect(cast(p, "Afternoon Block")).toEqual(["moderator:Carla Ruiz"]);
  });

  it("reads chairs written where a session's title would be, and the title from the line after", () => {
    const p = read([
      "28 NİSAN 2025, PAZARTESİ",
      "11:30-13:00\tOturum Başkanları: Dr. Mustafa Kendirci, Dr. Mahmut Çoker",
      "",
      "Lizozomal Depo Hastalıklarında Beslenme",
      "Konuşmacı: Dr. Hasan Önal",
      "14:00-15:00\tModerador: Dr. Wilson Rocha Filho - MG",
      "Amigdalectomia e adenoidectomia",
    ]);
    expect(p.sessions.map((s) => [s.title, cast(p, s.title)])).toEqual([
      [
        "Lizozomal Depo Hastalıklarında Beslenme",
        ["chair:Mustafa Kendirci", "chair:Mahmut Çoker", "speaker:Hasan Önal"],
      ],
      ["Amigdalectomia e adenoidectomia", ["moderator:Wilson Rocha Filho"]],
    ]);
    expect(person(p, "Wilson Rocha Filho")?.affiliation).toBe("MG");
  });

  it("reads a table's start and end cells as one range", () => {
    const p = read(["Thursday, May 14, 2026", "9.30\t10.10\tProper Names in Interaction"]);
    expect(p.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ["Proper Names in Interaction", "2026-05-14T09:30:00+02:00", "2026-05-14T10:10:00+02:00"],
    ]);
  });

  it("reads the author after a paper's quoted title", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "9:15 - 9:45\tSpotlight Paper Talks",
      '"Deep Survival Experts”, Xinyu Li et al.\t“Transfusion”, Maithra Raghu et al.',
    ]);
    expect(cast(p, "Spotlight Paper Talks")).toEqual(["speaker:Xinyu Li", "speaker:Maithra Raghu"]);
  });

  it("reads a role in the brackets after a title, and leaves brackets that name no one", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "9:00 AM Hernia Debate (Moderator: Jane Doe, MD)",
      "10:00 AM Faculty Meeting (Faculty Development)",
    ]);
    expect(cast(p, "Hernia Debate")).toEqual(["moderator:Jane Doe"]);
    expect(p.sessions[1]?.title).toBe("Faculty Meeting (Faculty Development)");
    expect(p.sessions[1]?.people).toEqual([]);
  });
});

describe("program text with each time after its title", () => {
  const read = (lines: string[]) =>
    importProgram(lines.join("\n"), { format: "text", timeZone: "Atlantic/Bermuda" }).program;
  const slots = (p: Program) =>
    p.sessions.map((s) => `${s.start.slice(11, 16)}-${s.end.slice(11, 16)} ${s.title}`);

  it("reads a range whose AM or PM ends it as the whole slot, and a title cut by its line with the time on its first half", () => {
    // As the Dysferlin conference page of 2007 prints its talks (padding as NO-BREAK SPACEs).
    const p = read([
      "MONDAY JULY 9, 2007",
      "“Towards cell therapy for muscular dystrophies”\u00a0\u00a0\u00a0 9:20 – 9:40 AM",
      "Giulio Cossu, Stem Cell Research Institute, Milan",
      "",
      "“A strategy based on splicing between vectors for\u00a0\u00a0 1:00 – 1:20 PM",
      "reversal of dysferlin deficiency by gene transfer”",
      "Isabelle Richard, Généthon, France",
      "",
      "Lecture 3 - 9:40 PM",
      "DINNER\u00a0 6:30 – 9:30 PM",
    ]);
    expect(slots(p)).toEqual([
      "09:20-09:40 “Towards cell therapy for muscular dystrophies”",
      "13:00-13:20 “A strategy based on splicing between vectors for reversal of dysferlin deficiency by gene transfer”",
      "18:30-21:30 DINNER",
      "21:40-22:10 Lecture 3",
    ]);
    expect(cast(p, "“Towards cell therapy for muscular dystrophies”")).toEqual([
      "speaker:Giulio Cossu",
    ]);
    expect(p.sessions[1]?.people.map((s) => s.role)).toEqual(["speaker"]);
    expect(person(p, "Isabelle Richard")?.affiliation).toBe("Généthon, France");
    expect(p.people).toHaveLength(2);
  });
});

describe("room lines", () => {
  it("reads Sala, Salle and Aula before a name as rooms, and a person named Sala as none", () => {
    expect(
      ["Sala Tulip 1+2", "Salle Pasteur", "Aula Magna", "Saal 2", "Maria Sala"].map(roomLine),
    ).toEqual(["Sala Tulip 1+2", "Salle Pasteur", "Aula Magna", "Saal 2", undefined]);
  });
});

describe("program text copied from pages with day tabs and table headings", () => {
  // Lines as they come from the ISPSM 2019 and ISC Mumbai 2019 pages (SOURCES.md).
  const read = (lines: string[]) =>
    importProgram(lines.join("\n"), { timeZone: "Asia/Kolkata", format: "text" }).program;
  const slots = (p: Program) =>
    p.sessions.map((s) => [s.title, s.start.slice(0, 16), s.end.slice(11, 16), s.room]);

  it("reads a row of day tabs as the last day, and says so", () => {
    const p = read([
      "Day 1, Friday 19th April 2019",
      "Day 2, Saturday 20th April 2019",
      "Day 3, Sunday 21st April 2019",
      "Download pdf",
      "08.00 - 09.00 Session 6 : Proffered Papers",
    ]);
    expect(slots(p)).toEqual([
      ["Session 6 : Proffered Papers", "2019-04-21T08:00", "09:00", undefined],
    ]);
    expect(p.warnings).toEqual([
      {
        ref: "line 3",
        message:
          "3 days are listed one after another from line 1, with no other line between them, as a page's day tabs are; the sessions below are read on the last, 21 April 2019. If they belong to another of those days, delete the other days' lines and import again",
        line: 3,
      },
      { ref: "line 4", message: "Could not place this line: “Download pdf”", line: 4 },
    ]);
  });

  it("keeps the day of an overview followed by that day's own header quiet", () => {
    const p = read([
      "Friday 19 April 2019",
      "Saturday 20 April 2019",
      "Friday 19 April 2019",
      "08.00 - 09.00 Opening",
    ]);
    expect(slots(p)).toEqual([["Opening", "2019-04-19T08:00", "09:00", undefined]]);
    expect(p.warnings).toEqual([]);
  });

  it("reads a start said to run on, a Q&A that names roles, and times in brackets without minutes", () => {
    const p = read([
      "Saturday 20 April 2019",
      "15.25 - 15.35",
      "",
      "Q&A: Chairpersons & Speakers",
      "Debate - (6-7pm)",
      "CULTURAL PROGRAMME ( 7 – 7:30 pm)",
      "19.30 onwards Cultural Program & Dinner",
    ]);
    expect(slots(p)).toEqual([
      ["Q&A: Chairpersons & Speakers", "2019-04-20T15:25", "15:35", undefined],
      ["Debate", "2019-04-20T18:00", "19:00", undefined],
      ["CULTURAL PROGRAMME", "2019-04-20T19:00", "19:30", undefined],
      ["Cultural Program & Dinner", "2019-04-20T19:30", "20:00", undefined],
    ]);
    expect(p.people).toEqual([]);
  });

  it("takes a table's headings as headings, and the cells under its venue heading as rooms", () => {
    const p = read([
      "9th -11th January 2019",
      "TIME\tACTIVITY\tVENUE",
      "11:30 – 2:30 pm\tRegistration\tFirst Quad.",
      "4:30 – 5:00 pm\tRefreshment\t ",
      "5.00 – 6.00 pm\tKeynote Address II Prof. Ramesh K. Goyal\tCollege – Hall",
    ]);
    expect(slots(p)).toEqual([
      ["Registration", "2019-01-09T11:30", "14:30", "First Quad."],
      ["Refreshment", "2019-01-09T16:30", "17:00", undefined],
      ["Keynote Address II Prof. Ramesh K. Goyal", "2019-01-09T17:00", "18:00", "College – Hall"],
    ]);
    expect(p.people.map((x) => x.name)).toEqual(["Ramesh K. Goyal"]);
    expect(p.warnings.map((w) => w.message)).toEqual([
      "No day header; the sessions are on the day this line names",
    ]);
  });

  it("reads a time span above a table's headings as the table's title, and names parted by a middle dot", () => {
    // As the NEO WEST 2026 page lays out its morning (SOURCES.md).
    const p = read([
      "19 November 2026 · Jeddah, Hilton Hotel",
      "08:00 – 12:30 · Morning Program",
      "Time\tProgram\tSpeaker / Details",
      "8:00 – 8:30\tRegistration\t—",
      "Session 2",
      "\tModerators\tDr. Zhraa Alsalami · Dr. Randa Ainousah",
      "10:50 – 11:10\tFurosemide in The NICU\tDr. Nawaf Al-Dajani",
    ]);
    expect(slots(p)).toEqual([
      ["Registration", "2026-11-19T08:00", "08:30", undefined],
      ["Furosemide in The NICU", "2026-11-19T10:50", "11:10", undefined],
    ]);
    expect(cast(p, "Furosemide in The NICU")).toEqual([
      "moderator:Zhraa Alsalami",
      "moderator:Randa Ainousah",
      "speaker:Nawaf Al-Dajani",
    ]);
    // A span above a table that starts later is a session of its own.
    const q = read([
      "19 November 2026",
      "08:00 – 08:30 · Registration",
      "Time\tProgram\tSpeaker",
      "9:00 – 9:30\tHow Prematurity Alters Lung Development\tDr. Elaf Junainah",
    ]);
    expect(slots(q).map((s) => s[0])).toEqual([
      "Registration",
      "How Prematurity Alters Lung Development",
    ]);
  });

  it("reads numbered days from the span above them, block titles with their chairs, and one-word speakers", () => {
    // As the UTFB Con 2019 page lays out its two days (SOURCES.md names the page).
    const p = importProgram(
      [
        "Date 9th - 10th November, 2019",
        "Day 1 Uro-Oncology Master classes",
        "Time\tTopic\tSpeakers",
        "9.15 – 9.30 AM\tKidney Cancer pathology\tMohammed Kamal",
        "9.30 – 9.45 AM\tImaging of Renal Mass\tNafiz",
        "\t",
        "Kidney Cancer (Basic) II",
        "Professor Sarwar Alam, Chairman, Dept. of Oncology, BSMMU",
        "Professor AKM Anwarul Islam, Professor Urology\t",
        "9.45 – 10.00 AM\tManagement of Small renal mass\tRajeev TP",
        "Date 9th - 10th November, 2019",
        "Day 2 Prostate Cancer",
        "Time\tTopic\tSpeakers",
        "\t",
        "Prostate Cancer Diagnosis",
        "Professor Maj General HR Harun, Professor of Urology",
        "Dr. Narmada P Gupta, Professor of Urology, Midanta city, New Delhi, India\t",
        "8.00-8.15 AM\tNCCN Guidelines\tS A Khan",
      ].join("\n"),
      { timeZone: "Asia/Dhaka", format: "text" },
    ).program;
    expect(slots(p).map((s) => [s[0], s[1]])).toEqual([
      ["Kidney Cancer pathology", "2019-11-09T09:15"],
      ["Imaging of Renal Mass", "2019-11-09T09:30"],
      ["Management of Small renal mass", "2019-11-09T09:45"],
      ["NCCN Guidelines", "2019-11-10T08:00"],
    ]);
    expect(cast(p, "Imaging of Renal Mass")).toEqual(["speaker:Nafiz"]);
    expect(cast(p, "Management of Small renal mass")).toEqual([
      "chair:Sarwar Alam",
      "chair:AKM Anwarul Islam",
      "speaker:Rajeev TP",
    ]);
    expect(cast(p, "NCCN Guidelines")).toEqual([
      "chair:HR Harun",
      "chair:Narmada P Gupta",
      "speaker:S A Khan",
    ]);
    expect(person(p, "AKM Anwarul Islam")?.affiliation).toBe("Professor Urology");
    expect(person(p, "HR Harun")?.affiliation).toBe("Professor of Urology");
    expect(p.sessions.find((s) => s.title === "NCCN Guidelines")?.track).toBe(
      "Prostate Cancer Diagnosis",
    );
  });

  it("seats the name under a role whose line gives only the slot's length, and no slot label as a person", () => {
    const p = read([
      "Thursday 10 January 2019",
      "Venue – I (10.30 - 12.45 pm)",
      "Plenary Speaker: 30 + 5min",
      "Prof. Andras Varo (University of Szeged, Hungary)",
      "Speaker – I (20+5) min.",
    ]);
    expect(cast(p, "Venue – I")).toEqual(["speaker:Andras Varo"]);
    expect(person(p, "Andras Varo")?.affiliation).toBe("University of Szeged, Hungary");
    expect(p.warnings.map((w) => w.message)).toEqual([
      "Could not read the speaker “I (20+5) min.”",
    ]);
  });
});

describe("program text from Polish, Spanish, Indian and Brazilian pages", () => {
  // Lines as they come from the corpus files named in each test (SOURCES.md).
  const read = (lines: string[], timeZone = "Europe/Warsaw") =>
    importProgram(lines.join("\n"), { timeZone, format: "text" }).program;

  it("reads Russian moderators, and a talk's speaker on its time line with its topic below", () => {
    // Lines of the NIIOZ forum 2020 page (Moscow).
    const p = read(
      [
        "12.11.2020",
        "11:00 – 12:30",
        "Пленарное заседание: Доверие к системе здравоохранения",
        "Модератор: Аксенова Елена Ивановна",
        "Директор ГБУ «Научно-исследовательский институт организации здравоохранения»",
        "11:10 - 11:20 Хаберсаат Катрин Бах",
        "Представитель Центрального офиса Регионального бюро Всемирной организации здравоохранения",
        "Тема: «Отрицание научных доказательств: главный вызов общественного здравоохранения»",
      ],
      "Europe/Moscow",
    );
    expect(seats(p)).toEqual([
      [
        "Пленарное заседание: Доверие к системе здравоохранения",
        "moderator:Аксенова Елена Ивановна",
      ],
      [
        "Отрицание научных доказательств: главный вызов общественного здравоохранения",
        "speaker:Хаберсаат Катрин Бах",
      ],
    ]);
  });

  it("reads a card's category as its track and its presenter with a naturopath's degree", () => {
    // Lines of the Beverly Hilton CME day 2019 page.
    const p = read(
      [
        "Sat, June 1st 2019",
        "8:00am - 10:00am",
        "CME Session 1",
        "Topic: A Simple Algorithmic Approach to the Treatment of Spine Pain Using Stem Cells",
        "category: Orthopedic Biologics",
        "Location: Beverly Hills Ballroom",
        "Presented By: Dr. Harry Adelson ND",
      ],
      "America/Los_Angeles",
    );
    expect(seats(p)).toEqual([["CME Session 1", "speaker:Harry Adelson"]]);
    expect(p.sessions[0]?.track).toBe("Orthopedic Biologics");
    expect(person(p, "Harry Adelson")?.credentials).toEqual(["ND"]);
  });

  it("reads a grid whose columns are break-out tracks, names parted by a slash and a footnote mark", () => {
    // Lines of the WPA regional meeting 2016 page (Manila).
    const p = importProgram(
      [
        "Day 1",
        "\tPM Sessions",
        "\tBreak-out Track 5 - Consultation Liaison Psychiatry\tBreak-out Track 6 - Psychosis",
        "2:00 - 2:30\tDimensional Models of Personality Disorders\tCare for the chronically mentally ill",
        "- Dr. Afzal Javed / Dr. Armen Soghoyan",
        "2:30 - 3:00\tAnti-NMDA Receptor Encephalities",
        "- Dr. Roy Abraham Kallivayalil *",
      ].join("\n"),
      { timeZone: "Asia/Manila", format: "text", firstDay: "2016-02-05" },
    ).program;
    expect(seats(p)).toEqual([
      ["Dimensional Models of Personality Disorders"],
      ["Care for the chronically mentally ill", "speaker:Afzal Javed", "speaker:Armen Soghoyan"],
      ["Anti-NMDA Receptor Encephalities", "speaker:Roy Abraham Kallivayalil"],
    ]);
    expect(p.sessions.map((s) => [s.start.slice(11, 16), s.track])).toEqual([
      ["14:00", "Break-out Track 5 - Consultation Liaison Psychiatry"],
      ["14:00", "Break-out Track 6 - Psychosis"],
      ["14:30", "Break-out Track 5 - Consultation Liaison Psychiatry"],
    ]);
  });

  it("reads cards whose time comes after their title, speaker and room", () => {
    // Lines of the COIMS 2016 page (Fortaleza), one card after another.
    const p = importProgram(
      [
        "ciclo de palestras | mesa redonda",
        "manha",
        "Cell free DNA as a biomarker of colocteral cancel: perspectives",
        "Prof. Dr. Benísio Ferreira da Silva Filho - AL",
        "Auditório Almofala",
        "08:00-09:00",
        "intervalo",
        "Workshop - Feira de Exposições",
        "10:00-10:30",
        "tarde",
        "Tema a ser confirmado",
        "Profa. Dra. Ph.D Stephanie Chadwick - CAN",
        "Auditório Almofala",
        "14:00-15:00",
      ].join("\n"),
      { timeZone: "America/Fortaleza", format: "text", firstDay: "2016-10-29" },
    ).program;
    expect(seats(p)).toEqual([
      [
        "Cell free DNA as a biomarker of colocteral cancel: perspectives",
        "speaker:Benísio Ferreira da Silva Filho (AL)",
      ],
      ["intervalo"],
      ["Tema a ser confirmado", "speaker:Stephanie Chadwick (CAN)"],
    ]);
    expect(p.sessions.map((s) => s.room)).toEqual([
      "Auditório Almofala",
      undefined,
      "Auditório Almofala",
    ]);
    expect(person(p, "Stephanie Chadwick")?.credentials).toEqual(["PhD"]);
  });

  it("reads a person after a label that is no role, and a talk's title above its speaker's line", () => {
    // Lines of the OHD 2026 oncology nursing congress page.
    const p = read(
      [
        "9 Mayıs 2026, Cumartesi | Bilimsel Program",
        "11:00-12:00\tPanel-6: Kanser Hasta Derneklerinden Mesaj Var",
        "Oturum Başkanları: Perihan Güner, Ayşin Kayış",
        "Hekim: Meltem Dağdelen",
        "Genç Birikim Derneği: Salih Yüce",
        "13:00-14:00\tPanel-7: Başarı Öyküleri",
        "Başarı Öyküsü-I",
        "Bir Şarkı, Bir Oyun, Bir Umut: Bir Dokunuşun Ardından Pediatrik Kök Hücre Nakli",
        "Öznur Balkan",
        "14:00-15:00\tPanel-16: Kırılganlık",
        "Kırılganlık Kavramı, Klinik Önemi ve Geriatrik Değerlendirme",
        "Konuşmacı: Gökhan Sezgin",
      ],
      "Europe/Istanbul",
    );
    expect(seats(p)).toEqual([
      [
        "Panel-6: Kanser Hasta Derneklerinden Mesaj Var",
        "chair:Perihan Güner",
        "chair:Ayşin Kayış",
        "speaker:Meltem Dağdelen",
        "speaker:Salih Yüce",
      ],
      ["Panel-7: Başarı Öyküleri", "speaker:Öznur Balkan"],
      ["Panel-16: Kırılganlık", "speaker:Gökhan Sezgin"],
    ]);
    expect(p.people.find((x) => x.name === "Salih Yüce")?.title).toBe("Genç Birikim Derneği");
  });
  const seats = (p: Program) =>
    p.sessions.map((s) => [
      s.title,
      ...s.people.map((x) => {
        const who = p.people.find((q) => q.id === x.personId);
        return `${x.role}:${who?.name}${who?.affiliation ? ` (${who.affiliation})` : ""}`;
      }),
    ]);

  it("seats Polish chairs and talks whose speakers' places are named with their town", () => {
    const p = read([
      "PIATEK, 27 wrzesnia 2019",
      "12:40-14:45 Sesja II. Chirurgia wieku podeszlego",
      "Przewodniczacy sesji: prof. Maciej Michalik, prof. Radoslaw Owczuk",
      "Terapia daremna w chirurgii wieku podeszlego - dr Krzysztof Graff, GUMed w Gdansku",
      "Koncepcja - dr Marek Wesolowski, SGA Sp. z o.o., Warszawa",
    ]);
    expect(seats(p)).toEqual([
      [
        "Sesja II. Chirurgia wieku podeszlego",
        "chair:Maciej Michalik",
        "chair:Radoslaw Owczuk",
        "speaker:Krzysztof Graff (GUMed w Gdansku)",
        "speaker:Marek Wesolowski (SGA Sp. z o.o., Warszawa)",
      ],
    ]);
  });

  it("reads a chair named after a session's title, noon, and PROFESSOR in capitals (ICTMI 2017)", () => {
    const p = read(
      [
        "Day2 : August 29, 2017",
        "2.00 PM\t",
        "Session 2: Image processing Session chair: Dr.Murukeshan V M",
        "12.30 NOON-1.30 PM\t",
        "PL-10: PROFESSOR RICHARD REYNOLDS, IMPERIAL COLLEGE, LONDON",
      ],
      "Asia/Kolkata",
    );
    expect(seats(p)).toEqual([
      [
        "PL-10: PROFESSOR RICHARD REYNOLDS, IMPERIAL COLLEGE, LONDON",
        "speaker:RICHARD REYNOLDS (IMPERIAL COLLEGE, LONDON)",
      ],
      ["Session 2: Image processing", "chair:Murukeshan V M"],
    ]);
    expect(p.sessions.map((s) => s.start.slice(11, 16))).toEqual(["12:30", "14:00"]);
  });

  it("drops the Spanish Don and Doña and keeps a person's post after the name (Madrid 2015)", () => {
    const p = read(
      [
        "Jueves 28 de mayo de 2015",
        "13:00h- 14:00h",
        "Mesa redonda.",
        "Ponentes",
        "D. Adolfo Fernández-Valmayor",
        "Dra. Dña. Leticia Moral Iglesias",
        "Moderador: Dr. D. Raimon Belenes Juárez. Director corporativo de innovación, investigación y calidad, IDCsalud-Quirón.",
      ],
      "Europe/Madrid",
    );
    expect(seats(p)).toEqual([
      [
        "Mesa redonda.",
        "speaker:Adolfo Fernández-Valmayor",
        "speaker:Leticia Moral Iglesias",
        "moderator:Raimon Belenes Juárez (Director corporativo de innovación, investigación y calidad, IDCsalud-Quirón.)",
      ],
    ]);
  });

  it("gives a chair named right under a talk's own time to that talk (BRASOS 2019)", () => {
    const p = read(
      [
        "6ª FEIRA - 28/06/2019",
        "8:15h - 12:20h – Sessão 1 (Manhã): Osteoartrite (OA) - Alvos Terapêuticos.",
        "Presidente: Dr. Paulo Cesar Hamdan",
        "",
        "9:30 - 10:00h - Palestra Magistral - Sedentarismo e suas consequências.",
        "Presidente: Dr. Marcos Brito da Silva",
        "Palestrante: Dr. Marcio Atalla",
      ],
      "America/Sao_Paulo",
    );
    expect(seats(p)).toEqual([
      ["Sessão 1 (Manhã): Osteoartrite (OA) - Alvos Terapêuticos.", "chair:Paulo Cesar Hamdan"],
      [
        "Palestra Magistral - Sedentarismo e suas consequências.",
        "chair:Marcos Brito da Silva",
        "speaker:Marcio Atalla",
      ],
    ]);
  });
});

describe("program text read as before where the new layouts do not apply", () => {
  const read = (lines: string[]) =>
    importProgram(lines.join("\n"), { timeZone: "UTC", format: "text" }).program;
  const slots = (p: Program) =>
    p.sessions.map((s) => [s.title, s.start.slice(11, 16), s.end.slice(11, 16), s.room]);
  const names = (p: Program) => p.people.map((x) => [x.name, x.affiliation]);

  it("looks at the end of a line for its time when its bracket holds none", () => {
    const p = read(["Thursday, May 14, 2026", "Keynote (1 hour) 9:00 - 10:00 am"]);
    expect(slots(p)).toEqual([["Keynote (1 hour)", "09:00", "10:00", undefined]]);
  });

  it("keeps a title whose label is a role but whose text names nobody", () => {
    const p = read(["Thursday, May 14, 2026", "11:00 - 12:00 Ask the Speaker: Why mesh fails"]);
    expect(slots(p)).toEqual([["Ask the Speaker: Why mesh fails", "11:00", "12:00", undefined]]);
    expect(p.people).toEqual([]);
  });

  it("keeps an initial D. in an English program, and training years and footnotes after names", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "9:00 - 10:00 Grand Rounds",
      "Speaker: D. Michael Smith, MD",
      "Panelists: Jane Doe MS4, Paul Kim PGY-3",
      "10:00 - 11:00 Papers",
      "Authors: Smith J1, Jones K2",
    ]);
    expect(names(p)).toEqual([
      ["D. Michael Smith", undefined],
      ["Jane Doe MS4", undefined],
      ["Paul Kim", undefined],
      ["Smith J1", undefined],
      ["Jones K2", undefined],
    ]);
  });

  it("reads a start followed by a title that begins with 'Onwards' as a title", () => {
    const p = read(["Thursday, May 14, 2026", "18:00 Onwards and upwards: careers in surgery"]);
    expect(slots(p)).toEqual([
      ["Onwards and upwards: careers in surgery", "18:00", "18:30", undefined],
    ]);
  });

  it("leaves the chairs named under a session's first talk, at the session's own start, to the session", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "09:00 - 10:30 Session 1",
      "09:00 - 09:05 Welcome and introduction",
      "Moderators: Ann Lee, Bob Stone",
    ]);
    expect(cast(p, "Session 1")).toEqual(["moderator:Ann Lee", "moderator:Bob Stone"]);
    expect(cast(p, "Welcome and introduction")).toEqual([]);
  });

  it("reads a post after a two-letter surname's full stop", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "9:00 - 10:00 Panel",
      "Moderator: Dr. Wei Li. Professor of Surgery, Peking University",
    ]);
    expect(names(p)).toEqual([["Wei Li", "Professor of Surgery, Peking University"]]);
  });

  it("takes rooms from a venue column whose rows end in a TAB, over the room a line above gave", () => {
    const p = read([
      "Thursday, May 14, 2026",
      "TIME\tACTIVITY\tVENUE\t",
      "Room 202",
      "12:00 – 12:30 pm\tWelcome address\tMain Lawn\t",
      "12:30 – 1:00 pm\tLamp lighting\tFirst Quad.",
    ]);
    expect(slots(p)).toEqual([
      ["Welcome address", "12:00", "12:30", "Main Lawn"],
      ["Lamp lighting", "12:30", "13:00", "First Quad."],
    ]);
    expect(p.people).toEqual([]);
  });

  it("reads noon only after the hour 12", () => {
    const p = read(["Thursday, May 14, 2026", "11:12 noon briefing"]);
    expect(slots(p)).toEqual([["noon briefing", "11:12", "11:42", undefined]]);
  });
});

describe("program text from Markdown agendas and workshop tables", () => {
  // Lines as they come from the NEST 2025 and PAS 2023 pages (SOURCES.md), the ICAI 2025 course
  // page (marliebesouw/marliebesouw.github.io, program.md) and the AREPAC 2023 program
  // (arepac/arepac.fr, content/congress.md).
  const read = (lines: string[], ctx = {}) =>
    importProgram(lines.join("\n"), { timeZone: "Europe/Brussels", format: "text", ...ctx })
      .program;

  it("seats the speakers of talks written 'Name: Title' under a session, when several are", () => {
    const p = read([
      "Day 1: Wednesday, 3 September 2025",
      "11:30 - 12:30: Infant sleep in the NICU | abstract presentations",
      "Leonie Paciello: Sleep in children born preterm – A report from Tuebingen’s follow up-cohort study",
      "Aoife Walsh: A Pilot Study: Using Electroencephalography (EEG) to Assess the Impact of Encephalopathy",
      "Alisha Blum: Influence of the environment on the sleep of preterm infants",
    ]);
    expect(cast(p, "Infant sleep in the NICU | abstract presentations")).toEqual([
      "speaker:Leonie Paciello",
      "speaker:Aoife Walsh",
      "speaker:Alisha Blum",
    ]);
  });

  it("leaves one 'Label: text' line under a session in its description", () => {
    const p = read([
      "Day 1: Wednesday, 3 September 2025",
      "11:30 - 12:30: Infant sleep in the NICU",
      "Learning Objectives: sleep staging in preterm infants",
    ]);
    expect(p.people).toEqual([]);
    expect(p.sessions[0]?.description).toBe(
      "Learning Objectives: sleep staging in preterm infants",
    );
  });

  it("reads names alone on their lines, one under another, as the session's speakers", () => {
    const p = read([
      "Day 1: Wednesday, 3 September 2025",
      "16:00 - 17:30: Towards a NICU sleep bundle | Interactive workshop & white paper co-creation",
      "Juliane Köberlein-Neu (Professor of Health Services Research, University of Wuppertal)",
      "Christy Gliniak (Neonatal Occupational Therapist, MultiCare Deaconess Hospital, Washington)",
      "Eline de Groot (Postdoc at Early Childhood Community of Dynamics of Youth, Utrecht University)",
    ]);
    expect(p.people.map((x) => x.name)).toEqual([
      "Juliane Köberlein-Neu",
      "Christy Gliniak",
      "Eline de Groot",
    ]);
  });

  it("joins a label that ends with its colon to the title under it", () => {
    const p = read(
      [
        "Friday, September 19, 2025",
        "15.30-16.00",
        "Plenary session:",
        "Bringing the large language model into clinical practice",
        "Speakers:",
        "Marja de Waal and Martijn Bauer",
      ],
      { timeZone: "Europe/Amsterdam" },
    );
    expect(p.sessions.map((s) => s.title)).toEqual([
      "Plenary session: Bringing the large language model into clinical practice",
    ]);
    expect(p.people.map((x) => x.name)).toEqual(["Marja de Waal", "Martijn Bauer"]);
  });

  it("gives each of 'Drs. A and B' the honorific (University of Chicago 2001, SOURCES.md)", () => {
    const p = read(
      ["Friday, November 30, 2001", "7:15\tWelcome and Introduction - Drs. Ellis and Apfelbaum"],
      { timeZone: "America/Chicago" },
    );
    expect(cast(p, "Welcome and Introduction - Drs. Ellis and Apfelbaum")).toEqual([
      "speaker:Ellis",
      "speaker:Apfelbaum",
    ]);
  });

  it("reads '17:15-end' as a start, and French and English table headings as headings", () => {
    const p = read(
      [
        "Friday, April 28, 2023",
        "Time\tAgenda Item\tDescription\tSpeaker",
        "16:50-17:15\tLive demo session 2\tLive demonstration of sample cases\tB. Sullivan",
        "17:15-end\tConclusion\tConcluding remarks and Q&A\tZ. Vesoulis",
        "Samedi 25 novembre 2023",
        "Heure\tSujet\tIntervenant(e)s",
        "8h30\tETO: Les bonnes pratiques\tCH Roubaix",
      ],
      { timeZone: "America/New_York" },
    );
    expect(p.sessions.map((s) => [s.title, s.start.slice(0, 16)])).toEqual([
      ["Live demo session 2", "2023-04-28T16:50"],
      ["Conclusion", "2023-04-28T17:15"],
      ["ETO: Les bonnes pratiques", "2023-11-25T08:30"],
    ]);
    expect(p.people.map((x) => x.name)).toEqual(["B. Sullivan", "Z. Vesoulis"]);
    expect(p.warnings.map((w) => w.message)).toEqual([
      "No end time; assumed 30 minutes",
      "No end time; assumed 30 minutes",
    ]);
  });
});
