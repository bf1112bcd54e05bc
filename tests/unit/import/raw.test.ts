import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash36, hashedId } from "../../../functions/domain/import/common/hash";
import { htmlToText, htmlToTextFiltered } from "../../../functions/domain/import/common/html";
import { IdMap } from "../../../functions/domain/import/common/json";
import { memo } from "../../../functions/domain/import/common/memo";
import { tokenizeText } from "../../../functions/domain/import/formats/text/lex";
import { importProgram } from "../../../functions/domain/import/index";
import { isPlaceholder } from "../../../functions/domain/import/people/people";
import { rawParsers } from "../../../functions/domain/import/raw";
import { fixture } from "./support";

describe("raw parsers", () => {
  it("parse each format with the importer's options", () => {
    expect(rawParsers.ics("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")).toEqual([
      "vcalendar",
      [["version", {}, "text", "2.0"]],
      [],
    ]);
    expect(rawParsers["frab-xml"]('<schedule><day date="2026-05-14"/></schedule>')).toEqual({
      schedule: { day: [{ "@date": "2026-05-14" }] },
    });
    expect(rawParsers["frab-json"]('{"a":1}')).toEqual({ a: 1 });
    expect(rawParsers.sessionize("[]")).toEqual([]);
    expect(rawParsers.csv("a,b\r\n\r\n1,2\r\n")).toMatchObject({
      data: [
        ["a", "b"],
        ["1", "2"],
      ],
    });
    expect(rawParsers.text).toBe(tokenizeText);
  });

  it("lexes program text into classified lines, blank lines dropped", () => {
    const tokens = tokenizeText(fixture("program-book.txt"));
    const kinds = tokens.map((t) => t.kind);
    expect(kinds.slice(0, 6)).toEqual(["text", "day", "range", "role", "clock", "clock"]);
    expect(tokens[1]).toMatchObject({
      kind: "day",
      line: 3,
      date: { year: 2026, month: 5, day: 14 },
    });
    expect(tokens[2]).toMatchObject({
      kind: "range",
      range: { start: 420, end: 495 },
      rest: "Trauma Updates | Room 201",
    });
    expect(tokenizeText("  \n05/06/2026\n7:05  Opening\nSpeakers: Ann Lee\n")).toEqual([
      {
        kind: "numeric-day",
        line: 2,
        text: "05/06/2026",
        date: { a: 5, b: 6, year: 2026, sep: "/" },
        gap: 1,
      },
      {
        kind: "clock",
        line: 3,
        text: "7:05 Opening",
        clock: { hour: 7, minute: 5, leadingZero: false },
        rest: "Opening",
      },
      { kind: "role", line: 4, text: "Speakers: Ann Lee", role: "speaker", list: "Ann Lee" },
    ]);
  });

  it("reads a table row's cells as lines, the title cell with its time, and a day in the first cell", () => {
    expect(
      tokenizeText(
        "10 March 2011 – Thursday\t8 a.m. – 8.30 a.m. – opening ceremony\n\t\n9:05am\tKeynote\tIn-person",
      ).map((t) => [t.kind, t.text, t.gap ?? 0, t.cell ?? false]),
    ).toEqual([
      ["day", "10 March 2011 – Thursday", 0, false],
      ["range", "8 a.m. – 8.30 a.m. – opening ceremony", 0, true],
      ["clock", "9:05am Keynote", 1, false],
      ["text", "In-person", 0, true],
    ]);
  });
});

describe("fast paths give the same answers as the general ones", () => {
  // The hash as first written: one string, base 36 by toString and padStart.
  function reference(text: string): string {
    let a = 0x9e3779b9;
    let b = 0x85ebca6b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ (a >>> 16), 0x7feb352d) ^ Math.imul(b ^ (b >>> 13), 0x846ca68b);
    b = Math.imul(b ^ (b >>> 16), 0x7feb352d) ^ Math.imul(a ^ (a >>> 13), 0x846ca68b);
    return ((b >>> 0) & 0x1fffff).toString(36) + (a >>> 0).toString(36).padStart(7, "0");
  }

  it("hashes ids exactly as before, parts or whole", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        expect(hash36(x)).toBe(reference(x));
        expect(hashedId("p", [x, "|", y])).toBe(`p${reference(`${x}|${y}`)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds placeholder names as the pattern alone does", () => {
    const PLACEHOLDER = /\b(?:tb[acd]|to be (?:announced|determined|confirmed|decided))\b/i;
    const piece = fc.constantFrom(
      "t",
      "T",
      "b",
      "B",
      "o",
      "O",
      " ",
      "a",
      "d",
      "c",
      "x",
      "İ",
      "To be ",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }),
        fc.constantFrom("", "announced", "TBD"),
        (p, end) => {
          const name = p.join("") + end;
          expect(isPlaceholder(name)).toBe(PLACEHOLDER.test(name));
        },
      ),
      { numRuns: 3000 },
    );
    expect(["Faculty TBA", "To be announced", "Robert Bob", "Tba"].map(isPlaceholder)).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it("reads plain descriptions line by line as the general path does", () => {
    const line = fc.constantFrom("", " ", "\t", "\u00a0", "Jane  Doe", " text ", "a\tb", "\u2003");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        // A leading newline keeps the text off the single-line shortcut.
        const plain = `\n${lines.join("\n")}`;
        // A carriage return sends the same text down the general path.
        expect(htmlToText(plain)).toBe(htmlToText(`${plain}\r`));
        expect(htmlToTextFiltered(plain, () => true)).toBe(htmlToText(plain));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives tidy plain lines back as they are, and tidies the rest as the general path does", () => {
    const line = fc.constantFrom(
      "",
      " ",
      "\u00a0",
      "\u2003",
      "Jane Doe",
      "Jane  Doe",
      "10:05 AM   Talk",
      "a\tb",
      "Chair: A, MD",
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 6 }), (lines) => {
        const plain = lines.join("\n");
        expect(htmlToText(plain)).toBe(htmlToText(`${plain}\r`));
        const noChair = (l: string) => !l.startsWith("Chair");
        expect(htmlToTextFiltered(plain, noChair)).toBe(htmlToTextFiltered(`${plain}\r`, noChair));
        expect(htmlToTextFiltered(plain, () => true)).toBe(htmlToText(plain));
      }),
      { numRuns: 2000 },
    );
    const tidy = "Chair: Robert Ellison, MD\nSpeaker: Ana Ruiz\n\nA second paragraph.";
    expect(htmlToText(tidy)).toBe(tidy);
    expect(htmlToText("Chair: A\n\n\nSpeaker: B")).toBe("Chair: A\n\nSpeaker: B");
    expect(htmlToText("Chair: A \nSpeaker:\u00a0B")).toBe("Chair: A\nSpeaker: B");
    expect(htmlToText("Chair: A\n10:05 AM  Talk   One")).toBe("Chair: A\n10:05 AM Talk One");
  });

  it("drops filtered lines and the blank lines they leave", () => {
    const drop = (l: string) => !l.startsWith("Speaker:");
    expect(htmlToTextFiltered("Intro\n\nSpeaker: A\n\nMore", drop)).toBe("Intro\n\nMore");
    expect(htmlToTextFiltered("Speaker: A\n\nMore", drop)).toBe("More");
    expect(htmlToTextFiltered("Speaker: A", drop)).toBeUndefined();
    expect(htmlToTextFiltered("<p>Intro</p><p>Speaker: A</p>", drop)).toBe("Intro");
  });

  it("looks JSON ids up by number or text alike", () => {
    const ids = new IdMap<string>();
    ids.set("1008", "Room A");
    ids.set(7, "Room B");
    ids.set("007", "Room C");
    expect([ids.get(1008), ids.get("1008"), ids.get(7), ids.get("7"), ids.get("007")]).toEqual([
      "Room A",
      "Room A",
      "Room B",
      "Room B",
      "Room C",
    ]);
    expect(ids.get(Number("007"))).toBe("Room B");
    expect(ids.has({})).toBe(false);
  });
});

describe("import-scoped caches", () => {
  it("are emptied when an import ends, so no user's text outlives their import", () => {
    let calls = 0;
    const length = memo((text: string) => {
      calls++;
      return text.length;
    });
    length("Jane Doe");
    length("Jane Doe");
    expect(calls).toBe(1);
    importProgram(fixture("frab-mini.json"));
    length("Jane Doe");
    expect(calls).toBe(2);
  });
});
