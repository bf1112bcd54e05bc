import { generateProgram, type ProgramFormat, writeProgram } from "../fixtures/synthetic";

/** The benchmark program: 5,000 sessions and 15,000 people over four days. */
export const bigProgramSize = { sessions: 5000, people: 15_000 };

let program: ReturnType<typeof generateProgram> | undefined;

export function bigProgram(format: ProgramFormat): string {
  program ??= generateProgram({
    seed: 1,
    ...bigProgramSize,
    days: 4,
    timeZone: "America/Chicago",
  });
  return writeProgram(program, format);
}
