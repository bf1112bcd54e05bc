import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { clip } from "../../../functions/domain/import/program/clip";

const frab = (over: { title: string; event: Record<string, unknown>; person: string }) =>
  JSON.stringify({
    schedule: {
      conference: {
        title: over.title,
        time_zone_name: "America/Chicago",
        days: [
          {
            date: "2027-04-15",
            rooms: {
              "Hall A": [
                {
                  guid: "g1",
                  date: "2027-04-15T08:00:00-05:00",
                  duration: "01:00",
                  title: "Opening",
                  persons: [{ public_name: over.person }],
                  ...over.event,
                },
              ],
            },
          },
        ],
      },
    },
  });

describe("clip", () => {
  it("leaves short text alone and cuts long text to the limit, ending in an ellipsis", () => {
    expect(clip("abc", 3)).toBe("abc");
    expect(clip("abcdef", 4)).toBe("abc…");
  });

  it("never cuts a surrogate pair in half", () => {
    expect(clip("ab😀cd", 4)).toBe("ab…");
  });
});

describe("text longer than a field may hold", () => {
  it("is cut to the field's limit with a warning, and a link too long is left out", () => {
    const text = frab({
      title: "C".repeat(400),
      person: `Jane ${"Q".repeat(400)}`,
      event: {
        title: "T".repeat(600),
        abstract: "d".repeat(12_000),
        url: `https://example.org/${"u".repeat(3_000)}`,
      },
    });
    const { program } = importProgram(text);
    const session = program.sessions[0];
    expect(session?.title).toBe(`${"T".repeat(499)}…`);
    expect(session?.description).toBe(`${"d".repeat(9_999)}…`);
    expect(session?.url).toBeUndefined();
    expect(program.conference.title).toBe(`${"C".repeat(299)}…`);
    expect(program.people[0]?.name).toBe(`Jane ${"Q".repeat(294)}…`);
    expect(program.warnings).toEqual([
      { ref: "event 1", message: "The title is longer than 500 characters; cut" },
      { ref: "event 1", message: "The link is longer than 2,000 characters; left out" },
      { ref: "event 1", message: "The description is longer than 10,000 characters; cut" },
      {
        ref: `person Jane ${"Q".repeat(74)}…`,
        message: "The name is longer than 300 characters; cut",
      },
      { ref: "conference", message: "The conference title is longer than 300 characters; cut" },
    ]);
  });
});

describe("a session that lists more people than a faculty list holds", () => {
  it("keeps the first 300 with a warning", () => {
    const speakers = Array.from({ length: 400 }, (_, i) => `Person Number${i}`).join("; ");
    const csv = `Title,Date,Start,End,Speakers\nCrowd,2026-05-14,09:00,10:00,"${speakers}"\n`;
    const { program } = importProgram(csv, { timeZone: "UTC" });
    expect(program.sessions[0]?.people).toHaveLength(300);
    expect(program.people.at(-1)?.name).toBe("Person Number299");
    expect(program.warnings).toEqual([
      { ref: "row 2", message: "More than 300 people in one session; the rest are left out" },
    ]);
  });
});
