import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import type { Program } from "../../../schemas/program";
import { type RealProgram, readRealProgram, realPrograms } from "../../fixtures/real/programs";

// Hand counts in tests/fixtures/real/SOURCES.md; the importer must come within 10% of them.
const now = new Date("2026-12-06T00:00:00Z");

/** What a user types for these files: the year a file leaves out, and a first day for a file
 * that names no date (its real day where known). */
function typed(p: RealProgram) {
  if (p.firstDay !== undefined) return { firstDay: p.firstDay };
  const year = p.sample.date === null ? undefined : Number(p.sample.date.slice(0, 4));
  if (p.sample.date !== null && p.year !== null) return {};
  if (p.sample.date !== null) return { year };
  return { firstDay: `${p.year ?? 2022}-09-19` };
}

function read(p: RealProgram): Program {
  return importProgram(readRealProgram(p), { timeZone: p.timeZone, now, ...typed(p) }).program;
}

const within10 = (actual: number, expected: number) =>
  Math.abs(actual - expected) <= Math.max(1, Math.round(expected * 0.1));

const clock = (instant: string) => instant.slice(11, 16);
// Spelling aside: "Erdal Çoşgun" and "Erdal Coşgun" are one person, kept under the first.
const key = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\W+/g, " ").trim();

/** The session the hand count describes: on its day (the typed first day when the file names
 * none), at its start, with its title in the session's title or the other way round. */
function sampleOf(program: Program, p: RealProgram) {
  const day = p.sample.date ?? typed(p).firstDay;
  const title = key(p.sample.title);
  return program.sessions.find(
    (s) =>
      s.start.startsWith(`${day}T${p.sample.start}`) &&
      (key(s.title).includes(title) || title.includes(key(s.title))),
  );
}

describe("real programs as people paste them", () => {
  for (const p of realPrograms) {
    const short = p.file.split("_")[0] as string;
    it(`${short}: ${p.sessions} sessions, ${p.people} people, its sample session`, () => {
      const program = read(p);
      const counts = { sessions: program.sessions.length, people: program.people.length };
      expect(within10(counts.sessions, p.sessions), `${counts.sessions} sessions`).toBe(true);
      expect(within10(counts.people, p.people), `${counts.people} people`).toBe(true);
      const sample = sampleOf(program, p);
      expect(
        sample ? [clock(sample.start), sample.end && clock(sample.end)] : p.sample.title,
      ).toEqual([p.sample.start, p.sample.end ?? sample?.end.slice(11, 16)]);
      const names = new Set(
        sample?.people.map((s) => key(program.people.find((x) => x.id === s.personId)?.name ?? "")),
      );
      expect(p.sample.people.filter((n) => !names.has(key(n)))).toEqual([]);
    });
  }
});
