import { lexicon } from "./lexicon";
import { COMMA, FILLER_WORDS, HEAD_WORDS, SLASH, tokenize } from "./normalize";
import { programs } from "./programs";
import { readAffiliation } from "./read";

/** How strongly an affiliation matches, by how the target and the affiliation were related. */
export const STRENGTH = {
  /** Both name the same institution. */
  institution: 1,
  /** The affiliation names another institution of the same training program. */
  program: 0.9,
  /** The target is part of one institution's name ("Vanderbilt", "Anschutz"). */
  partial: 0.8,
  partialProgram: 0.7,
  /** The target is in no name of the table, and all its words are in the affiliation. */
  words: 0.6,
  /** A name that several institutions share, and nothing in the text tells which. */
  ambiguous: 0.5,
} as const;

export type Relation = "institution" | "program" | "partial" | "ambiguous";

/** What a target was read as: the UI shows it beside the target. */
export interface TargetReading {
  target: string;
  /** `vague`: names only a place or a kind of institution, or a word several table institutions
   * share ("Texas", "Sinai"): it matches nothing, and `institutions` lists what it could mean.
   * `words`: not in the table; matches affiliations that contain all its words. */
  kind: "institution" | "partial" | "ambiguous" | "words" | "vague" | "empty";
  /** Table institutions it names or could name, by display name. */
  institutions: readonly string[];
}

export interface Link {
  target: number;
  strength: number;
  relation: Relation;
}

export interface CompiledTargets {
  readonly readings: readonly TargetReading[];
  /** Per table institution, the targets it satisfies. */
  readonly links: ReadonlyMap<number, readonly Link[]>;
  /** Targets matched by their words: the distinctive words each needs. */
  readonly wordTargets: readonly { target: number; words: readonly string[] }[];
  /** Matches already computed, by affiliation text. */
  readonly memo: Map<string, readonly AffiliationMatch[]>;
}

/** One target an affiliation matches. */
export interface AffiliationMatch {
  /** The target as the user wrote it. */
  target: string;
  /** The table institution the affiliation was read as, when it was. */
  institution?: string;
  /** Its ROR id (https://ror.org/<ror>). */
  ror?: string;
  /** 0..1, see STRENGTH. */
  strength: number;
  /** A sentence for the UI: matches your target “Mass General” (Massachusetts General Hospital). */
  reason: string;
}

/** Institutions whose names contain the phrase, grouped by training program. */
function containing(phrase: string): { institutions: number[]; groups: number } {
  const lex = lexicon();
  const institutions = new Set<number>();
  for (const name of lex.names) {
    const text = ` ${name.tokens.filter((t) => t !== COMMA && t !== SLASH).join(" ")} `;
    if (text.includes(phrase)) for (const i of name.institutions) institutions.add(i);
  }
  const groups = new Set(
    [...institutions].map((i) => {
      const program = lex.institutions[i]?.program ?? -1;
      return program >= 0 ? `p${program}` : `i${i}`;
    }),
  );
  return { institutions: [...institutions], groups: groups.size };
}

/** Reads the user's target programs once, so that each affiliation costs only look-ups. */
export function compileTargets(targets: readonly string[]): CompiledTargets {
  const lex = lexicon();
  const links = new Map<number, Link[]>();
  const wordTargets: { target: number; words: readonly string[] }[] = [];
  const link = (institution: number, target: number, strength: number, relation: Relation) => {
    const list = links.get(institution) ?? [];
    const same = list.find((l) => l.target === target);
    if (same && same.strength >= strength) return;
    if (same) Object.assign(same, { strength, relation });
    else list.push({ target, strength, relation });
    links.set(institution, list);
  };
  const linkAll = (
    ids: readonly number[],
    t: number,
    own: number,
    rel: Relation,
    viaProgram: number,
  ) => {
    for (const i of ids) {
      link(i, t, own, rel);
      const program = programs[lex.institutions[i]?.program ?? -1];
      for (const id of program?.ids ?? []) {
        const member = lex.byId.get(id);
        if (member !== undefined && member !== i)
          link(member, t, viaProgram, rel === "ambiguous" ? rel : "program");
      }
    }
  };
  const names = (ids: readonly number[]) =>
    ids.map((i) => lex.institutions[i]?.name ?? "").sort((a, b) => a.localeCompare(b));

  const readings = targets.map((target, t): TargetReading => {
    const words = tokenize(target).filter(
      (w) => w !== COMMA && w !== SLASH && !FILLER_WORDS.has(w),
    );
    if (words.length === 0) return { target, kind: "empty", institutions: [] };
    const found = readAffiliation(target, true).found;
    if (found.length > 0) {
      const ids = [...new Set(found.flatMap((f) => f.institutions))];
      const ambiguous = found.some((f) => f.institutions.length > 1);
      if (ambiguous) linkAll(ids, t, STRENGTH.ambiguous, "ambiguous", STRENGTH.ambiguous);
      else linkAll(ids, t, STRENGTH.institution, "institution", STRENGTH.program);
      return { target, kind: ambiguous ? "ambiguous" : "institution", institutions: names(ids) };
    }
    const distinctive = words.filter((w) => !HEAD_WORDS.has(w));
    if (distinctive.length === 0 || distinctive.every((w) => lex.regionWords.has(w))) {
      return { target, kind: "vague", institutions: [] };
    }
    let within = containing(` ${words.join(" ")} `);
    if (within.groups === 0) within = containing(` ${distinctive.join(" ")} `);
    if (within.groups === 1) {
      linkAll(within.institutions, t, STRENGTH.partial, "partial", STRENGTH.partialProgram);
      return { target, kind: "partial", institutions: names(within.institutions) };
    }
    if (within.groups > 1)
      return { target, kind: "vague", institutions: names(within.institutions) };
    if (distinctive.every((w) => lex.placeTokens.has(w)))
      return { target, kind: "vague", institutions: [] };
    wordTargets.push({ target: t, words: distinctive });
    return { target, kind: "words", institutions: [] };
  });
  return { readings, links, wordTargets, memo: new Map() };
}
