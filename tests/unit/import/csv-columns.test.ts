import { describe, expect, it } from "vitest";
import { headerField } from "../../../functions/domain/import/formats/csv/columns";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, errorCode } from "./support";

const berlin = { timeZone: "Europe/Berlin", format: "csv" as const };

describe("CSV columns and cells as real exports write them", () => {
  it("knows camel-case, numbered, prefixed and German headers, and the room's many names", () => {
    expect(
      [
        "SessionTitle",
        "StartTime",
        "DateStart",
        "FirstName",
        "FullName",
        "Speaker 1 Affiliation",
        "Presenter Institution",
        "Speaker Name",
        "Referent",
        "Where",
        "Location",
        "Venue",
        "Hall",
        "Uhrzeit",
        "Datum",
        "Filter-Date",
        "starttime",
        "endtime",
        "sessionchair",
        "Discussants",
        "presenter_affiliation",
        "panel_title",
      ].map(headerField),
    ).toEqual([
      "title",
      "start",
      "date",
      "firstName",
      "speakers",
      "affiliation",
      "affiliation",
      "speakers",
      "speakers",
      "room",
      "room",
      "room",
      "room",
      "timeRange",
      "date",
      undefined,
      "start",
      "end",
      "chairs",
      "discussants",
      "affiliation",
      "track",
    ]);
  });

  it("gives a field to the header that names it best, and checks what the cells hold", () => {
    // The Precision Nutrition Forum 2022 export heads its block "session" and its talk "title".
    const pnf = [
      "session,date,start_time,end_time,full_name,title,primary_affiliation,secondary_affiliation",
      "Towards Precision Nutrition,2022-09-12,13:45,14:15,Frank Hu,Promises and challenges of precision nutrition,Harvard T.H. Chan School of Public Health,Brigham and Women's Hospital",
    ].join("\n");
    const nutrition = importProgram(pnf, { ...berlin, timeZone: "Europe/Stockholm" });
    expect(nutrition.csv?.mapping).toMatchObject({ session: "track", title: "title" });
    expect(nutrition.program.sessions.map((s) => [s.title, s.track])).toEqual([
      ["Promises and challenges of precision nutrition", "Towards Precision Nutrition"],
    ]);
    expect(nutrition.program.people[0]?.affiliation).toBe(
      "Harvard T.H. Chan School of Public Health; Brigham and Women's Hospital",
    );
    // The DVPW congress 2024 export: a "slot" code before the "time" column, and chairs and
    // discussants in columns of their own.
    const dvpw = [
      '"slot","date","time","chairs","discussants","title","presenter","presenter_affiliation"',
      '"Di D","24.09.2024","14:00-15:30 Uhr","Rebecca Strauch, Universität Konstanz","Eda Keremoglu-Waibler, Universität Konstanz; Anna-Lena Hönig, Universität Konstanz","Protest and repression","Sooahn Meier","Universität Bremen"',
    ].join("\n");
    const congress = importProgram(dvpw, berlin);
    expect(congress.csv?.mapping).toMatchObject({ slot: "ignore", time: "timeRange" });
    expect(congress.program.sessions[0]?.start).toBe("2024-09-24T14:00:00+02:00");
    expect(cast(congress.program, "Protest and repression")).toEqual([
      "speaker:Sooahn Meier",
      "chair:Rebecca Strauch",
      "discussant:Eda Keremoglu-Waibler",
      "discussant:Anna-Lena Hönig",
    ]);
    expect(congress.program.people.map((p) => p.affiliation)).toEqual([
      "Universität Bremen",
      "Universität Konstanz",
      "Universität Konstanz",
      "Universität Konstanz",
    ]);
    // IEEE VR 2022 heads its session names "name" and writes its headers run together.
    const vr = [
      "id,name,day,starttime,endtime,sessionchair",
      'displays,Displays,"Monday, March 14",12:00,13:00,Yuta Itoh',
      'security,Security,"Monday, March 14",12:00,13:00,Sab Babu',
    ].join("\n");
    const ieee = importProgram(vr, { ...berlin, timeZone: "Pacific/Auckland", year: 2022 });
    expect(ieee.csv?.mapping).toMatchObject({
      name: "title",
      starttime: "start",
      sessionchair: "chairs",
    });
    expect(cast(ieee.program, "Security")).toEqual(["chair:Sab Babu"]);
    const speakers = "name,date,start,title\nJane Doe,2026-05-14,09:00,Opening";
    expect(importProgram(speakers, berlin).csv?.mapping).toMatchObject({ name: "speakers" });
  });

  it("reads a block's label from the person column, and untimed talk rows into the block above", () => {
    // As the DANE 2024 workshop's programme.csv lays out its keynotes and panel.
    const csv = [
      "day,time,speaker,affiliation,title,abstract",
      "Wednesday,10:30 - 10:55,Registration and coffee,,,",
      "Wednesday,11:00 - 12.00,Keynote 1,,,",
      "Wednesday,,Dean Eckles,MIT,Learning from randomized interventions in social media,How should we reason?",
      "Wednesday,16:00-17:00,Panel discussion ,,,",
      "Wednesday,,Chair: Steve Gilmour,King's College London,,",
      "Wednesday,17:00,Close of the day,,,",
    ].join("\n");
    const { program } = importProgram(csv, {
      ...berlin,
      timeZone: "Europe/London",
      firstDay: "2024-07-17",
    });
    expect(
      program.sessions.map((s) => [s.title, s.start.slice(11, 16), s.end.slice(11, 16)]),
    ).toEqual([
      ["Registration and coffee", "10:30", "10:55"],
      ["Keynote 1", "11:00", "12:00"],
      ["Panel discussion", "16:00", "17:00"],
      ["Close of the day", "17:00", "17:30"],
    ]);
    expect(cast(program, "Keynote 1")).toEqual(["speaker:Dean Eckles"]);
    expect(program.sessions[1]?.description).toBe(
      "Learning from randomized interventions in social media\nHow should we reason?",
    );
    expect(cast(program, "Panel discussion")).toEqual(["chair:Steve Gilmour"]);
    expect(program.people.map((p) => [p.name, p.affiliation])).toEqual([
      ["Dean Eckles", "MIT"],
      ["Steve Gilmour", "King's College London"],
    ]);
    expect(program.warnings).toEqual([
      { ref: "row 7", message: "No end time; assumed 30 minutes" },
    ]);
  });

  it("reads German times with Uhr, dotted dates, and a person with an affiliation column of its own", () => {
    const csv = [
      "Datum;Uhrzeit;Titel;Referent;Klinik;Where",
      "08.03.2025;09:00 – 10:30 Uhr;Hernienchirurgie heute;Prof. Dr. Anna Berg;Charité Berlin;Saal 2",
    ].join("\n");
    const { program } = importProgram(csv, berlin);
    expect(program.sessions.map((s) => [s.title, s.start, s.end, s.room])).toEqual([
      [
        "Hernienchirurgie heute",
        "2025-03-08T09:00:00+01:00",
        "2025-03-08T10:30:00+01:00",
        "Saal 2",
      ],
    ]);
    expect(program.people).toEqual([
      expect.objectContaining({ name: "Anna Berg", affiliation: "Charité Berlin" }),
    ]);
  });

  it("joins a first-name column to the name and reads roles named in the description", () => {
    const csv = [
      "SessionTitle,DateStart,StartTime,EndTime,FirstName,FullName,SessionDescription",
      '"Heart Failure",7/10/2021,8:35 AM,9:20 AM,"Sanjeev ",Saksena (USA),"Chairs: Fred Kusumoto (USA) and Toon Wei Lim (Singapore) Panelists: Pow-Li Chia (Singapore)"',
    ].join("\n");
    const { program } = importProgram(csv, { timeZone: "Asia/Singapore" });
    expect(cast(program, "Heart Failure")).toEqual([
      "speaker:Sanjeev Saksena",
      "chair:Fred Kusumoto",
      "chair:Toon Wei Lim",
      "panelist:Pow-Li Chia",
    ]);
  });

  it("takes a typed first day for a file without dates, and weekdays from it", () => {
    const times = "time,title\n9:00-10:00,Opening";
    expect(errorCode(() => importProgram(times, berlin))).toBe("import.csv_no_times");
    expect(
      importProgram(times, { ...berlin, firstDay: "2026-03-08" }).program.sessions[0]?.start,
    ).toBe("2026-03-08T09:00:00+01:00");
    const weekdays = "day,start,end,title\nMonday,09:00,10:00,Opening\nTuesday,09:00,10:00,Close";
    expect(errorCode(() => importProgram(weekdays, berlin))).toBe("import.no_date");
    expect(
      importProgram(weekdays, { ...berlin, firstDay: "2022-09-19" }).program.sessions.map(
        (s) => s.start,
      ),
    ).toEqual(["2022-09-19T09:00:00+02:00", "2022-09-20T09:00:00+02:00"]);
  });

  it("gives dates without a year the typed year, or a guessed one with the reason", () => {
    const csv = "date,start,end,title\nJuly 9,09:00,10:00,Opening";
    const typed = importProgram(csv, { ...berlin, year: 2021 }).program;
    expect(typed.sessions[0]?.start).toBe("2021-07-09T09:00:00+02:00");
    const guessed = importProgram(csv, {
      ...berlin,
      now: new Date("2026-12-06T00:00:00Z"),
    }).program;
    expect(guessed.sessions[0]?.start).toBe("2026-07-09T09:00:00+02:00");
    expect(guessed.warnings).toEqual([
      {
        ref: "dates",
        message:
          "The text names no year; took 2026, the one that puts July 9 nearest today. Type the year if that is wrong",
      },
    ]);
  });
});
