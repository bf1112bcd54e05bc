import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../../functions/domain/errors";
import { importProgram } from "../../../functions/domain/import/index";
import { fixture } from "./support";

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("imported");
}

const xmlCut = (why: string) => ({
  ref: "file",
  message: `The file looks cut off: ${why}. The sessions after the cut are missing and the last one read may be incomplete; download or export the file again.`,
});

describe("files that stop early", () => {
  const fosdem = fixture("real/fosdem24_schedule.xml");
  const whole = importProgram(fosdem).program;

  it("frab XML cut in half: every session before the cut, and a warning first", () => {
    const { program } = importProgram(fosdem.slice(0, Math.floor(fosdem.length / 2)));
    expect(program.sessions).toHaveLength(54);
    expect(program.warnings).toEqual([
      xmlCut("it stops on line 3,188, inside <abstract>, before </schedule>"),
    ]);
    // The sessions before the cut read as in the whole file; the one it stops in keeps the
    // start of its abstract.
    const inWhole = new Map(whole.sessions.map((s) => [s.id, s]));
    const differ = program.sessions.filter((s) => !isDeepStrictEqual(s, inWhole.get(s.id)));
    expect(differ.map((s) => [s.title, s.description])).toEqual([
      [
        "Opening up communication silos with Matrix 2.0 and the EU Digital Markets Act",
        inWhole.get(differ[0]?.id ?? "")?.description?.slice(0, 101),
      ],
    ]);
  });

  it("frab XML cut inside a tag reads up to the tag", () => {
    const at = fosdem.indexOf('guid="', fosdem.length / 2) + 9;
    const { program } = importProgram(fosdem.slice(0, at));
    expect(program.sessions).toHaveLength(54);
    expect(program.warnings).toEqual([
      xmlCut("it stops on line 3,252, inside <room>, before </schedule>"),
    ]);
  });

  it("frab XML without its last end tag", () => {
    const { program } = importProgram(fosdem.slice(0, fosdem.lastIndexOf("</schedule>")));
    expect(program.sessions).toEqual(whole.sessions);
    expect(program.warnings).toEqual([xmlCut("it stops on line 6,417 before </schedule>")]);
  });

  it("frab XML cut before its first event is refused as cut off", () => {
    const at = fosdem.indexOf("<event");
    expect(refusal(() => importProgram(fosdem.slice(0, at)))).toEqual({
      code: "import.cut_off",
      message:
        "The file looks cut off: it stops on line 92, inside <room>, before </schedule>, and no session could be read from it. Download or export the file again.",
    });
  });

  it("frab XML with an element closed out of turn is refused as cut off or damaged", () => {
    expect(refusal(() => importProgram(fosdem.replace("</day>", "")))).toEqual({
      code: "import.cut_off",
      message:
        "The file looks cut off or damaged: <day> opened on line 89 is never closed (line 6,417 has </schedule> instead), and no session could be read from it. Download or export the file again.",
    });
  });

  it("frab JSON and Sessionize cut short are refused: a JSON file is read whole", () => {
    const frab = fixture("frab-mini.json");
    expect(refusal(() => importProgram(frab.slice(0, frab.length / 2)))).toEqual({
      code: "import.cut_off",
      message:
        "The file looks cut off: its JSON stops with 9 lists or objects still open, and JSON cannot be read in part. Download or export the file again.",
    });
    const sessionize = fixture("real/occ2020_sessionize-all.json");
    expect(refusal(() => importProgram(sessionize.slice(0, 105_000)))).toMatchObject({
      code: "import.cut_off",
    });
    // Broken JSON that is not cut short keeps the parser's own explanation.
    expect(refusal(() => importProgram('{"a":[1,,2]}'))).toEqual({
      code: "import.unreadable",
      message:
        "This JSON cannot be read: a character is out of place (a doubled comma, a stray bracket, or text without quotes). Fix the file, or export it again.",
    });
  });

  it("iCalendar without END:VCALENDAR: the events before the cut, and a warning first", () => {
    const congress = fixture("congress.ics");
    const end = congress.lastIndexOf("END:VCALENDAR");
    const { program } = importProgram(congress.slice(0, end));
    expect(program.sessions).toEqual(importProgram(congress).program.sessions);
    expect(program.warnings[0]).toEqual({
      ref: "file",
      message:
        "The file looks cut off: it stops before END:VCALENDAR. Events after the cut are missing and the last one read may be incomplete; download or export the file again.",
    });
  });

  it("CSV whose last row is short while every other row is whole", () => {
    const csv = [
      "Title,Date,Start,End,Room",
      "Opening,2026-05-14,09:00,10:00,Hall A",
      "Hernia,2026-05-14,10:00,11:00,Hall A",
      "Trauma,2026-05-14,11:00",
    ].join("\n");
    const { program } = importProgram(csv, { timeZone: "UTC" });
    expect(program.sessions.map((s) => s.title)).toEqual(["Opening", "Hernia", "Trauma"]);
    expect(program.warnings[0]).toEqual({
      ref: "row 4",
      message:
        "The file looks cut off: its last row has 3 of the 5 cells the header names. If the file is complete, fill in that row's missing cells.",
    });
  });

  it("CSV whose rows all leave off trailing empty cells is not said to be cut", () => {
    const csv = ["Title,Date,Start,Room", "Opening,2026-05-14,09:00", "Hernia,2026-05-14,10:00"];
    const { program } = importProgram(csv.join("\n"), { timeZone: "UTC" });
    expect(program.warnings.filter((w) => w.message.includes("cut off"))).toEqual([]);
  });

  it("CSV that ends inside a quoted cell", () => {
    const csv =
      'Title,Date,Start,Abstract\nOpening,2026-05-14,09:00,"Welcome\nHernia,2026-05-14,10:00,x';
    const { program } = importProgram(csv, { timeZone: "UTC" });
    expect(program.sessions.map((s) => [s.title, s.description])).toEqual([
      ["Opening", "Welcome\nHernia,2026-05-14,10:00,x"],
    ]);
    expect(program.warnings[0]).toEqual({
      ref: "row 2",
      message:
        "The file looks cut off: it ends inside a quoted cell that opens in row 2. If the file is complete, a quote in that row is not closed and the rows after it were read into that cell.",
    });
  });
});
