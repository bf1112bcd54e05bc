import { describe, expect, it } from "vitest";
import { DomainError } from "../../../functions/domain/errors";
import { importProgram } from "../../../functions/domain/import/index";

function refusal(text: string): { code: string; message: string } {
  try {
    importProgram(text, { timeZone: "America/Chicago" });
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("imported");
}

describe("a file the importer cannot read", () => {
  it("names the line and column where a JSON document breaks, and what breaks there", () => {
    expect(refusal('{\n"schedule": {\n"conference": {"title": "x" "days": []}}}')).toEqual({
      code: "import.unreadable",
      message:
        "This JSON cannot be read at line 3, column 29: a comma is missing between two items. Fix the file there, or export it again.",
    });
    expect(refusal('{"schedule": {"conference": {"title": "x"}}} xx')).toEqual({
      code: "import.unreadable",
      message:
        "This JSON cannot be read at line 1, column 46: more text follows the end of the JSON document. Fix the file there, or export it again.",
    });
  });

  it("names the calendar line that is not a property", () => {
    const text =
      "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20270101T090000Z\nthis is not a property\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n";
    expect(refusal(text)).toEqual({
      code: "import.unreadable",
      message:
        "This calendar cannot be read: line 5 (“this is not a property”) is not an iCalendar property: each line needs a name and a colon, as in SUMMARY:Opening session. Fix the file there, or export the calendar again.",
    });
  });

  it("says where the first session without a date is when none has one", () => {
    const csv =
      'Title,Date,Start,End,Room\n"Open,2027-01-01,09:00,10:00,A\nB,2027-01-01,10:00,11:00,A\n';
    expect(refusal(csv)).toEqual({
      code: "import.no_sessions",
      message:
        "Found no sessions with a readable date and time. The first problem, at row 2: The file looks cut off: it ends inside a quoted cell that opens in row 2. If the file is complete, a quote in that row is not closed and the rows after it were read into that cell. Check the dates and times there.",
    });
  });
});

describe("control characters in a file", () => {
  it("are left out of every field, and the bidirectional overrides with them", () => {
    // Past the first 4 KB, where a NUL no longer marks the whole file as binary.
    const filler = Array.from(
      { length: 80 },
      (_, i) => `Morning session ${i} on the surgical workforce,2027-05-10,08:00,09:00,Hall B,,`,
    );
    const csv = [
      "Title,Date,Start,End,Room,Speaker,Affiliation",
      ...filler,
      "Evening Tumor\u0000Bo\u0007ard\u001b[31m,2027-05-10,18:00,19:00,Hall\u007f A,Ana \u202eSouza,Lakeside\u0085 University",
    ].join("\n");
    const { program } = importProgram(csv, { timeZone: "America/Chicago" });
    expect(
      program.sessions.filter((s) => s.start.includes("T18")).map((s) => [s.title, s.room]),
    ).toEqual([["Evening TumorBoard[31m", "Hall A"]]);
    expect(program.people.map((p) => [p.name, p.affiliation])).toEqual([
      ["Ana Souza", "Lakeside University"],
    ]);
  });
});

describe("a warning about a folded calendar line", () => {
  it("quotes the property name on one line", () => {
    const params = Array.from({ length: 101 }, (_, i) => `;P${i}=1`).join("\r\n ");
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTART:20270101T090000Z",
      "DTEND:20270101T100000Z",
      `SUMMARY\r\n ${params}:Opening`,
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const { program } = importProgram(ics, { timeZone: "America/Chicago" });
    const messages = (program.warnings ?? []).map((w) => w.message);
    expect(messages.filter((m) => m.includes("parameters"))).toEqual([
      "SUMMARY has more than 100 parameters; left out",
    ]);
  });
});
