import { describe, expect, it } from "vitest";
import { DomainError } from "../../../functions/domain/errors";
import { boundContentLines } from "../../../functions/domain/import/formats/ics/content-lines";
import { importProgram } from "../../../functions/domain/import/index";
import type { ImportWarning, Program } from "../../../schemas/program";
import { body, type HostileShapeName, hostileShapes } from "./hostile-shapes";

/** What an import of a shape ends in: its error, or the program it read. */
function run(name: HostileShapeName): { error?: DomainError; program?: Program } {
  const shape: { text: () => string; options?: object } = hostileShapes[name];
  try {
    return { program: importProgram(shape.text(), shape.options).program };
  } catch (e) {
    if (e instanceof DomainError) return { error: e };
    throw e;
  }
}

function refused(name: HostileShapeName): { code: string; message: string } {
  const { error } = run(name);
  if (!error) throw new Error(`${name} was imported`);
  return { code: error.code, message: error.message };
}

/** The warnings a refusal lists in its details (import.no_sessions carries the first 20). */
function refusalWarnings(name: HostileShapeName): ImportWarning[] {
  const { error } = run(name);
  if (error?.code !== "import.no_sessions")
    throw new Error(`${name}: ${error?.code ?? "imported"}`);
  return (error.details as { warnings: ImportWarning[] }).warnings;
}

function imported(name: HostileShapeName): Program {
  const { error, program } = run(name);
  if (!program) throw new Error(`${name} was refused: ${error?.code} ${error?.message}`);
  return program;
}

const tooMany = {
  code: "import.too_many_sessions",
  message: "More than 20,000 sessions: split the program into smaller files",
};
const tooManySeats = {
  code: "import.too_many_seats",
  message:
    "The sessions name people more than 200,000 times in all (a person counts once for each session): split the program into smaller files",
};
const descriptionCut = "The description is longer than 10,000 characters; cut";
const noEnd = "No end time; assumed 30 minutes";

/** The summary that heads a list of warnings cut to its first 10,000. */
const more = (total: number): ImportWarning => ({
  ref: "program",
  message: `${total.toLocaleString("en-US")} warnings in all; only the first 10,000 are listed`,
});

// Each shape is as large as an upload may be where size is what hurts. A shape that made the
// importer's work grow faster than its input would hang here until the test times out.
describe("hostile files end in a clear error or a bounded import", { timeout: 60_000 }, () => {
  describe("frab XML", () => {
    it("refuses a DOCTYPE that declares entities instead of expanding them", () => {
      expect(refused("frab XML: one 10 KB entity referenced 400,000 times")).toEqual({
        code: "import.xml_entities",
        message:
          "This XML declares its own entities (<!ENTITY …> in its DOCTYPE), which schedule exports never do, so it is not read. Export the schedule again, or delete the DOCTYPE and import the file.",
      });
    });

    it("refuses elements nested deeper than any schedule", () => {
      expect(refused("frab XML: elements nested 100,000 deep")).toEqual({
        code: "import.unreadable",
        message: "This XML nests its elements more than 100 deep (line 6), which no schedule does",
      });
    });

    it("refuses more events than a program may hold before reading them", () => {
      expect(refused("frab XML: 5 MB of events")).toEqual(tooMany);
    });

    it("refuses an element with more attributes than any schedule element has", () => {
      expect(refused("frab XML: an element with 400,000 attributes")).toEqual({
        code: "import.unreadable",
        message:
          "The element <title> on line 6 has more than 100 attributes, which no schedule element has",
      });
    });

    it("leaves out a content line from the first parameter or value past the limit, folded or not", () => {
      const attendee = (n: number) => `ATTENDEE${";X-A=1".repeat(n)}:mailto:a@example.org`;
      const categories = (n: number) =>
        `CATEGORIES:${Array.from({ length: n }, (_, i) => `c${i}`)}`;
      const fold = (line: string) => line.replace(/(.{70})/g, "$1\n ");
      const calendar = (...lines: string[]) => ["BEGIN:VEVENT", ...lines, "END:VEVENT"].join("\n");
      const dropped = (line: string) => boundContentLines(calendar(line)).dropped;
      for (const line of [attendee(100), categories(1000)]) {
        expect(dropped(line)).toEqual([]);
        expect(dropped(fold(line))).toEqual([]);
      }
      for (const [line, message] of [
        [attendee(101), "ATTENDEE has more than 100 parameters; left out"],
        [categories(1001), "CATEGORIES lists more than 1,000 values; left out"],
      ] as const) {
        expect(dropped(line)).toEqual([{ line: 2, message }]);
        expect(dropped(fold(line))).toEqual([{ line: 2, message }]);
        expect(boundContentLines(calendar(fold(line))).text).toBe(calendar());
      }
      // Many on the calendar, never too many on one line.
      const many = Array.from({ length: 30 }, () => `${attendee(60)}\n${categories(900)}`);
      const text = calendar(...many);
      expect(boundContentLines(text)).toEqual({ text, dropped: [] });
    });

    it("cuts a description of tags that never close", () => {
      const program = imported("frab XML: a 5 MB description of tags that never close");
      expect(program.sessions[0]?.description).toBe(`${"<a".repeat(4_999)}<…`);
      expect(program.warnings).toEqual([{ ref: "event 1 (id 1)", message: descriptionCut }]);
    });

    it("decodes a description of references once per layer and cuts it", () => {
      const program = imported("frab XML: a 5 MB description of references");
      expect(program.sessions[0]?.description).toBe(`${"&".repeat(9_999)}…`);
      expect(program.warnings).toEqual([{ ref: "event 1 (id 1)", message: descriptionCut }]);
    });

    it("peels a speaker's repeated credentials into one", () => {
      const program = imported("frab XML: a speaker with 1.7 million credentials");
      expect(program.people).toEqual([
        { id: program.people[0]?.id, name: "Jane Doe", credentials: ["MD"] },
      ]);
      expect(program.warnings).toEqual([]);
    });
  });

  describe("JSON", () => {
    it("refuses nesting deeper than any schedule before parsing it", () => {
      const tooDeep = {
        code: "import.unreadable",
        message:
          "This JSON nests its lists and objects more than 100 deep (line 1), which no schedule does",
      };
      for (const name of [
        "JSON: lists nested 100,000 deep",
        "JSON: objects nested 100,000 deep",
        "JSON: lists nested 2.5 million deep",
        "frab JSON: a day nested 100,000 deep",
        "Sessionize: a description nested 100,000 deep",
      ] as const) {
        expect(refused(name), name).toEqual(tooDeep);
      }
    });

    it("reads brackets inside strings as text, not nesting", () => {
      const program = imported("Sessionize: a 5 MB description of brackets");
      expect(program.sessions.map((s) => s.description)).toEqual([`${"[{".repeat(4_999)}[…`]);
      expect(program.warnings).toEqual([{ ref: "session 1", message: descriptionCut }]);
    });

    it("stops at the session limit however many speakers each session names", () => {
      expect(refused("Sessionize: 100,000 sessions each naming every speaker")).toEqual(tooMany);
    });

    it("seats at most 300 people in a session, and 200,000 in all", () => {
      expect(refused("Sessionize: 1,000 speakers on every session")).toEqual(tooManySeats);
      const name = "Sessionize: 1,000 speakers on each of 600 sessions";
      const sessions = (JSON.parse(hostileShapes[name].text()) as { sessions: unknown[] }).sessions
        .length;
      const program = imported(name);
      expect(program.sessions).toHaveLength(sessions);
      expect(program.people).toHaveLength(300);
      expect(program.sessions.every((s) => s.people.length === 300)).toBe(true);
      expect(program.warnings).toHaveLength(sessions);
      expect(program.warnings[0]).toEqual({
        ref: "session 0",
        message: "More than 300 people in one session; the rest are left out",
      });
    });

    it("lists the first 10,000 warnings and counts the rest", () => {
      const program = imported(
        "Sessionize: a speaker listing 1.3 million sessions that are not in the file",
      );
      expect(program.sessions).toHaveLength(1);
      expect(program.warnings).toHaveLength(10_001);
      // One for each '"x",' that fills the file.
      expect(program.warnings[0]).toEqual(more(Math.floor(body / 4)));
      expect(new Set(program.warnings.slice(1).map((w) => `${w.ref}: ${w.message}`))).toEqual(
        new Set(["speaker s: Ann Lee lists session x, which is not in the file"]),
      );
    });

    it("cuts descriptions of markup that never closes", () => {
      for (const [name, unit] of [
        ["Sessionize: a 5 MB description of unclosed tags", "<a"],
        ["Sessionize: a 5 MB description of unclosed comments", "<!--"],
        ["Sessionize: a 5 MB description of unclosed paragraphs and list items", "<p <li "],
      ] as const) {
        const program = imported(name);
        expect(program.sessions[0]?.description).toBe(`${unit.repeat(20_000).slice(0, 9_999)}…`);
        expect(program.warnings).toEqual([{ ref: "session 1", message: descriptionCut }]);
      }
    });
  });

  describe("CSV", () => {
    const cellCut = (column: string) => ({
      ref: "row 2",
      message: `The “${column}” cell is longer than 50,000 characters; only its first 50,000 were read`,
    });

    it("reads only the start of a cell over 50,000 characters", () => {
      const program = imported("CSV: a 4.4 MB speakers cell");
      expect(program.people.map((p) => p.name)).toEqual(["Ann Lee", "Ann L"]);
      expect(program.warnings).toEqual([cellCut("Speakers"), { ref: "row 2", message: noEnd }]);
    });

    it("reads a cell of many names in time, listing the first 10,000 warnings", () => {
      const program = imported("CSV: a speakers cell of 2.2 million one-letter names");
      expect(program.people).toEqual([]);
      expect(program.warnings).toHaveLength(10_001);
      expect(program.warnings.slice(0, 3)).toEqual([
        more(25_002),
        cellCut("Speakers"),
        { ref: "row 2", message: "Could not read the speaker “a”" },
      ]);
    });

    it("splits people joined by “and” after their affiliations in time", () => {
      const program = imported(
        "CSV: a speakers cell of people joined by “and” after their affiliations",
      );
      // The cell is cut inside the last of its people.
      expect(program.people.map((p) => [p.name, p.affiliation])).toEqual([
        ["Ann Lee", "Mercy"],
        ["Bob Roe Ann Lee", "Mercy"],
        ["Bob Roe Ann Lee (Mercy) and", undefined],
      ]);
      expect(program.warnings).toEqual([cellCut("Speakers"), { ref: "row 2", message: noEnd }]);
    });

    it("peels a speaker's repeated credentials into one", () => {
      const program = imported("CSV: a speaker with 1.7 million credentials");
      expect(program.people.map((p) => [p.name, p.credentials])).toEqual([["Jane Doe", ["MD"]]]);
      expect(program.warnings).toEqual([cellCut("Speakers"), { ref: "row 2", message: noEnd }]);
    });

    it("says the file looks cut off when a quoted cell runs to its end", () => {
      const program = imported("CSV: a quote that never closes");
      expect(program.people.map((p) => p.name)).toEqual(["Ann Lee"]);
      expect(program.warnings).toEqual([
        {
          ref: "row 2",
          message:
            "The file looks cut off: it ends inside a quoted cell that opens in row 2. If the file is complete, a quote in that row is not closed and the rows after it were read into that cell.",
        },
        cellCut("Speakers"),
        { ref: "row 2", message: noEnd },
      ]);
    });

    it("refuses more rows than a program of 20,000 sessions has before reading them", () => {
      expect(refused("CSV: 740,000 rows without a date")).toEqual({
        code: "import.too_many_rows",
        message: "More than 200,000 rows: split the file into smaller files",
      });
    });

    it("refuses rows without dates, listing the first of their warnings", () => {
      const warnings = refusalWarnings("CSV: 190,000 rows without a date");
      expect(warnings).toHaveLength(20);
      expect(warnings[0]).toEqual(more(190_000));
      expect(warnings[1]).toEqual({ ref: "row 2", message: "No readable date; row skipped" });
    });

    it("numbers 20,000 sessions of one title and start in 20,000 rooms", () => {
      const program = imported("CSV: 20,000 sessions of one name in 20,000 rooms");
      expect(program.sessions).toHaveLength(20_000);
      expect(new Set(program.sessions.map((s) => s.id)).size).toBe(20_000);
      expect(program.warnings[0]).toEqual(more(20_000));
    });

    it("keeps 20,000 people of one name apart by affiliation", () => {
      const program = imported("CSV: 20,000 speakers of one name at 20,000 hospitals");
      expect(program.people).toHaveLength(20_000);
      expect(program.people[19_999]).toMatchObject({
        name: "Ann Lee",
        affiliation: "Hospital 19999",
      });
    });
  });

  describe("iCalendar", () => {
    it("leaves out a property with more parameters than any calendar writes", () => {
      const program = imported("iCalendar: one property with 1.2 million parameters");
      expect(program.sessions.map((s) => s.title)).toEqual(["Talk 1"]);
      expect(program.warnings).toEqual([
        { ref: "line 8", line: 8, message: "ATTENDEE has more than 100 parameters; left out" },
      ]);
    });

    it("cuts a description of tags that never close", () => {
      const program = imported("iCalendar: a 5 MB description of unclosed tags");
      expect(program.sessions[0]?.description).toBe(`${"<a".repeat(4_999)}<…`);
      expect(program.warnings).toEqual([{ ref: "event 1 (UID e1)", message: descriptionCut }]);
    });

    it("counts overlapping pairs without listing them", () => {
      const program = imported("iCalendar: 20,000 events in one room at one time");
      expect(program.sessions).toHaveLength(20_000);
      expect(program.warnings).toHaveLength(51);
      expect(program.warnings[0]).toEqual({
        ref: "event 2 (UID e1)",
        message: "Overlaps event 1 (UID e0) in Hall A",
      });
      expect(program.warnings[50]).toEqual({
        ref: "program",
        message: "199989950 more pairs of sessions overlap in the same room (not listed)",
      });
    });

    it("numbers 20,000 sessions that share one UID", () => {
      const program = imported("iCalendar: 20,000 events sharing one UID");
      expect(program.sessions.map((s) => s.id).slice(0, 3)).toEqual(["same", "same~2", "same~3"]);
      expect(program.sessions[19_999]?.id).toBe("same~20000");
      expect(program.warnings.slice(0, 2)).toEqual([
        more(19_999),
        {
          ref: "event 2 (UID same)",
          message: "Shares its UID with event 1; imported as a separate session",
        },
      ]);
    });

    it("leaves out date lists longer than any calendar writes", () => {
      const rdate = imported("iCalendar: 250,000 RDATE values");
      expect(rdate.sessions).toHaveLength(1);
      expect(rdate.warnings).toEqual([
        { ref: "line 8", line: 8, message: "RDATE lists more than 1,000 values; left out" },
      ]);
      const exdate = imported("iCalendar: 250,000 EXDATE values");
      expect(exdate.sessions).toHaveLength(50);
      expect(exdate.warnings).toEqual([
        { ref: "line 9", line: 9, message: "EXDATE lists more than 1,000 values; left out" },
      ]);
      const categories = imported("iCalendar: 2.4 million categories");
      expect(categories.sessions[0]?.track).toBeUndefined();
      expect(categories.warnings).toEqual([
        { ref: "line 8", line: 8, message: "CATEGORIES lists more than 1,000 values; left out" },
      ]);
    });

    it("stops at the seat limit when events with many attendees repeat", () => {
      expect(refused("iCalendar: 300 attendees on events repeating 100 times")).toEqual(
        tooManySeats,
      );
    });

    it("reads an event after deeply nested components", () => {
      const program = imported("iCalendar: components nested 300,000 deep");
      expect(program.sessions.map((s) => s.title)).toEqual(["Talk 1"]);
    });

    it("imports the first occurrence of rules it cannot expand, with a warning", () => {
      const program = imported("iCalendar: rules ical.js cannot expand");
      expect(program.sessions.map((s) => [s.title, s.start])).toEqual([
        ["Talk 1", "2026-05-14T10:00:00+00:00"],
        ["Talk 2", "2026-05-14T10:00:00+00:00"],
      ]);
      const unsupported =
        "Recurrence rule not supported (BYMONTH, BYMONTHDAY); only the first occurrence imported";
      expect(program.warnings).toEqual([
        { ref: "event 1 (UID e1)", message: unsupported },
        { ref: "event 2 (UID e2)", message: unsupported },
      ]);
    });
  });

  describe("program text", () => {
    const lineCut = {
      ref: "line 2",
      line: 2,
      message: "This line is longer than 50,000 characters; only its first 50,000 were read",
    };

    it("reads only the start of a line over 50,000 characters", () => {
      const program = imported("text: one 5 MB line");
      expect(program.sessions[0]?.title).toBe(`${"Word ".repeat(100).slice(0, 499)}…`);
      expect(program.warnings).toEqual([
        lineCut,
        { ref: "line 2", line: 2, message: noEnd },
        { ref: "line 2", line: 2, message: "The title is longer than 500 characters; cut" },
      ]);
    });

    it("reads a long title of dashes in time", () => {
      const program = imported("text: a 5 MB title of dashes");
      expect(program.sessions).toHaveLength(1);
      expect(program.warnings[0]).toEqual(lineCut);
    });

    it("reads a long faculty line in time", () => {
      const program = imported("text: a 5 MB faculty line");
      expect(program.people.map((p) => [p.name, p.affiliation])).toEqual([
        ["Ann Lee", "Mercy"],
        ["Bob Roe Ann Lee", "Mercy"],
        ["Bob Roe Ann Lee (M", undefined],
      ]);
      expect(program.warnings[0]).toEqual({ ...lineCut, ref: "line 3", line: 3 });
    });

    it("refuses more lines than a program book has before reading them", () => {
      expect(refused("text: 2.6 million lines that fit nowhere")).toEqual({
        code: "import.too_many_lines",
        message: "More than 300,000 lines: split the text into smaller parts",
      });
    });

    it("refuses text where nothing fits, listing the first of its warnings", () => {
      const warnings = refusalWarnings("text: 290,000 lines that fit nowhere");
      expect(warnings[0]).toEqual(more(290_000));
      expect(warnings[1]).toEqual({
        ref: "line 2",
        line: 2,
        message: "Could not place this line: “Line 0”",
      });
    });

    it("stops at the session limit", () => {
      expect(refused("text: 250,000 sessions in one room")).toEqual(tooMany);
    });
  });
});
