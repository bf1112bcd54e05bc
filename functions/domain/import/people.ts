import { looksLikeInstitution } from "./affiliation";
import { credentialList, peelCredentials } from "./credentials";
import { memo } from "./memo";
import { clean, stripHonorific } from "./normalize";

export type ParsedPerson = { name: string; credentials: string[]; affiliation?: string };
export type PeopleResult = { people: ParsedPerson[]; unreadable: string[] };

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const TRAILING_PAREN = /^(.*?)\s*\(([^()]*)\)\s*$/;
const AND = /\s+(?:and|&)\s+/i;
const LETTER = /\p{L}/u;
const DIGIT_START = /^\d/;

/** Splits on a separator character outside parentheses. */
function splitOutside(text: string, separators: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (depth === 0 && separators.includes(ch)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

/** A plausible personal name: has letters, 1–7 words, no digits in front, not too long. */
export function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 80 || !LETTER.test(name) || DIGIT_START.test(name))
    return false;
  const words = name.split(" ").length;
  return words <= 7 && !looksLikeInstitution(name) && credentialList(name) === undefined;
}

function newPerson(
  raw: string,
  into: ParsedPerson[],
  unreadable: string[],
): ParsedPerson | undefined {
  const peeled = peelCredentials(stripHonorific(clean(raw)));
  if (!isPlausibleName(peeled.name)) {
    unreadable.push(raw.trim());
    return undefined;
  }
  const person: ParsedPerson = { name: peeled.name, credentials: peeled.credentials };
  into.push(person);
  return person;
}

function addAffiliation(person: ParsedPerson, text: string): void {
  person.affiliation = person.affiliation ? `${person.affiliation}, ${text}` : text;
}

/** One person group ("Jane Doe, MD, FACS (MGH)" or "Jane Doe, John Roe") split on commas. */
function parseGroup(group: string, people: ParsedPerson[], unreadable: string[]): void {
  let current: ParsedPerson | undefined;
  let sawCredential = false;
  const tokens = splitOutside(group, ",");
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as string;
    const next = tokens[i + 1];
    // A token followed by credentials starts a new person, even after an affiliation.
    const nextIsCredential = next !== undefined && credentialList(next) !== undefined;
    let paren: string | undefined;
    const m = TRAILING_PAREN.exec(token);
    if (m) {
      token = (m[1] ?? "").trim();
      paren = clean(m[2]);
    }
    const creds = token === "" ? undefined : credentialList(token);
    if (token === "" && current) {
      // "(Hospital)" on its own belongs to the person before it.
    } else if (creds && current) {
      for (const c of creds) if (!current.credentials.includes(c)) current.credentials.push(c);
      sawCredential = true;
    } else if (current && SUFFIX.test(token)) {
      current.name = `${current.name} ${token}`;
    } else if (
      current &&
      (looksLikeInstitution(token) || (current.affiliation && !paren && !nextIsCredential))
    ) {
      addAffiliation(current, token);
    } else if (
      current &&
      sawCredential &&
      !current.affiliation &&
      !nextIsCredential &&
      token.split(" ").length === 1
    ) {
      addAffiliation(current, token);
    } else {
      const parts = token.split(AND);
      for (const part of parts) current = newPerson(part, people, unreadable) ?? current;
      sawCredential = false;
      if (!current) continue;
    }
    if (paren && current) {
      const parenCreds = credentialList(paren);
      if (parenCreds) current.credentials.push(...parenCreds);
      else addAffiliation(current, paren);
    }
  }
}

/** Reads a faculty list: people separated by ";", "|" or newlines, each "Name, Credentials,
 * Affiliation" or "Name, Credentials (Affiliation)"; plain comma lists of names also work. */
export function parsePeople(text: string): PeopleResult {
  const r = cachedPeople(text);
  // Callers fill in affiliations later, so each caller gets its own copies.
  return {
    people: r.people.map((p) => ({ ...p, credentials: p.credentials.slice() })),
    unreadable: r.unreadable,
  };
}

const cachedPeople = memo(parsePeopleUncached);

function parsePeopleUncached(text: string): PeopleResult {
  const people: ParsedPerson[] = [];
  const unreadable: string[] = [];
  for (const group of splitOutside(text, ";|\n")) parseGroup(group, people, unreadable);
  return { people, unreadable };
}
