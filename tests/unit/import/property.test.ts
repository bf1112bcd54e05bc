import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../../functions/domain/errors";
import { importProgram } from "../../../functions/domain/import/index";
import { type Format, formats, programSchema } from "../../../schemas/program";
import { fixture } from "./support";

const formatsToTry: (Format | "auto")[] = ["auto", ...formats];
const fixtures = [
  "congress.ics",
  "frab-mini.xml",
  "frab-mini.json",
  "sessionize-mini.json",
  "per-presenter.csv",
  "named-dates.csv",
  "program-book.txt",
].map(fixture);

/** Imports and checks the only two outcomes allowed: a schema-valid program or a DomainError. */
function importsCleanly(text: string, format: Format | "auto"): void {
  try {
    const { program } = importProgram(text, { format, timeZone: "America/New_York" });
    const checked = v.safeParse(programSchema, program);
    if (!checked.success)
      throw new Error(`invalid program: ${JSON.stringify(checked.issues[0]?.path)}`);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    // The importer's last-resort wrapper uses these messages; seeing one means a parser bug slipped out.
    if (/^The file could not be read(?::| in the chosen format)/.test(e.message))
      throw new Error(`unexpected: ${e.message}`);
  }
}

describe("importer properties", { timeout: 60_000 }, () => {
  it("random text never throws anything but DomainError", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400, unit: "binary" }),
        fc.constantFrom(...formatsToTry),
        importsCleanly,
      ),
      { numRuns: 300 },
    );
  });

  it("random lines made of program-like tokens never throw anything but DomainError", () => {
    const token = fc.constantFrom(
      "BEGIN:VEVENT",
      "END:VEVENT",
      "DTSTART:20260514T080000Z",
      "RRULE:FREQ=DAILY",
      "<schedule>",
      '<day date="2026-05-14">',
      "{",
      "}",
      "[",
      '"sessions":',
      ",",
      "Title,Date,Time",
      "14.05.2026",
      "7:00 AM – 8:15 AM",
      "Thursday, May 14, 2026",
      "Moderators:",
      "Jane Doe, MD",
      "(",
      ")",
      ";",
      "|",
      "Room 201",
      "\n",
      "\r\n",
      " ",
      '"',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }).map((t) => t.join("")),
        fc.constantFrom(...formatsToTry),
        importsCleanly,
      ),
      { numRuns: 300 },
    );
  });

  it("truncated and corrupted fixtures never throw anything but DomainError", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 5 }),
        (text, cut, at, junk) => {
          const end = cut % (text.length + 1);
          const pos = at % (end + 1);
          const corrupted = text.slice(0, pos) + junk + text.slice(pos + junk.length, end);
          importsCleanly(text.slice(0, end), "auto");
          importsCleanly(corrupted, "auto");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("person ids do not depend on session order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), (order) => {
        const rows = [
          "A,2026-05-14,09:00,Jane Doe, MD",
          "B,2026-05-14,10:00,John Roe",
          "C,2026-05-14,11:00,Ana Lee",
          "D,2026-05-14,12:00,José Núñez",
        ];
        const csv = `Title,Date,Start,Speaker\n${order.map((i) => rows[i]?.replace(", MD", " MD")).join("\n")}`;
        const ids = importProgram(csv, { timeZone: "UTC" })
          .program.people.map((p) => `${p.name}=${p.id}`)
          .sort();
        const base = importProgram(
          `Title,Date,Start,Speaker\n${rows.map((r) => r.replace(", MD", " MD")).join("\n")}`,
          {
            timeZone: "UTC",
          },
        )
          .program.people.map((p) => `${p.name}=${p.id}`)
          .sort();
        expect(ids).toEqual(base);
      }),
      { numRuns: 30 },
    );
  });
});
