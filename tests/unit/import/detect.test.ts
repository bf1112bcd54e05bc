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
