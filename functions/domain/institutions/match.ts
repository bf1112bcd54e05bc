import { lexicon } from "./lexicon";
import { programs } from "./programs";
import { readAffiliation } from "./read";
import { type AffiliationMatch, type CompiledTargets, STRENGTH } from "./targets";

export type { AffiliationMatch, CompiledTargets, TargetReading } from "./targets";
export { compileTargets, STRENGTH } from "./targets";

const NONE: readonly AffiliationMatch[] = [];
/** Distinct affiliations remembered per compiled target list; a program has far fewer. */
const MEMO_LIMIT = 50_000;

function reasonFor(
  target: string,
  relation: string,
  institution: string,
  program: string,
  said: string,
) {
  if (relation === "program")
    return `matches your target “${target}” (${institution}, part of ${program})`;
  if (relation === "ambiguous") {
    return `may match your target “${target}” (${institution}; “${said}” names more than one institution)`;
  }
  return `matches your target “${target}” (${institution})`;
}

function compute(compiled: CompiledTargets, affiliation: string): readonly AffiliationMatch[] {
  const { links, wordTargets, readings } = compiled;
  const { tokens, found } = readAffiliation(affiliation);
  if (found.length === 0 && wordTargets.length === 0) return NONE;
  const lex = lexicon();
  const best: (AffiliationMatch | undefined)[] = [];
  for (const f of found) {
    const ambiguous = f.institutions.length > 1;
    for (const i of f.institutions) {
      for (const l of links.get(i) ?? []) {
        const strength = ambiguous ? Math.min(l.strength, STRENGTH.ambiguous) : l.strength;
        if ((best[l.target]?.strength ?? 0) >= strength) continue;
        const inst = lex.institutions[i];
        const target = readings[l.target]?.target ?? "";
        if (!inst) continue;
        const relation = ambiguous ? "ambiguous" : l.relation;
        const program = programs[inst.program]?.name ?? "";
        const said = tokens.slice(f.start, f.end).join(" ");
        best[l.target] = {
          target,
          institution: inst.name,
          ror: inst.id,
          strength,
          reason: reasonFor(target, relation, inst.name, program, said),
        };
      }
    }
  }
  if (wordTargets.length > 0) {
    const outside = new Set(tokens);
    for (const f of found) for (let k = f.start; k < f.end; k++) outside.delete(tokens[k] ?? "");
    for (const w of wordTargets) {
      if ((best[w.target]?.strength ?? 0) >= STRENGTH.words) continue;
      if (!w.words.every((word) => outside.has(word))) continue;
      const target = readings[w.target]?.target ?? "";
      best[w.target] = {
        target,
        strength: STRENGTH.words,
        reason: `matches the words of your target “${target}”`,
      };
    }
  }
  const matches = best.filter((m): m is AffiliationMatch => m !== undefined);
  if (matches.length === 0) return NONE;
  // Stable: equal strengths keep the user's order of targets.
  return matches.sort((a, b) => b.strength - a.strength);
}

/** The targets an affiliation matches, strongest first. Results are remembered per distinct
 * affiliation text, since a program repeats the same affiliations many times over. */
export function matchAffiliation(
  compiled: CompiledTargets,
  affiliation: string,
): readonly AffiliationMatch[] {
  const known = compiled.memo.get(affiliation);
  if (known) return known;
  const matches = compute(compiled, affiliation);
  if (compiled.memo.size >= MEMO_LIMIT) compiled.memo.clear();
  compiled.memo.set(affiliation, matches);
  return matches;
}
