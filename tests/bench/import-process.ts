import { importProgramUnbounded } from "../../functions/domain/import/index";
import { rawParsers } from "../../functions/domain/import/raw";
import { programFormats } from "../fixtures/synthetic/index";
import { bigProgram, bigProgramSize } from "./big-program";
import { copyFloors } from "./copy-floor";
import { median, timed } from "./figures";
import { type ImportTiming, importRounds } from "./import-normalize";

const { warmups, runs, inARow, timeZone } = importRounds;

/** For each format, the whole import (parse plus normalize) of the benchmark program, its raw
 * parse with the same options (rawParsers, the very functions the readers call) and its copy
 * floor (copy-floor.ts), measured alternately so that machine noise hits all three alike. */
function timeImports(): ImportTiming[] {
  return programFormats.map((format) => {
    const text = bigProgram(format);
    const raw = rawParsers[format];
    // importProgram less its 5 MB upload gate: three of these files are larger than that.
    const full = () => importProgramUnbounded(text, { format, timeZone });
    const floorCopy = copyFloors[format];
    const floor = floorCopy && (() => floorCopy(text));
    for (const [name, count] of [
      ["imported", full().program.sessions.length],
      ["copied", floor?.().sessions.length ?? bigProgramSize.sessions],
    ] as const) {
      if (count < bigProgramSize.sessions)
        throw new Error(`${format}: ${name} ${count} of ${bigProgramSize.sessions} sessions`);
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
    const timing: ImportTiming = {
      format,
      bytes: Buffer.byteLength(text),
      raw: median(rawMs),
      full: median(fullMs),
    };
    if (floor) timing.floor = median(floorMs);
    return timing;
  });
}

// Run as a process of its own by import-normalize.ts, which reads this line.
process.stdout.write(`${JSON.stringify(timeImports())}\n`);
