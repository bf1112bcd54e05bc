import { describe, expect, it } from "vitest";
import { hash36 } from "../../../functions/domain/import/common/hash";
import { htmlToText } from "../../../functions/domain/import/common/html";
import { matchKey } from "../../../functions/domain/import/common/normalize";
import { overlapWarnings } from "../../../functions/domain/import/program/overlaps";
import { splitRoom } from "../../../functions/domain/import/program/rooms";
import { assignSessionIds } from "../../../functions/domain/import/program/session-ids";
import { readClock, readRange } from "../../../functions/domain/import/time/times";
import { formatInstant, wallToEpoch } from "../../../functions/domain/import/time/zone";

describe("hash36", () => {
  it("is deterministic and spreads", () => {
    expect(hash36("jane doe|")).toBe(hash36("jane doe|"));
    expect(hash36("jane doe|")).not.toBe(hash36("jane doe|x"));
    expect(hash36("")).toMatch(/^[0-9a-z]+$/);
  });
});

describe("matchKey", () => {
  it("ignores case, accents, punctuation and spacing", () => {
    expect(matchKey("  José  NÚÑEZ-Ruiz ")).toBe("jose nunez ruiz");
  });

  it("drops every kind of combining mark, and keeps letters that do not decompose to ASCII", () => {
    // A combining mark written on its own (e + U+0301) is dropped like a precomposed é's.
    expect(matchKey("Rene\u0301e Dupont")).toBe("renee dupont");
    // Ø and ß have no ASCII decomposition; the Cyrillic title mark U+0483 is a mark outside
    // the Latin range; both go the general way.
    expect(matchKey("Søren Straße")).toBe("søren straße");
    expect(matchKey("Ива\u0483н Пе́тров")).toBe("иван петров");
  });

  it("keys every accented Latin letter as its decomposition does", () => {
    // The definition the one-pass Latin key must agree with, character by character.
    const decomposed = (text: string) =>
      text
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N} ]+/gu, " ")
        .replace(/\s+/g, " ")
        .trim();
    const differ: string[] = [];
    for (const [from, to] of [
      [0x80, 0x24f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let c = from; c <= to; c++) {
        const text = `Ab${String.fromCharCode(c)}c. D\u0301-${String.fromCharCode(c)}`;
        if (matchKey(text) !== decomposed(text)) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
    expect(matchKey("İlkay Łukasz Phạm")).toBe("ilkay łukasz pham");
  });

  it("keys text too long to read in one pass the same way", () => {
    expect(matchKey(`${"Jo. ".repeat(400)}NÚÑEZ`)).toBe(`${"jo ".repeat(400)}nunez`);
  });
});

describe("splitRoom", () => {
  it.each([
    ["Opening Remarks | Ballroom A", { title: "Opening Remarks", room: "Ballroom A" }],
    ["Opening Remarks (Room 201) ", { title: "Opening Remarks", room: "Room 201" }],
    ["Opening Remarks, Hall B", { title: "Opening Remarks", room: "Hall B" }],
    ["Opening Remarks - Room 4", { title: "Opening Remarks", room: "Room 4" }],
    // Dashes: the room is the run of parts at the end that each read as a room.
    ["Keynote - Jane Doe - Room 4", { title: "Keynote - Jane Doe", room: "Room 4" }],
    ["Keynote - Hall A - Level 2", { title: "Keynote", room: "Hall A - Level 2" }],
    ["Keynote - Room 4 - Jane Doe", { title: "Keynote - Room 4 - Jane Doe" }],
    // "Rm" is a room with its number; "RM" alone is magnetic resonance in Spanish.
    ["Opening, Rm 201", { title: "Opening", room: "Rm 201" }],
    ["Taller músculo-esquelético RX, CT y RM", { title: "Taller músculo-esquelético RX, CT y RM" }],
    // Not a room, text after the brackets, no title before the room, brackets inside brackets.
    ["Hernia Repair (Jane Doe, MD)", { title: "Hernia Repair (Jane Doe, MD)" }],
    ["Hernia Repair (Room 2) x", { title: "Hernia Repair (Room 2) x" }],
    [" | Room 1", { title: " | Room 1" }],
    ["Talk (Room (B))", { title: "Talk (Room (B))" }],
  ])("reads %j", (text, expected) => {
    expect(splitRoom(text)).toEqual(expected);
  });
});

describe("htmlToText", () => {
  it("strips tags, decodes entities and keeps paragraphs", () => {
    expect(
      htmlToText("<p>One &amp; two</p>\n<ul><li>a</li><li>b&#233;</li></ul><p>Three<br>four</p>"),
    ).toBe("One & two\n\n• a\n\n• bé\n\nThree\n\nfour");
    expect(htmlToText("  ")).toBeUndefined();
    expect(htmlToText(null)).toBeUndefined();
  });
});

describe("times", () => {
  it.each([
    ["7:00 AM – 8:15 AM", [420, 495]],
    ["07:00-08:15", [420, 495]],
    ["7:00–8:15 am", [420, 495]],
    ["11:30-1 pm", [690, 780]],
    ["1:30-3:00", [810, 900]],
    ["13:00 to 14:30", [780, 870]],
  ])("reads the range %s", (text, [start, end]) => {
    expect(readRange(text)).toMatchObject({ start, end });
  });

  it("does not read dates or counts as times", () => {
    expect(readRange("2026-05-14")).toBeUndefined();
    expect(readClock("14 May 2026")).toBeUndefined();
    expect(readClock("7:05 Title")).toMatchObject({ clock: { hour: 7, minute: 5 }, length: 5 });
  });
});

describe("zone math", () => {
  it("formats instants with the zone's offset across DST", () => {
    const winter = wallToEpoch("America/New_York", Date.UTC(2026, 2, 7, 12));
    const summer = wallToEpoch("America/New_York", Date.UTC(2026, 2, 9, 12));
    expect(formatInstant(winter, "America/New_York")).toBe("2026-03-07T12:00:00-05:00");
    expect(formatInstant(summer, "America/New_York")).toBe("2026-03-09T12:00:00-04:00");
  });

  it("moves a skipped wall time forward and takes the earlier of a repeated one", () => {
    const skipped = wallToEpoch("America/New_York", Date.UTC(2026, 2, 8, 2, 30));
    expect(formatInstant(skipped, "America/New_York")).toBe("2026-03-08T03:30:00-04:00");
    const repeated = wallToEpoch("Europe/Berlin", Date.UTC(2026, 9, 25, 2, 30));
    expect(formatInstant(repeated, "Europe/Berlin")).toBe("2026-10-25T02:30:00+02:00");
  });
});

describe("session ids", () => {
  it("uses source ids with suffixes for repeats, else hashes with an ordinal", () => {
    const ids = assignSessionIds([
      { sourceId: "a", start: 0, title: "x" },
      { sourceId: "a", start: 1, title: "y" },
      { start: 5, title: "t", room: "r" },
      { start: 5, title: "t", room: "r" },
      { sourceId: "has space/and#hash", start: 0, title: "z" },
    ]);
    expect(ids.slice(0, 2)).toEqual(["a", "a~2"]);
    expect(ids[2]).toMatch(/^h[0-9a-z]+$/);
    expect(ids[3]).not.toBe(ids[2]);
    expect(ids[4]).toMatch(/^u[0-9a-z]+$/);
    expect(assignSessionIds([{ start: 5, title: "t", room: "r" }])[0]).toBe(ids[2]);
  });
});

describe("overlap warnings", () => {
  it("lists one warning per pair, skips nested talks, and summarises past the cap", () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      room: "A",
      start: 0,
      end: 10,
      ref: `s${i}`,
    }));
    const warnings = overlapWarnings(items);
    expect(warnings).toHaveLength(51);
    expect(warnings[0]).toEqual({ ref: "s1", message: "Overlaps s0 in A" });
    expect(warnings[50]).toEqual({
      ref: "program",
      message: "16 more pairs of sessions overlap in the same room (not listed)",
    });
    expect(
      overlapWarnings([
        { room: "A", start: 0, end: 10, ref: "p" },
        { room: "A", start: 2, end: 5, ref: "c", parent: 0 },
        { room: "B", start: 2, end: 5, ref: "d" },
        { room: "A", start: 10, end: 12, ref: "e" },
      ]),
    ).toEqual([]);
  });
});
