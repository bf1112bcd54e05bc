import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Format } from "../../schemas/program";
import { bigProgramSize } from "./big-program";
import { type Figures, median, round } from "./figures";

export const importRounds = {
  timeZone: "America/Chicago",
  warmups: 2,
  runs: 3,
  /** Runs timed together, so that each function pays for its own garbage: alone from a collected
   * heap, a small floor would pay for none, and alternating single runs would bill one function
   * for the other's. */
  inARow: 4,
};

/** Separate processes measured, one after another. A ratio differs more between processes than
 * between rounds in one (the import over its floor by ±12% here, against ±3%: each process
 * collects garbage at other moments), so one process is one sample, and a figure is the median
 * of several. */
const processes = 3;

/** One format's medians in one process, in milliseconds per run; floor only for the formats that
 * have one. */
export type ImportTiming = {
  format: Format;
  bytes: number;
  raw: number;
  full: number;
  floor?: number;
};

const rawStep: Record<Format, string> = {
  ics: "ICAL.parse",
  "frab-xml": "fast-xml-parser with the importer's options",
  "frab-json": "JSON.parse",
  sessionize: "JSON.parse",
  csv: "Papa.parse with the importer's config",
  text: "no library parses program text, so the raw step is the importer's own lexing pass: lines split, cleaned and classified by the line patterns",
};

/** Every format's timings, measured in a fresh process (import-process.ts). */
function timingsInProcess(): ImportTiming[] {
  const script = fileURLToPath(new URL("./import-process.ts", import.meta.url));
  const result = spawnSync(process.execPath, [...process.execArgv, script], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`the import timing process failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ImportTiming[];
}

/** A ratio as the median over processes, and each process's value for the note. */
function acrossProcesses(values: number[]): { value: number; each: string } {
  return { value: round(median(values)), each: values.map((v) => round(v, 2)).join(", ") };
}

/** For each format, the whole import (parse plus normalize) of a 5,000-session program over the
 * raw parse of the same text with the same options, and over the copy floor: a pass that only
 * copies the parsed fields into sessions and people (copy-floor.ts), what no import can beat,
 * however little it does. The budget is on the import over that floor. Each ratio is taken
 * within one process, from the same run, and the figure is its median over the processes. */
export async function importNormalizeFigures(): Promise<Figures> {
  const samples: ImportTiming[][] = [];
  for (let i = 0; i < processes; i++) samples.push(timingsInProcess());
  const figures: Figures = {};
  const { runs, inARow } = importRounds;
  const { sessions, people } = bigProgramSize;
  for (const [k, first] of (samples[0] ?? []).entries()) {
    const { format } = first;
    const timings = samples.map((s) => s[k] as ImportTiming);
    const ms = (pick: (t: ImportTiming) => number) => round(median(timings.map(pick)), 1);
    const rounds = `${processes} processes of ${runs} alternating rounds of ${inARow} runs in a row each, after warm-up; per process`;
    const over = `median raw parse ${ms((t) => t.raw)} ms (${rawStep[format]}); ${sessions} sessions, ${people} people, ${round(first.bytes / 1e6, 1)} MB, ${rounds}`;
    const normalize = acrossProcesses(timings.map((t) => t.full / t.raw));
    figures[`import.${format}.normalize_ratio`] = {
      value: normalize.value,
      unit: "ratio",
      note: `median import ${ms((t) => t.full)} ms over ${over}: ${normalize.each}`,
    };
    if (first.floor !== undefined) {
      const floorMs = (t: ImportTiming) => t.floor as number;
      const floor = acrossProcesses(timings.map((t) => t.full / floorMs(t)));
      figures[`import.${format}.floor_ratio`] = {
        value: floor.value,
        unit: "ratio",
        note: `median import ${ms((t) => t.full)} ms over the copy floor ${ms(floorMs)} ms (raw parse plus a plain field copy, same run), ${rounds}: ${floor.each}; aim ≤ 1.5`,
        budget: { max: 3 },
      };
      const copy = acrossProcesses(timings.map((t) => floorMs(t) / t.raw));
      figures[`import.${format}.copy_floor_ratio`] = {
        value: copy.value,
        unit: "ratio",
        note: `median field copy ${ms(floorMs)} ms (no ids, merging, zone math, cleaning or warnings) over ${over}: ${copy.each}`,
      };
    }
  }
  return figures;
}
