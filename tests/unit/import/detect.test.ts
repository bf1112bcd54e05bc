import { describe, expect, it } from "vitest";
import { detectFormat, importProgram } from "../../../functions/domain/import/index";
import { errorCode, fixture } from "./support";

describe("detectFormat", () => {
  it.each([
    ["congress.ics", "ics"],
    ["frab-mini.xml", "frab-xml"],
    ["frab-mini.json", "frab-json"],
    ["sessionize-mini.json", "sessionize"],
    ["per-presenter.csv", "csv"],
    ["ambiguous.csv", "csv"],
    ["program-book.txt", "text"],
  ])("%s is %s", (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it("ignores a BOM and leading blank lines", () => {
    expect(detectFormat("\uFEFF\n\n  BEGIN:VCALENDAR\nEND:VCALENDAR")).toBe("ics");
  });

  it("explains unreadable and unknown input", () => {
    expect(errorCode(() => detectFormat(""))).toBe("import.unreadable");
    expect(errorCode(() => detectFormat("{ not json"))).toBe("import.unreadable");
    expect(errorCode(() => detectFormat('{"hello": 1}'))).toBe("import.unknown_format");
  });
});

describe("importProgram limits and options", () => {
  it("refuses more than 5 MB", () => {
    try {
      importProgram("x".repeat(5 * 1024 * 1024 + 1));
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        code: "import.too_large",
        message: "The file is larger than 5 MB",
      });
    }
  });

  it("refuses more than 20,000 sessions", () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `S${i},2026-05-14,09:00`).join("\n");
    try {
      importProgram(`Title,Date,Start\n${rows}`, { timeZone: "UTC" });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: "import.too_many_sessions" });
      expect((e as Error).message).toMatch(/^More than 20,000 sessions/);
    }
  });

  it("rejects an unknown time zone", () => {
    expect(
      errorCode(() => importProgram(fixture("program-book.txt"), { timeZone: "Mars/Base" })),
    ).toBe("import.bad_time_zone");
  });

  it("lets the caller force a format", () => {
    expect(
      errorCode(() => importProgram(fixture("per-presenter.csv"), { format: "sessionize" })),
    ).toBe("import.unreadable");
  });

  it("imports the same file to the same ids", () => {
    const a = importProgram(fixture("program-book.txt"), { timeZone: "UTC" }).program;
    const b = importProgram(fixture("program-book.txt"), { timeZone: "UTC" }).program;
    expect(b.sessions.map((s) => s.id)).toEqual(a.sessions.map((s) => s.id));
    expect(b.people.map((p) => p.id)).toEqual(a.people.map((p) => p.id));
  });
});

describe("binary files", () => {
  // What a browser's file.text() and Node's utf8 decoding make of the bytes: invalid UTF-8 is U+FFFD.
  const asText = (...bytes: (number | string)[]) =>
    Buffer.concat(bytes.map((b) => Buffer.from(typeof b === "string" ? b : [b]))).toString("utf8");
  const notText =
    "This file is not text. Import a calendar (.ics), CSV, JSON or XML file, or paste the program text.";

  it.each([
    [
      "a PDF",
      asText("%PDF-1.7\n%", 0xe2, 0xe3, 0xcf, 0xd3, "\n1 0 obj"),
      "import.binary_pdf",
      "This is a PDF file. Open it, select the program text, copy it and paste it here.",
    ],
    [
      "an .xlsx (a ZIP archive)",
      asText("PK", 3, 4, 0x14, 0, 6, 0, "[Content_Types].xml"),
      "import.binary_spreadsheet",
      "This is a spreadsheet or document file, not text. Save the sheet as CSV and import that.",
    ],
    [
      "an old .xls",
      asText(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0),
      "import.binary",
      notText,
    ],
    [
      "binary without NULs",
      asText(...Array.from({ length: 64 }, (_, i) => 0x80 + i), "Title,Date"),
      "import.binary",
      notText,
    ],
  ])("refuses %s with a message that says what to do", (_, text, code, message) => {
    for (const run of [() => detectFormat(text), () => importProgram(text, { timeZone: "UTC" })]) {
      expect(run).toThrow(expect.objectContaining({ code, message }));
    }
  });

  it("still reads a Latin-1 CSV, whose accented letters decode as the odd U+FFFD", () => {
    const csv = Buffer.from("Title,Date,Start\nSéance plénière,2026-05-14,09:00\n", "latin1");
    expect(detectFormat(csv.toString("utf8"))).toBe("csv");
  });
});
