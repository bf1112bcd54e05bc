import { type Lexicon, lexicon, type Name } from "./lexicon";
import {
  COMMA,
  DIRECTIONS,
  FILLER_WORDS,
  HEAD_WORDS,
  SAME_PLACE_HEADS,
  SLASH,
  tokenize,
} from "./normalize";
import { postalCodes, regionByName } from "./places";

/** A table institution named in an affiliation, at tokens [start, end). */
export interface Found {
  start: number;
  end: number;
  name: Name;
  /** The institutions the name can mean here once the places in the text are weighed. */
  institutions: readonly number[];
}

export interface Reading {
  tokens: readonly string[];
  found: readonly Found[];
}

interface Span {
  start: number;
  end: number;
  name: Name;
}

const NOTHING: readonly Found[] = [];
const CLAUSE_END = /(?:^|\s)([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\s*$/;
const DIGIT = /^[0-9]/;

function spansIn(lex: Lexicon, tokens: readonly string[], asTarget: boolean): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let node = lex.root.get(tokens[i] ?? "");
    for (let j = i + 1; node; j++) {
      if (node.name && (asTarget || !node.name.targetOnly))
        spans.push({ start: i, end: j, name: node.name });
      const next = tokens[j];
      node = next === undefined ? undefined : node.next?.get(next);
    }
  }
  return spans;
}

/** First words of region names longer than one word ("new" of "new york"). */
const regionStarts = new Map<string, number>();
for (const name of regionByName.keys()) {
  const words = name.split(" ");
  if (words.length > 1) {
    const first = words[0] ?? "";
    regionStarts.set(first, Math.max(regionStarts.get(first) ?? 1, words.length));
  }
}

/** Region codes the text names outside any institution's name: "Boston, MA", "Florida",
 * "United States". "Massachusetts" in "Massachusetts General Hospital" is not a place. */
function placesNamed(text: string, tokens: readonly string[], spans: readonly Span[]): Set<string> {
  const places = new Set<string>();
  for (const clause of text.split(/[,;]/)) {
    const code = CLAUSE_END.exec(clause)?.[1];
    if (code && postalCodes.has(code)) places.add(code);
  }
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] ?? "";
    if (covered[i]) continue;
    const longest = regionStarts.get(word) ?? 1;
    for (let n = longest; n >= 1; n--) {
      if (i + n > tokens.length || covered.subarray(i, i + n).includes(1)) continue;
      const code = regionByName.get(n === 1 ? word : tokens.slice(i, i + n).join(" "));
      if (code) {
        places.add(code);
        i += n - 1;
        break;
      }
    }
  }
  return places;
}

function quiet(lex: Lexicon, token: string | undefined): boolean {
  return (
    token === undefined ||
    token === COMMA ||
    token === SLASH ||
    FILLER_WORDS.has(token) ||
    lex.placeTokens.has(token) ||
    DIGIT.test(token)
  );
}

/** Whether the words around a span leave it the name of the institution, not part of a longer
 * name the table does not know ("Penn" in "Penn State", "Washington University" in "Western
 * Washington University", "University of Pennsylvania" in "Indiana University of Pennsylvania"). */
function standsAlone(
  lex: Lexicon,
  tokens: readonly string[],
  span: Span,
  starts: ReadonlySet<number>,
  ends: ReadonlySet<number>,
): boolean {
  const before = tokens[span.start - 1];
  const after = tokens[span.end];
  if (before !== undefined && DIRECTIONS.has(before)) return false;
  if (span.name.endsUniversity && after === "of") return false;
  if (span.name.startsUniversityOf && before !== undefined) {
    const ok =
      before === COMMA || before === SLASH || FILLER_WORDS.has(before) || HEAD_WORDS.has(before);
    if (!ok) return false;
  }
  if (!span.name.bare) return true;
  const beforeOk = quiet(lex, before) || ends.has(span.start);
  const afterOk = quiet(lex, after) || SAME_PLACE_HEADS.has(after ?? "") || starts.has(span.end);
  return beforeOk && afterOk;
}

function meanings(
  lex: Lexicon,
  present: ReadonlySet<string>,
  name: Name,
  places: () => ReadonlySet<string>,
): readonly number[] {
  if (!name.placeBound && !name.local && name.institutions.length === 1) return name.institutions;
  const named = places();
  const confirmed = name.institutions.filter((i) => {
    const inst = lex.institutions[i];
    if (!inst) return false;
    if (named.has(inst.state)) return true;
    return inst.cityTokens.length > 0 && inst.cityTokens.every((t) => present.has(t));
  });
  if (name.placeBound || confirmed.length > 0) return confirmed;
  if (!name.local) return name.institutions;
  // A name of ours or a bare name: refused when the text places it somewhere else.
  return name.institutions.filter((i) => {
    const regions = lex.institutions[i]?.regions ?? [];
    return named.size === 0 || regions.some((r) => named.has(r));
  });
}

/** The table institutions an affiliation (or a target, with `asTarget`) names, left to right;
 * where names overlap, the longest wins ("Penn State University" over "Penn"). */
export function readAffiliation(text: string, asTarget = false): Reading {
  const lex = lexicon();
  const tokens = tokenize(text);
  const spans = spansIn(lex, tokens, asTarget);
  if (spans.length === 0) return { tokens, found: NOTHING };
  const starts = new Set(spans.map((s) => s.start));
  const ends = new Set(spans.map((s) => s.end));
  let named: Set<string> | undefined;
  let present: Set<string> | undefined;
  const places = () => {
    named ??= placesNamed(text, tokens, spans);
    return named;
  };
  const candidates: Found[] = [];
  for (const span of spans) {
    if (!standsAlone(lex, tokens, span, starts, ends)) continue;
    present ??= new Set(tokens);
    const institutions = meanings(lex, present, span.name, places);
    if (institutions.length > 0) candidates.push({ ...span, institutions });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const found: Found[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    found.push(c);
  }
  found.sort((a, b) => a.start - b.start);
  return { tokens, found };
}
