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
