import { clean, stripHonorific, wordCount } from "../common/normalize";
import { looksLikeInstitution } from "./affiliation";
import { credentialList, peelCredentials } from "./credentials";
import { nameParticles } from "./name-particles";
import { isTopic, looksLikeName } from "./name-shape";

/** A person read from text; read-only, as readers hand it to the registry as it is. */
export type ParsedPerson = {
  readonly name: string;
  readonly credentials: readonly string[];
  readonly affiliation?: string;
  /** Written with an honorific ("Dr", "Prof"): a person for sure, whatever the name looks like. */
  readonly titled?: boolean;
};
export type PeopleResult = {
  readonly people: readonly ParsedPerson[];
  readonly unreadable: readonly string[];
};

/** While a group is read, its people are still being filled in. */
type Building = {
  name: string;
  /** Shared with the lists it came from, so replaced, never added to. */
  credentials: readonly string[];
  affiliation: string | undefined;
  titled?: boolean;
};

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
// An office written after the name ("Jane Doe, Deputy Director, NTU", "Senior VP & COO",
// "Professor of Urology"), which goes with where the person works; "Dean Smith" after a comma is
// another person.
const OFFICE_WORD =
  "(?:(?:senior|executive|deputy|associate|assistant|medical|managing|program|programme|vice)\\s+)*(?:vice[- ]president|vp|director|dean|president|chair(?:man|person|woman)?|head|chief|secretary|treasurer|coordinator|manager|ceo|coo|cfo|cmo|professor|lecturer|principal)";
// What the office is of: "of …", a field ("Professor Urology", "Professor Medical Oncology"), or
// an institution's acronym ("Director NIKDU", tested apart, as its case matters).
const OFFICE = new RegExp(
  `^${OFFICE_WORD}(?:\\s*(?:&|and|,)\\s*${OFFICE_WORD})*(?:\\s+of\\b.*|\\s+(?:\\S+\\s+)?\\S*(?:ology|iatry|iatrics|surgery))?$`,
  "i",
);
const ACRONYM = /^[A-Z]{2,}$/;
// "et" and "und" join names in French and German lists; "et al." joins none.
const AND = /\s+(?:and|&|et|und)\s+(?!al\b)/i;
// Spanish "y" and Portuguese or Italian "e" join names as well ("A, B e C"); lower case only, so
// an initial ("Maria E. Silva") is not one.
const AND_ROMANCE = /\s+[ey]\s+/;
const AND_AFTER_PAREN = /\)\s+(?:and|&)\s/i;
// Sticky: tested right where a parenthesis closes.
const AND_AFTER = /\s+(?:and|&)\s+/iy;
const PLACEHOLDER = /\b(?:tb[acd]|to be (?:announced|determined|confirmed|decided))\b/i;
/** US state codes that also spell a credential ("Boston, MA"). */
const CREDENTIAL_STATES = new Set(["MA", "MD", "MS", "ND", "PA"]);
// The given name of "Doe, Jane" or "Doe, Jane A.": one word, perhaps with an initial.
const GIVEN_NAME = /^[^\s,]+(?:\s\p{L}\.?)?$/u;
const LETTER = /\p{L}/u;
// A word that is a number, or a digit with more after it ("30", "(20+5)", "2nd"); a digit that
// ends a word is a footnote or a training year ("Smith J1", "Jane Doe MS4") and stays.
const NUMBER_WORD = /(?:^|\s)\p{P}*\d|\d[^\d\s]/u;
const UPPER = /\p{Lu}/u;
const PLURAL_HONORIFIC = /^(?:dr|prof)(?:s|es)\.?\s/i;
const WHITESPACE = /\s/;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const GROUP_SEPARATORS = [";", "|", "\n"];
const SPACED_DOT = / [·•/] /g;
const FOOTNOTE_MARK = /\s*[*†]+$/;
const COMMA = [","];
const BRACKETS = ["(", "["];
// How much text after "(X) and" is read to tell a person from a second institution.
const AFTER_AND_LOOK = 200;

/** Finds the next of some characters from positions that only move forward.
 * Each character's next place is remembered, so one that is rare or absent is not searched for
 * again at every step: a list of thousands of names costs one pass, not one pass per name. One
 * finder is kept per use and started over on each text, so a split allocates none. */
class NextOf {
  private text = "";
  private chars: readonly string[] = [];
  /** Each character's next place (-2: not looked for yet; -1: none left). */
  private readonly at: number[] = [];

  /** Starts over on `text`, looking for `chars`. */
  reset(text: string, chars: readonly string[]): this {
    this.text = text;
    this.chars = chars;
    for (let k = 0; k < chars.length; k++) this.at[k] = -2;
    return this;
  }

  /** The first place at or after `from` holding one of the characters, or -1. */
  from(from: number): number {
    let best = -1;
    for (let k = 0; k < this.chars.length; k++) {
      let at = this.at[k] as number;
      if (at === -1) continue;
      if (at < from) {
        at = this.text.indexOf(this.chars[k] as string, from);
        this.at[k] = at;
      }
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  }
}

// splitOutside calls nothing that splits again, so its two finders are never in use twice.
const separatorFinder = new NextOf();
const bracketFinder = new NextOf();

/** The pieces of one split, in a list kept from split to split: most splits give one to three
 * pieces, and a new array for each would be grown to seventeen places at its first piece. */
class Pieces {
  private readonly items: string[] = [];
  count = 0;

  clear(): this {
    this.count = 0;
    return this;
  }

  add(piece: string): void {
    const trimmed = piece.trim();
    if (trimmed !== "") this.items[this.count++] = trimmed;
  }

  /** The piece at `i`, or undefined past the last. */
  at(i: number): string | undefined {
    return i < this.count ? this.items[i] : undefined;
  }
}

// A list's groups, and the tokens of the group being read: parseGroup splits no list.
const groupPieces = new Pieces();
const tokenPieces = new Pieces();

/** Splits on separators outside parentheses and brackets; pieces trimmed, empty ones dropped.
 * Between groups (no commas), "and" right after a closing parenthesis separates too, as in
 * "A, MD (X) and B, MD (Y)", where "and" alone could be inside a name ("Brigham and Women's").
 * Separators are found with indexOf; only bracketed stretches are walked character by character. */
function splitOutside(text: string, commas: boolean, out: Pieces): Pieces {
  const separators = separatorFinder.reset(text, commas ? COMMA : GROUP_SEPARATORS);
  const brackets = bracketFinder.reset(text, BRACKETS);
  let start = 0;
  let pos = 0;
  let open = brackets.from(0);
  let sep = separators.from(0);
  // Brackets after the last separator are walked only to find "and" after one; most text has none.
  const andAfterParen = !commas && text.indexOf(")") >= 0 && AND_AFTER_PAREN.test(text);
  while (sep >= 0 || (andAfterParen && open >= 0)) {
    if (open >= 0 && (sep < 0 || open < sep)) {
      pos = afterClose(text, open);
      open = brackets.from(pos);
      if (andAfterParen) {
        AND_AFTER.lastIndex = pos;
        if (AND_AFTER.test(text) && startsAnotherPerson(text, AND_AFTER.lastIndex)) {
          out.add(text.slice(start, pos));
          start = AND_AFTER.lastIndex;
        }
      }
      if (sep >= 0 && sep < pos) sep = separators.from(pos);
      continue;
    }
    out.add(text.slice(start, sep));
    start = pos = sep + 1;
    sep = separators.from(pos);
  }
  out.add(start === 0 ? text : text.slice(start));
  return out;
}

/** An office written after a name: "Deputy Director", "Professor of Urology", "Director NIKDU". */
export function isOffice(token: string): boolean {
  if (OFFICE.test(token)) return true;
  const space = token.lastIndexOf(" ");
  return space > 0 && ACRONYM.test(token.slice(space + 1)) && OFFICE.test(token.slice(0, space));
}

/** After "(MGH) and": a capitalised name, not "colleagues" or a second institution ("Harvard
 * Medical School") that shares the affiliation. */
function startsAnotherPerson(text: string, from: number): boolean {
  const code = text.charCodeAt(from);
  if (!(code >= 0x41 && code <= 0x5a) && !UPPER.test(text.charAt(from))) return false;
  const next = text.slice(from, from + AFTER_AND_LOOK);
  // Up to the next comma or bracket: "B (General Hospital)" is a person with where they work.
  let end = next.length;
  for (const stop of [",", "("]) {
    const at = next.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  return !looksLikeInstitution(next.slice(0, end));
}

/** The index after the bracket that closes the one at `open`, or the end when none does. */
function afterClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_PAREN || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_PAREN || code === CLOSE_BRACKET) {
      if (--depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** A plausible personal name: has letters and no number, 1–7 words, not too long, not a
 * placeholder such as "TBD" or "Faculty to be announced". */
export function isPlausibleName(name: string): boolean {
  // "Chief Guest:" is a label.
  if (name.length < 2 || name.length > 80 || name.charCodeAt(name.length - 1) === 0x3a)
    return false;
  if (NUMBER_WORD.test(name) || !LETTER.test(name)) return false;
  return (
    wordCount(name) <= 7 &&
    !looksLikeInstitution(name) &&
    credentialList(name) === undefined &&
    !isPlaceholder(name)
  );
}

/** "TBD", "Faculty TBA", "To be announced". */
export function isPlaceholder(name: string): boolean {
  return (mayHoldPlaceholder(name, "b") || mayHoldPlaceholder(name, "B")) && PLACEHOLDER.test(name);
}

/** Whether some `b` in the name follows "t" ("TBA") or "o " ("to be"): without one, no
 * placeholder is there, and names with a "b" in them need no pattern. */
function mayHoldPlaceholder(name: string, b: string): boolean {
  for (let at = name.indexOf(b, 1); at >= 0; at = name.indexOf(b, at + 1)) {
    const before = name.charCodeAt(at - 1) | 0x20;
    if (before === 0x74 || (before === 0x20 && (name.charCodeAt(at - 2) | 0x20) === 0x6f))
      return true;
  }
  return false;
}

/** Brazilian states' codes, which programs there write after a name for where the person works
 * ("Wilson Rocha Filho MG", "Simone Nabuco de Senna- MG"); MA, MS and PA are left out, as they
 * are also credentials. */
const BRAZIL_STATES = new Set(
  "AC AL AP AM BA CE DF ES GO MT MG PB PR PE PI RJ RN RS RO RR SC SP SE TO".split(" "),
);
const FULL_STOP_AFTER_WORD = /(\p{L}{3})\.$/u;
const STATE_AFTER_NAME = /^(\S+(?:\s+\S+)+?)\s*-?\s+([A-Z]{2})$/;

/** A name and the state code written after it, when the name has two words or more. */
function stateAfterName(name: string): { name: string; state: string } | undefined {
  // Most names end otherwise: a blank and two capitals are looked for before any pattern.
  const end = name.length;
  if (end < 6 || name.charCodeAt(end - 3) !== 0x20 || !isCapital(name.charCodeAt(end - 1)))
    return undefined;
  const m = STATE_AFTER_NAME.exec(name);
  if (!m || !BRAZIL_STATES.has(m[2] as string)) return undefined;
  return { name: (m[1] as string).replace(/-$/, ""), state: m[2] as string };
}

function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** "Dr. José Proaño." ends its line with a full stop, which is no part of the name. */
function withoutFullStop(name: string): string {
  return name.charCodeAt(name.length - 1) === 0x2e
    ? name.replace(FULL_STOP_AFTER_WORD, "$1")
    : name;
}

/** A person from one piece of a group; the piece is clean already, as a trimmed part of a
 * cleaned group is. */
function newPerson(piece: string, into: Building[], unreadable: string[]): Building | undefined {
  const bare = stripHonorific(piece);
  const peeled = peelCredentials(bare);
  // "Professor of Urology" alone names an office, not someone called "of Urology".
  const plausible = isPlausibleName(peeled.name) && !peeled.name.startsWith("of ");
  // "Dr. Rajeev TP Professor of Urology": a name of four words or more may end in an office.
  const office = plausible && wordCount(peeled.name) >= 4 ? nameThenOffice(piece) : undefined;
  if (!plausible || office) {
    const noted = office ?? nameThenNote(piece) ?? nameThenOffice(piece);
    const person = noted && newPerson(noted.name, into, unreadable);
    if (person && noted) addAffiliation(person, noted.note);
    else unreadable.push(piece);
    return person;
  }
  // "Professor Urology": an honorific before a field, where an office is written.
  if (bare.length !== piece.length && peeled.name.indexOf(" ") < 0 && isTopic(peeled.name)) {
    unreadable.push(piece);
    return undefined;
  }
  // "Roy Abraham Kallivayalil *": a footnote's mark after the name.
  const last = peeled.name.charCodeAt(peeled.name.length - 1);
  const name =
    last === 0x2a || last === 0x2020 ? peeled.name.replace(FOOTNOTE_MARK, "") : peeled.name;
  const state = stateAfterName(name);
  const person: Building = {
    name: withoutFullStop(state?.name ?? name),
    credentials: peeled.credentials,
    affiliation: state?.state,
  };
  if (bare.length !== piece.length) person.titled = true;
  into.push(person);
  return person;
}

/** "Dr. D. Raimon Belenes Juárez. Director corporativo de innovación": a name, a full stop after
 * a word of it (not after an initial), then what the person does. */
function nameThenNote(piece: string): { name: string; note: string } | undefined {
  for (const at of sentenceEnds(piece)) {
    const name = piece.slice(0, at);
    const note = piece.slice(at + 2).trim();
    if (note !== "" && looksLikeName(stripHonorific(name))) return { name, note };
  }
  return undefined;
}

/** "Professor. Parvin Shahida Alam Professor of Medical Oncology": a name, then the office the
 * person holds, with no comma between them. */
function nameThenOffice(piece: string): { name: string; note: string } | undefined {
  for (let at = piece.indexOf(" "); at > 0; at = piece.indexOf(" ", at + 1)) {
    const note = piece.slice(at + 1);
    if (isOffice(note)) {
      const name = piece.slice(0, at);
      return looksLikeName(stripHonorific(name)) ? { name, note } : undefined;
    }
  }
  return undefined;
}

/** Where the sentences of a line end: a full stop and a blank after a word of two letters or
 * more, so that an initial ("Horst K. Hahn") ends none. */
export function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  for (let at = line.indexOf(". "); at > 0; at = line.indexOf(". ", at + 1)) {
    const before = line.charCodeAt(at - 2);
    // A letter two back: the word before the stop has two letters or more.
    if (before !== 0x20 && before !== 0x2e && !Number.isNaN(before)) ends.push(at);
  }
  return ends;
}

/** The person's credentials and then those of `credentials` they lack, each once. */
function addCredentials(person: Building, credentials: readonly string[]): void {
  const had = person.credentials;
  for (let i = 0; i < credentials.length; i++) {
    const c = credentials[i] as string;
    if (had.includes(c) || credentials.indexOf(c) < i) {
      const out = had.slice();
      for (const d of credentials) if (!out.includes(d)) out.push(d);
      person.credentials = out;
      return;
    }
  }
  if (credentials.length > 0)
    person.credentials = had.length === 0 ? credentials : had.concat(credentials);
}

function addAffiliation(person: Building, text: string): void {
  person.affiliation = person.affiliation ? `${person.affiliation}, ${text}` : text;
}

/** Where the brackets that end a piece open ("Jane Doe (MGH)", "Jane Doe (Harvard (MGH))"): the
 * "(" that the piece's last character closes; -1 when the piece ends otherwise. */
function closingBracketsOpen(piece: string): number {
  let depth = 0;
  for (let i = piece.length - 1; i >= 0; i--) {
    const code = piece.charCodeAt(i);
    if (code === CLOSE_PAREN) depth++;
    else if (code === OPEN_PAREN && --depth === 0) return i;
    if (depth === 0) return -1;
  }
  return -1;
}

/** One person group ("Jane Doe, MD, FACS (MGH)" or "Jane Doe, John Roe") split on commas. */
function parseGroup(group: string, people: Building[], unreadable: string[]): void {
  let current: Building | undefined;
  let sawCredential = false;
  // The current person's affiliation was written in brackets after the name ("Jane Doe (MGH)").
  let bracketed = false;
  const tokens = splitOutside(group, true, tokenPieces.clear());
  // Each token's credentials are needed twice: as the next token, then as the current one.
  const first = tokens.at(0);
  let rawCreds = first === undefined ? undefined : credentialList(first);
  for (let i = 0; i < tokens.count; i++) {
    const raw = tokens.at(i) as string;
    const tokenCreds = rawCreds;
    const next = tokens.at(i + 1);
    rawCreds = next === undefined ? undefined : credentialList(next);
    if (isPlaceholder(raw)) {
      // "Faculty to be announced" names nobody, though "Faculty" reads like an institution.
      unreadable.push(raw);
      continue;
    }
    // A token followed by credentials starts a new person, even after an affiliation.
    const nextIsCredential = rawCreds !== undefined;
    let token = raw;
    let paren: string | undefined;
    // "FRCS(Ed)" is one credential, not a credential and an affiliation.
    if (tokenCreds === undefined && raw.charCodeAt(raw.length - 1) === CLOSE_PAREN) {
      const open = closingBracketsOpen(raw);
      if (open >= 0) {
        token = raw.slice(0, open).trim();
        paren = clean(raw.slice(open + 1, -1));
      }
    }
    const creds = token === "" ? undefined : token === raw ? tokenCreds : credentialList(token);
    if (token === "") {
      // "(Hospital)" on its own belongs to the person before it; after a piece that named
      // nobody, to nobody.
      if (!current) continue;
    } else if (creds && current) {
      addCredentials(current, creds);
      sawCredential = true;
    } else if (current && SUFFIX.test(token)) {
      current.name = `${current.name} ${token}`;
    } else if (
      current &&
      (looksLikeInstitution(token) ||
        isOffice(token) ||
        (current.affiliation &&
          !paren &&
          !nextIsCredential &&
          // "Ana Núñez (Michigan), Li Wei": a name after a bracketed affiliation is the next person.
          !(bracketed && looksLikeName(token))))
    ) {
      addAffiliation(current, token);
    } else if (
      current &&
      (current.affiliation || sawCredential) &&
      next !== undefined &&
      CREDENTIAL_STATES.has(next) &&
      !paren &&
      token.indexOf(" ") < 0
    ) {
      // "…Hospital, Boston, MA" or "Sara Kim, MD, Boston, MA": names have two words or more, so
      // one word before a state code is the city, and the code no credential.
      addAffiliation(current, `${token}, ${next}`);
      i++;
      const after = tokens.at(i + 1);
      rawCreds = after === undefined ? undefined : credentialList(after);
      continue;
    } else if (
      current &&
      sawCredential &&
      !current.affiliation &&
      !nextIsCredential &&
      token.indexOf(" ") < 0
    ) {
      // One word after credentials is where the person works ("MGH"); several words without an
      // institution word may be the next person ("Jane Doe, MD, Ravi Patel"), and losing a
      // person is worse than listing a hospital as one.
      addAffiliation(current, token);
    } else if (
      current &&
      !current.affiliation &&
      !paren &&
      !nextIsCredential &&
      token.indexOf(" ") < 0 &&
      current.name.indexOf(" ") > 0
    ) {
      // A name of two words or more, then one word: a person is not named by one word, so it is
      // where they work ("Daniel Scherman, Généthon, France", "Steven Vogel, NIAAA, NIH").
      addAffiliation(current, token);
    } else {
      const parts = namesJoined(token);
      if (parts) {
        // "Drs. Ellis and Apfelbaum": one honorific for all of them.
        const plural = PLURAL_HONORIFIC.test(token);
        for (const part of parts) {
          // "Jane Doe, MD and John Roe": the credentials before "and" end the person before.
          const partCreds = credentialList(part);
          if (current && partCreds) addCredentials(current, partCreds);
          else {
            const person = newPerson(part, people, unreadable);
            if (person && plural) person.titled = true;
            current = person ?? current;
          }
        }
      } else current = newPerson(token, people, unreadable) ?? current;
      sawCredential = false;
      bracketed = false;
      if (!current) continue;
    }
    if (paren && current) {
      const parenCreds = credentialList(paren);
      if (parenCreds) current.credentials = current.credentials.concat(parenCreds);
      else {
        addAffiliation(current, paren);
        bracketed = true;
      }
    }
  }
}

const none: readonly string[] = [];

/** "Doe, Jane", "de la Cruz, Ana" or "Smith, John A., MD" with the family name first; undefined
 * for anything else, such as "Jane Doe, MD" or "Doe, Jr.". */
function lastFirst(text: string, comma: number): ParsedPerson | undefined {
  if (givenNameFirst(text, comma)) return undefined;
  const [last = "", first = "", ...rest] = text.split(",").map((part) => part.trim());
  if (!isFamilyName(last) || !GIVEN_NAME.test(first) || SUFFIX.test(first)) return undefined;
  if (credentialList(first) !== undefined || !isPlausibleName(first)) return undefined;
  const credentials: string[] = [];
  for (const part of rest) {
    const found = credentialList(part);
    if (!found) return undefined;
    credentials.push(...found);
  }
  return { name: `${first} ${last}`, credentials };
}

/** Whether the text before the first comma has two words or more and the first is no particle,
 * as in "Jane Doe, MD": then no family name comes first, which is told without splitting. */
function givenNameFirst(text: string, comma: number): boolean {
  const space = text.indexOf(" ");
  if (space <= 0 || space > comma || WHITESPACE.test(text.charAt(0))) return false;
  return !nameParticles.has(text.slice(0, space)) && text.slice(space + 1, comma).trim() !== "";
}

/** One capitalised word, perhaps after particles ("de la Cruz"): a family name put first. */
function isFamilyName(text: string): boolean {
  const words = text.split(" ");
  const family = words[words.length - 1] ?? "";
  for (let i = 0; i < words.length - 1; i++) if (!nameParticles.has(words[i] ?? "")) return false;
  return UPPER.test(family.charAt(0)) && isPlausibleName(family);
}

/** One person's name field as speaker tools and calendars export it: "Dr. Jane Doe MD FACS",
 * "Jane Doe, MD (MGH)" or "Doe, Jane". Honorifics and credentials come off, so the same person
 * written three ways is one; text that does not read as one person stays the name. */
export function parsePersonName(text: string): ParsedPerson {
  const comma = text.indexOf(",");
  if (comma < 0 && text.indexOf("(") < 0) return peelCredentials(stripHonorific(text));
  const inverted = comma > 0 ? lastFirst(text, comma) : undefined;
  if (inverted) return inverted;
  const parsed = parsePeople(text).people;
  return parsed.length === 1 && parsed[0] ? parsed[0] : { name: text, credentials: none };
}

const AND_BETWEEN = /\s+(?:and|&)\s+/gi;

/** The names a token joins with "and" (or "et", "und", "&"), or with "y" or "e" when each name
 * has two words or more: a surname may hold "y" ("José Ortega y Gasset"). Undefined when it
 * joins none. */
function namesJoined(token: string): string[] | undefined {
  if (AND.test(token)) return token.split(AND);
  // Most tokens hold neither word; looking for them is cheaper than the pattern.
  if ((token.indexOf(" e ") < 0 && token.indexOf(" y ") < 0) || !AND_ROMANCE.test(token))
    return undefined;
  const parts = token.split(AND_ROMANCE);
  return parts.every((part) => part.indexOf(" ") > 0) ? parts : undefined;
}

/** A list of names that may join its last ones with "and" or "&" ("A, B and C"). */
export function parseNameList(text: string): PeopleResult {
  return parsePeople(text.replace(AND_BETWEEN, ", "));
}

/** Reads a faculty list: people separated by ";", "|" or newlines, each "Name, Credentials,
 * Affiliation" or "Name, Credentials (Affiliation)"; plain comma lists of names also work.
 * (Lists are read once each: they rarely repeat word for word, so caching them costs more.) */
export function parsePeople(text: string): PeopleResult {
  const people: Building[] = [];
  const unreadable: string[] = [];
  // A spaced middle dot, bullet or slash parts names as a semicolon does ("Dr. A · Dr. B", "Dr. A
  // / Dr. B"); unspaced, a dot is a letter's ("Col·legi") and a slash joins ("Smith/Jones").
  const list =
    text.indexOf(" · ") >= 0 || text.indexOf(" • ") >= 0 || text.indexOf(" / ") >= 0
      ? text.replace(SPACED_DOT, "; ")
      : text;
  // A group's own spacing is collapsed, so no pattern below meets a long run of blanks.
  const groups = splitOutside(list, false, groupPieces.clear());
  for (let g = 0; g < groups.count; g++)
    parseGroup(clean(groups.at(g) as string), people, unreadable);
  return { people, unreadable: unreadable.length === 0 ? none : unreadable };
}
