import { addedNames, ignoredNames, placeBoundAcronyms } from "./additions";
import { COMMA, HEAD_WORDS, SLASH, tokenize } from "./normalize";
import { postalCodes, regionByName, regionsOf } from "./places";
import { programs } from "./programs";
import { rorTable } from "./table";

export interface Institution {
  /** ROR id without the https://ror.org/ prefix. */
  id: string;
  name: string;
  city: string;
  state: string;
  /** The training program it belongs to, by index into `programs`, or -1. */
  program: number;
  /** Its state and country, for comparing with the places an affiliation names. */
  regions: readonly string[];
  /** Tokens of its city, for confirming a place-bound acronym. */
  cityTokens: readonly string[];
}

/** One name as the matcher reads it, shared by every institution that bears it. */
export interface Name {
  text: string;
  tokens: readonly string[];
  institutions: number[];
  /** No head word ("Penn", "Mass General", "MGH"): a proper name that needs clean edges. */
  bare: boolean;
  /** Needs the affiliation to name the institution's city or state ("UW", "USC"). */
  placeBound: boolean;
  /** Written by us rather than ROR, or a ROR name with no head word: checked against the
   * places an affiliation names. */
  local: boolean;
  /** Read only in targets, never in affiliations. */
  targetOnly: boolean;
  startsUniversityOf: boolean;
  endsUniversity: boolean;
}

/** City words that are also words of institutions' names ("State College", "University Park"). */
const NOT_PLACES = new Set(["state", "park", "city"]);

interface Node {
  next?: Map<string, Node>;
  name?: Name;
}

export interface Lexicon {
  institutions: readonly Institution[];
  byId: ReadonlyMap<string, number>;
  names: readonly Name[];
  /** Token trie over every name, with and without its commas and slashes. */
  root: Map<string, Node>;
  /** Tokens that name a place: states, provinces and the cities of the table. */
  placeTokens: ReadonlySet<string>;
  /** Tokens of state, province and country names only. */
  regionWords: ReadonlySet<string>;
}

function parseTable(): { rows: Institution[]; rorNames: Map<string, string[]> } {
  const rows: Institution[] = [];
  const rorNames = new Map<string, string[]>();
  for (const line of rorTable.split("\n")) {
    if (line === "") continue;
    const [id = "", name = "", city = "", state = "", others = ""] = line.split("|");
    rows.push({
      id,
      name,
      city,
      state,
      program: -1,
      regions: regionsOf(state),
      cityTokens: tokenize(city),
    });
    rorNames.set(id, [name, ...others.split(";").filter((n) => n !== "")]);
  }
  return { rows, rorNames };
}

function insert(root: Map<string, Node>, tokens: readonly string[], make: () => Name): Name {
  let level = root;
  let node: Node | undefined;
  tokens.forEach((token, k) => {
    node = level.get(token);
    if (!node) {
      node = {};
      level.set(token, node);
    }
    if (k < tokens.length - 1) level = node.next ??= new Map();
  });
  if (!node) throw new Error("empty name");
  const found: Node = node;
  found.name ??= make();
  return found.name;
}

function build(): Lexicon {
  const { rows, rorNames } = parseTable();
  const byId = new Map(rows.map((row, i) => [row.id, i]));
  programs.forEach((program, p) => {
    for (const id of program.ids) {
      const i = byId.get(id);
      const row = i === undefined ? undefined : rows[i];
      if (!row) throw new Error(`program ${program.name}: ${id} is not in the table`);
      row.program = p;
    }
  });
  const ignored = new Set(ignoredNames.map((n) => `${n.id}|${n.name}`));
  const placeBound = new Set(placeBoundAcronyms.map((a) => a.name.toLowerCase()));
  const root = new Map<string, Node>();
  const names: Name[] = [];
  const add = (i: number, text: string, ours: boolean, targetOnly: boolean) => {
    const tokens = tokenize(text);
    const plain = tokens.filter((t) => t !== COMMA && t !== SLASH);
    const bare = !plain.some((t) => HEAD_WORDS.has(t));
    const variants = plain.length === tokens.length ? [tokens] : [tokens, plain];
    for (const variant of variants) {
      const name = insert(root, variant, () => {
        const made: Name = {
          text,
          tokens: variant,
          institutions: [],
          bare,
          placeBound:
            placeBound.has(text.toLowerCase()) ||
            (plain.length === 1 && (plain[0] ?? "").length <= 2),
          local: ours || bare,
          targetOnly,
          startsUniversityOf: plain[0] === "university" && plain[1] === "of",
          endsUniversity: plain[plain.length - 1] === "university",
        };
        names.push(made);
        return made;
      });
      if (!name.institutions.includes(i)) name.institutions.push(i);
      // A name read in affiliations stays readable there even if a target-only twin came first.
      if (!targetOnly) name.targetOnly = false;
    }
  };
  rows.forEach((row, i) => {
    for (const text of rorNames.get(row.id) ?? []) {
      if (!ignored.has(`${row.id}|${text}`)) add(i, text, false, false);
    }
  });
  for (const added of addedNames) {
    const i = byId.get(added.id);
    if (i === undefined) throw new Error(`additions: ${added.id} is not in the table`);
    for (const text of added.names ?? []) add(i, text, true, false);
    for (const text of added.targetNames ?? []) add(i, text, true, true);
  }
  const regionWords = new Set([...regionByName.keys()].flatMap((name) => tokenize(name)));
  // "British" or "North" alone is no place: only one-word region names stand as neighbours.
  const placeTokens = new Set([...regionByName.keys()].filter((name) => !name.includes(" ")));
  for (const code of postalCodes) placeTokens.add(code.toLowerCase());
  for (const row of rows) {
    for (const t of row.cityTokens)
      if (!HEAD_WORDS.has(t) && !NOT_PLACES.has(t)) placeTokens.add(t);
  }
  return { institutions: rows, byId, names, root, placeTokens, regionWords };
}

let built: Lexicon | undefined;

/** The table, indexed for matching; built on first use (about a millisecond). */
export function lexicon(): Lexicon {
  built ??= build();
  return built;
}
