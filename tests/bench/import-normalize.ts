import { importProgramUnbounded } from "../../functions/domain/import/index";
import { rawParsers } from "../../functions/domain/import/raw";
import type { Format } from "../../schemas/program";
import { programFormats } from "../fixtures/synthetic/index";
import { bigProgram, bigProgramSize } from "./big-program";
import { copyFloors } from "./copy-floor";
import { type Figures, median, round, timed } from "./figures";

const { sessions, people } = bigProgramSize;
const timeZone = "America/Chicago";
const warmups = 2;
const runs = 5;
/** Runs timed together, so that each function pays for its own garbage: alone from a collected
 * heap, a small floor would pay for none, and alternating single runs would bill one function for
 * the other's. */
const inARow = 4;

const rawStep: Record<Format, string> = {
  ics: "ICAL.parse",
  "frab-xml": "fast-xml-parser with the importer's options",
  "frab-json": "JSON.parse",
  sessionize: "JSON.parse",
  csv: "Papa.parse with the importer's config",
  text: "no library parses program text, so the raw step is the importer's own lexing pass: lines split, cleaned and classified by the line patterns",
};

/** For each format, the whole import (parse plus normalize) of a 5,000-session program over the
 * raw parse of the same text with the same options (rawParsers, the very functions the readers
 * call), measured alternately so that machine noise hits both alike. Beside it, the same ratio
 * for a pass that only copies the parsed fields into sessions and people (copy-floor.ts): what
 * no import can beat, however little it does; the budget is on the import over that floor. */
export async function importNormalizeFigures(): Promise<Figures> {
  const figures: Figures = {};
  for (const format of programFormats) {
    const text = bigProgram(format);
    const raw = rawParsers[format];
    // importProgram less its 5 MB upload gate: three of these files are larger than that.
    const full = () => importProgramUnbounded(text, { format, timeZone });
    const floorCopy = copyFloors[format];
    const floor = floorCopy && (() => floorCopy(text));
    const imported = full().program;
    for (const [name, count] of [
      ["imported", imported.sessions.length],
      ["copied", floor?.().sessions.length ?? sessions],
    ] as const) {
      if (count < sessions) throw new Error(`${format}: ${name} ${count} of ${sessions} sessions`);
    }
    for (let i = 0; i < warmups; i++) {
      raw(text);
      full();
      floor?.();
    }
    const rawMs: number[] = [];
    const fullMs: number[] = [];
    const floorMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      rawMs.push(timed(() => raw(text), inARow));
      fullMs.push(timed(full, inARow));
      if (floor) floorMs.push(timed(floor, inARow));
    }
    const rawMedian = median(rawMs);
    const fullMedian = median(fullMs);
    const mb = round(Buffer.byteLength(text) / 1e6, 1);
    const over = `median raw parse ${round(rawMedian, 1)} ms (${rawStep[format]}); ${sessions} sessions, ${people} people, ${mb} MB, ${runs} alternating rounds of ${inARow} runs in a row each, after warm-up`;
    figures[`import.${format}.normalize_ratio`] = {
      value: round(fullMedian / rawMedian),
      unit: "ratio",
      note: `median import ${round(fullMedian, 1)} ms over ${over}`,
    };
    if (floor) {
      const floorMedian = median(floorMs);
      figures[`import.${format}.floor_ratio`] = {
        value: round(fullMedian / floorMedian),
        unit: "ratio",
        note: `median import ${round(fullMedian, 1)} ms over the copy floor ${round(floorMedian, 1)} ms (raw parse plus a plain field copy, same run); aim ≤ 1.5`,
        budget: { max: 3 },
      };
      figures[`import.${format}.copy_floor_ratio`] = {
        value: round(floorMedian / rawMedian),
        unit: "ratio",
        note: `median field copy ${round(floorMedian, 1)} ms (no ids, merging, zone math, cleaning or warnings) over ${over}`,
      };
    }
  }
  return figures;
}
