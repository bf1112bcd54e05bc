import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { generateProgram } from "../../fixtures/synthetic/index";
import { sampleFiles, sampleOptions, samplePath } from "../../fixtures/synthetic/sample";

describe("the committed sample conference", () => {
  const files = sampleFiles();

  it.each(Object.keys(files))("%s matches what write-sample.ts generates", (name) => {
    const committed = readFileSync(samplePath(name), "utf8");
    // If this fails after a generator change, run `npm run sample:write` and commit the files.
    expect(committed === files[name]).toBe(true);
  });

  it("is a realistic congress in Chicago time", () => {
    const program = generateProgram(sampleOptions);
    expect(program.sessions).toHaveLength(300);
    expect(program.conference.dates).toEqual([
      "2027-04-15",
      "2027-04-16",
      "2027-04-17",
      "2027-04-18",
    ]);
    const titles = program.sessions.map((s) => s.title);
    expect(titles).toContain("Resident and IMG Networking Reception");
    expect(titles.some((t) => t.startsWith("Meet the Professor Breakfast"))).toBe(true);
    const types = new Set(program.sessions.map((s) => s.type));
    for (const type of [
      "Plenary",
      "Panel",
      "Video Session",
      "Oral Abstract Session",
      "Poster Rounds",
    ]) {
      expect(types).toContain(type);
    }
    const roles = new Set(program.sessions.flatMap((s) => s.people.map((p) => p.role)));
    expect(roles).toEqual(new Set(["chair", "moderator", "panelist", "discussant", "speaker"]));
  });

  it("has people who appear in several sessions under one name and affiliation", () => {
    const csv = Papa.parse<Record<string, string>>(files["surgical-congress.csv"] ?? "", {
      header: true,
      skipEmptyLines: true,
    });
    const counts = new Map<string, number>();
    for (const row of csv.data) {
      if (!row.Presenter) continue;
      const key = `${row.Presenter}|${row.Affiliation}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(sampleOptions.people);
    expect([...counts.values()].filter((n) => n > 1).length).toBeGreaterThan(50);
  });

  it("declares America/Chicago with a VTIMEZONE", () => {
    const ics = files["surgical-congress.ics"] ?? "";
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n");
    expect(ics).toContain("DTSTART;TZID=America/Chicago:20270415T");
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const longest = Math.max(...ics.split("\r\n").map((l) => Buffer.byteLength(l, "utf8")));
    expect(longest).toBeLessThanOrEqual(75);
  });
});
