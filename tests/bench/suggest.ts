import { compileTargets, matchAffiliation } from "../../functions/domain/institutions/match";
import { generateProgram } from "../fixtures/synthetic";
import { realAffiliations } from "../unit/institutions/affiliations";
import { bigProgramSize } from "./big-program";
import { type Figures, median, round, timed } from "./figures";

const warmups = 3;
const runs = 15;
/** Each timed run repeats its pass, as one pass over 15,000 strings is under a millisecond. */
const passes = 20;

/** Ten targets of the kinds users write: short names, acronyms, full names, one not in the table. */
const targets = [
  "Mass General",
  "Johns Hopkins",
  "UCSF",
  "Cleveland Clinic",
  "University of Washington",
  "Penn",
  "Northwestern",
  "Mayo",
  "Emory",
  "Kaiser Oakland",
];

/** The 15,000 people of the benchmark program; every third one gets a real affiliation string
 * instead of the generator's fictional one, so that matches, look-alikes and misses all occur. */
function affiliations(): string[] {
  const { people } = generateProgram({
    seed: 1,
    ...bigProgramSize,
    days: 4,
    timeZone: "America/Chicago",
  });
  return people.map((person, i) =>
    i % 3 === 0
      ? (realAffiliations[(i / 3) % realAffiliations.length]?.[0] ?? "")
      : person.affiliation,
  );
}

/** Suggestions for ten targets over every person of a 15,000-person program (targets compiled
 * afresh and the per-affiliation memo empty each pass) over a plain pass that lower-cases the
 * same affiliations, measured alternately so that machine noise hits both alike. */
export async function suggestFigures(): Promise<Figures> {
  const all = affiliations();
  let sink = 0;
  const plain = () => {
    for (let p = 0; p < passes; p++) for (const a of all) sink += a.toLowerCase().length;
  };
  const suggest = () => {
    for (let p = 0; p < passes; p++) {
      const compiled = compileTargets(targets);
      for (const a of all) sink += matchAffiliation(compiled, a).length;
    }
  };
  for (let i = 0; i < warmups; i++) {
    plain();
    suggest();
  }
  const plainMs: number[] = [];
  const suggestMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    plainMs.push(timed(plain));
    suggestMs.push(timed(suggest));
  }
  if (sink === 0) throw new Error("nothing was computed");
  const compiled = compileTargets(targets);
  const matched = all.filter((a) => matchAffiliation(compiled, a).length > 0).length;
  const distinct = new Set(all).size;
  const plainMedian = median(plainMs) / passes;
  const suggestMedian = median(suggestMs) / passes;
  return {
    "contacts.suggest_ratio": {
      value: round(suggestMedian / plainMedian),
      unit: "ratio",
      note: `median ${round(suggestMedian, 2)} ms to match ${all.length} affiliations (${distinct} distinct, ${matched} matching) against ${targets.length} targets, over ${round(plainMedian, 2)} ms to lower-case them; ${runs} alternating runs of ${passes} passes after warm-up`,
      budget: { max: 3 },
    },
  };
}
