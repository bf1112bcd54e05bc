import type { Person } from "../../../../schemas/program";
import { hashedId } from "../common/hash";
import { matchKey } from "../common/normalize";

/** A person as a reader found them; shared between sessions, so never modified. */
export type DraftPerson = {
  readonly name: string;
  readonly credentials?: readonly string[];
  readonly affiliation?: string;
  readonly title?: string;
  readonly bio?: string;
};

/** An entry of the registry, by its place in first-seen order; idOf gives its person's id. */
export type PersonHandle = number;

/** Collects people across sessions and merges the same person: same name and affiliation
 * (case, accents, punctuation and credentials ignored). Ids come from the merged key. */
export class PersonRegistry {
  /** Normalized name -> its first entry; others with that name are found through `sameName`. */
  private readonly byName = new Map<string, PersonHandle>();
  // The entries in first-seen order, as columns indexed by handle: a handle is a number, which
  // the builder stores for each seat.
  private readonly nameKeys: string[] = [];
  private readonly affKeys: string[] = [];
  /** Each entry's person; after finish, the person an entry merged into. */
  private readonly people: Person[] = [];
  /** The first entry with the same name (the entry itself, mostly). */
  private readonly firsts: PersonHandle[] = [];
  /** For a name with several entries (other affiliations; rare), from its first entry: the
   * entries by affiliation, in first-seen order, the first among them. */
  private readonly sameName = new Map<PersonHandle, Map<string, PersonHandle>>();
  // Affiliations repeat across hundreds of people; names mostly do not, so only these are kept.
  private readonly affKeyOf = new Map<string, string>();
  /** Entries with an affiliation. */
  private affiliated = 0;

  private affKey(text: string | undefined): string {
    if (!text) return "";
    let k = this.affKeyOf.get(text);
    if (k === undefined) {
      k = matchKey(text);
      this.affKeyOf.set(text, k);
    }
    return k;
  }

  /** Returns a handle for the person; resolve it with idOf after finish(). */
  add(draft: DraftPerson): PersonHandle | undefined {
    const nameKey = joinedInitials(matchKey(draft.name));
    if (nameKey === "") return undefined;
    const affKey = this.affKey(draft.affiliation);
    const first = this.byName.get(nameKey);
    let found = first;
    if (first !== undefined && this.affKeys[first] !== affKey)
      found = this.sameName.get(first)?.get(affKey);
    if (found === undefined) return this.enter(draft, nameKey, affKey, first);
    const p = this.people[found] as Person;
    const credentials = draft.credentials;
    if (credentials) {
      for (const c of credentials) if (!p.credentials.includes(c)) p.credentials.push(c);
    }
    if (draft.title && !p.title) p.title = draft.title;
    if (draft.bio && !p.bio) p.bio = draft.bio;
    return found;
  }

  /** A new entry for a person not seen before; `first` is the first entry of the name, if any. */
  private enter(
    draft: DraftPerson,
    nameKey: string,
    affKey: string,
    first: PersonHandle | undefined,
  ): PersonHandle {
    const { name, affiliation } = draft;
    const credentials = distinct(draft.credentials);
    // Made whole at once: a field added later would go to a store of its own.
    const person: Person = affiliation
      ? { id: "", name, credentials, affiliation }
      : { id: "", name, credentials };
    if (draft.title) person.title = draft.title;
    if (draft.bio) person.bio = draft.bio;
    const handle = this.people.length;
    this.nameKeys.push(nameKey);
    this.affKeys.push(affKey);
    this.people.push(person);
    this.firsts.push(first ?? handle);
    if (affKey !== "") this.affiliated++;
    if (first === undefined) this.byName.set(nameKey, handle);
    else {
      // Looked up by affiliation, so one name at thousands of places stays one step each.
      let entries = this.sameName.get(first);
      if (!entries) {
        entries = new Map([[this.affKeys[first] as string, first]]);
        this.sameName.set(first, entries);
      }
      entries.set(affKey, handle);
    }
    return handle;
  }

  /** Merges affiliation-less entries into the only entry with that name and an affiliation,
   * assigns ids, and returns the people in first-seen order. */
  finish(): Person[] {
    const out: Person[] = [];
    const used = new Set<string>();
    // With no affiliation anywhere, no name can merge into another.
    const initialled = this.affiliated > 0 ? this.affiliatedByBareName() : undefined;
    for (let h = 0; h < this.people.length; h++) {
      const person = this.people[h] as Person;
      const nameKey = this.nameKeys[h] as string;
      const affKey = this.affKeys[h] as string;
      const target = affKey === "" && initialled ? this.mergeTarget(h, initialled) : undefined;
      if (target !== undefined) {
        const p = this.people[target] as Person;
        for (const c of person.credentials) if (!p.credentials.includes(c)) p.credentials.push(c);
        if (person.title && !p.title) p.title = person.title;
        if (person.bio && !p.bio) p.bio = person.bio;
        this.people[h] = p;
        continue;
      }
      let id = hashedId("p", [nameKey, "|", affKey]);
      for (let n = 2; used.has(id); n++) id = hashedId("p", [nameKey, "|", affKey, "|", String(n)]);
      used.add(id);
      person.id = id;
      out.push(person);
    }
    return out;
  }

  /** Affiliated entries whose name has a middle initial ("Eric P. Hoffman"), by the name
   * without it: the entry, or null when there are several. */
  private affiliatedByBareName(): Map<string, PersonHandle | null> {
    const out = new Map<string, PersonHandle | null>();
    for (let h = 0; h < this.people.length; h++) {
      const bare = this.affKeys[h] === "" ? undefined : withoutInitials(this.nameKeys[h] as string);
      if (bare !== undefined) out.set(bare, out.has(bare) ? null : h);
    }
    return out;
  }

  /** The entry an affiliation-less one merges into: the only entry of its name that has an
   * affiliation, or the one affiliated entry that is its name with middle initials ("Eric
   * Hoffman" and "Eric P. Hoffman, Children's National"), or without them, when no entry of
   * this very name has an affiliation (two such are two people already). Other initials are
   * another person ("Eric Q. Hoffman"). */
  private mergeTarget(
    h: PersonHandle,
    initialled: Map<string, PersonHandle | null>,
  ): PersonHandle | undefined {
    const first = this.firsts[h] as PersonHandle;
    // Only one entry of a name lacks an affiliation, so a name of several has affiliated ones.
    if (first !== h || this.sameName.has(h)) return this.onlyAffiliated(first);
    const nameKey = this.nameKeys[h] as string;
    const bare = withoutInitials(nameKey);
    if (bare === undefined) return initialled.get(nameKey) ?? undefined;
    const bareFirst = this.byName.get(bare);
    return bareFirst === undefined ? undefined : this.onlyAffiliated(bareFirst);
  }

  /** The one entry of a name, given by its first entry, that has an affiliation, when there is
   * exactly one. */
  private onlyAffiliated(first: PersonHandle): PersonHandle | undefined {
    const entries = this.sameName.get(first);
    if (!entries) return this.affKeys[first] === "" ? undefined : first;
    let found: PersonHandle | undefined;
    for (const e of entries.values()) {
      if (this.affKeys[e] === "") continue;
      if (found !== undefined) return undefined;
      found = e;
    }
    return found;
  }

  /** The id of a handle's person after finish(). */
  idOf(handle: PersonHandle): string {
    return (this.people[handle] as Person).id;
  }
}

/** A name key without its middle initials ("eric p hoffman" is "eric hoffman"), or undefined when
 * it has none. Keys hold single spaces between words, so an initial is a letter with a blank on
 * either side, after the first word and before the last. */
function withoutInitials(key: string): string | undefined {
  let out: string | undefined;
  let from = 0;
  for (let at = key.indexOf(" "); at >= 0 && at + 2 < key.length; at = key.indexOf(" ", at + 1)) {
    const c = key.charCodeAt(at + 1);
    if (key.charCodeAt(at + 2) !== 0x20 || (c >= 0x30 && c <= 0x39)) continue;
    out = out === undefined ? key.slice(0, at) : out + key.slice(from, at);
    from = at + 2;
  }
  return out === undefined ? undefined : out + key.slice(from);
}

/** A name key with a run of two or more initials written as one word ("m a salam" is "ma
 * salam"), as "M. A. Salam" and "MA Salam" name one person; a lone initial stays ("eric p
 * hoffman"). Keys hold single spaces between words. */
function joinedInitials(key: string): string {
  let out: string | undefined;
  let from = 0;
  for (let at = 0; at + 2 < key.length; ) {
    // At a one-letter word followed by another: join the run.
    if (key.charCodeAt(at + 1) === 0x20 && key.charCodeAt(at + 3) === 0x20 && at + 3 < key.length) {
      let end = at + 2;
      while (key.charCodeAt(end + 1) === 0x20) end += 2;
      let run = "";
      for (let i = at; i < end; i += 2) run += key.charAt(i);
      out = (out ?? "") + key.slice(from, at) + run;
      from = end - 1;
      at = end + 1;
      continue;
    }
    const space = key.indexOf(" ", at);
    if (space < 0) break;
    at = space + 1;
  }
  return out === undefined ? key : out + key.slice(from);
}

/** A new list of the credentials, each once, in order; sized to them rather than grown. */
function distinct(credentials: readonly string[] | undefined): string[] {
  if (!credentials) return [];
  const out = credentials.slice();
  for (let i = 1; i < out.length; i++) {
    if (out.indexOf(out[i] as string) < i) return [...new Set(out)];
  }
  return out;
}
