import { describe, expect, it } from "vitest";
import {
  type GenerateOptions,
  generateProgram,
  programFormats,
  type SyntheticProgram,
  writeProgram,
} from "../../fixtures/synthetic/index";

const base: GenerateOptions = {
  seed: 11,
  sessions: 120,
  people: 400,
  days: 3,
  timeZone: "America/Chicago",
};

function referenced(program: SyntheticProgram): Set<string> {
  return new Set(program.sessions.flatMap((s) => s.people.map((p) => p.personId)));
}

describe("generateProgram", () => {
  it("gives identical bytes in every format for the same seed", () => {
    const a = generateProgram(base);
    const b = generateProgram(base);
    for (const format of programFormats) {
      expect(writeProgram(b, format)).toBe(writeProgram(a, format));
    }
  });

  it("gives a different program for another seed", () => {
    const a = writeProgram(generateProgram(base), "csv");
    const b = writeProgram(generateProgram({ ...base, seed: 12 }), "csv");
    expect(b).not.toBe(a);
  });

  // Sessions as drafted, sessions grown to seat everyone, and few people in many seats.
  it.each([
    { sessions: 120, people: 400 },
    { sessions: 40, people: 300 },
    { sessions: 12, people: 60 },
    { sessions: 60, people: 100 },
  ])("has exactly $sessions sessions and $people people", ({ sessions, people }) => {
    const program = generateProgram({ ...base, sessions, people });
    expect(program.sessions).toHaveLength(sessions);
    expect(program.people).toHaveLength(people);
    expect(referenced(program).size).toBe(people);
    expect(program.sessions.map((s) => s.id)).toEqual(program.sessions.map((_, i) => i + 1));
  });

  it("keeps names unique, alone and with their affiliation", () => {
    const { people } = generateProgram({ ...base, sessions: 500, people: 3000 });
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
    expect(new Set(people.map((p) => `${p.name}|${p.affiliation}`)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.guid)).size).toBe(people.length);
  });

  it("never seats a person twice at the same time", () => {
    const program = generateProgram({ ...base, sessions: 400, people: 500 });
    const busy = new Set<string>();
    for (const s of program.sessions) {
      for (const seat of s.people) {
        const key = `${seat.personId}|${s.date}|${s.start}`;
        expect(busy.has(key)).toBe(false);
        busy.add(key);
      }
    }
  });

  it("keeps sessions in time order and talks inside their session", () => {
    const program = generateProgram(base);
    const keys = program.sessions.map((s) => `${s.date}T${s.start}`);
    expect(keys).toEqual([...keys].sort());
    for (const s of program.sessions) {
      expect(s.start < s.end).toBe(true);
      expect(program.conference.dates).toContain(s.date);
      for (const seat of s.people) {
        if (seat.talk) expect(seat.talk.start >= s.start && seat.talk.start < s.end).toBe(true);
      }
    }
  });

  it("describes the conference it was asked for", () => {
    const program = generateProgram({
      ...base,
      timeZone: "Europe/Berlin",
      startDate: "2027-10-28",
    });
    expect(program.conference).toMatchObject({
      timeZone: "Europe/Berlin",
      startDate: "2027-10-28",
      endDate: "2027-10-30",
      dates: ["2027-10-28", "2027-10-29", "2027-10-30"],
    });
    expect(new Set(program.sessions.map((s) => s.room))).toEqual(new Set(program.rooms));
    expect(new Set(program.sessions.map((s) => s.track))).toEqual(new Set(program.tracks));
  });

  it("rejects sizes it cannot honour", () => {
    expect(() => generateProgram({ ...base, sessions: 0 })).toThrow();
    expect(() => generateProgram({ ...base, people: 3 })).toThrow();
    expect(() => generateProgram({ ...base, timeZone: "Mars/Olympus" })).toThrow();
    // One morning of 300 parallel sessions needs more than 60 people.
    expect(() => generateProgram({ ...base, sessions: 300, people: 60 })).toThrow();
  });
});

describe("a benchmark-sized program", () => {
  it("has 5,000 sessions and 15,000 distinct, uniquely named people", () => {
    const program = generateProgram({ ...base, seed: 1, sessions: 5000, people: 15000, days: 4 });
    expect(program.sessions).toHaveLength(5000);
    expect(referenced(program).size).toBe(15000);
    expect(new Set(program.people.map((p) => `${p.name}|${p.affiliation}`)).size).toBe(15000);
    expect(new Set(program.people.map((p) => p.name)).size).toBe(15000);
  }, 60_000);
});
