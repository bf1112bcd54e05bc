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

type Entry = {
  nameKey: string;
  affKey: string;
  person: Person;
  /** The first entry with this name, when that is another one; rare. */
  head: Entry | undefined;
  /** The next entry with the same name (another affiliation); rare. */
  sibling: Entry | undefined;
  /** On a name's first entry once it has siblings: its entries by affiliation, and the last. */
  byAffiliation?: Map<string, Entry>;
  last?: Entry;
  target: Entry | undefined;
};

/** Collects people across sessions and merges the same person: same name and affiliation
 * (case, accents, punctuation and credentials ignored). Ids come from the merged key. */
export class PersonRegistry {
  /** Normalized name -> its first entry; others with that name follow as siblings. */
  private readonly byName = new Map<string, Entry>();
  /** Every entry in first-seen order. */
  private readonly order: Entry[] = [];
  // Affiliations repeat across hundreds of people; names mostly do not, so only these are kept.
  private readonly affKeys = new Map<string, string>();
  /** Entries with an affiliation. */
  private affiliated = 0;

  private affKey(text: string | undefined): string {
    if (!text) return "";
    let k = this.affKeys.get(text);
    if (k === undefined) {
      k = matchKey(text);
      this.affKeys.set(text, k);
    }
    return k;
  }

  /** Returns a handle for the person; resolve it with idOf after finish(). */
  add(draft: DraftPerson): Entry | undefined {
    const nameKey = matchKey(draft.name);
    if (nameKey === "") return undefined;
    const affKey = this.affKey(draft.affiliation);
    const first = this.byName.get(nameKey);
    let entry = first?.affKey === affKey ? first : first?.byAffiliation?.get(affKey);
    if (!entry) {
      const { name, affiliation } = draft;
      const credentials = distinct(draft.credentials);
      // Made whole at once: a field added later would go to a store of its own.
      const person: Person = affiliation
        ? { id: "", name, credentials, affiliation }
        : { id: "", name, credentials };
      if (draft.title) person.title = draft.title;
      if (draft.bio) person.bio = draft.bio;
      entry = { nameKey, affKey, person, head: first, sibling: undefined, target: undefined };
      if (affKey !== "") this.affiliated++;
      if (first) {
        // Looked up by affiliation, so one name at thousands of places stays one step each.
        first.byAffiliation ??= new Map([[first.affKey, first]]);
        first.byAffiliation.set(affKey, entry);
        (first.last ?? first).sibling = entry;
        first.last = entry;
      } else this.byName.set(nameKey, entry);
      this.order.push(entry);
      return entry;
    }
    const p = entry.person;
    const credentials = draft.credentials;
    if (credentials) {
      for (const c of credentials) if (!p.credentials.includes(c)) p.credentials.push(c);
    }
    if (draft.title && !p.title) p.title = draft.title;
    if (draft.bio && !p.bio) p.bio = draft.bio;
    return entry;
  }

  /** Merges affiliation-less entries into the only entry with that name and an affiliation,
   * assigns ids, and returns the people in first-seen order. */
  finish(): Person[] {
    const out: Person[] = [];
    const used = new Set<string>();
    // With no affiliation anywhere, no name can merge into another.
    const initialled = this.affiliated > 0 ? this.affiliatedByBareName() : undefined;
    for (let k = 0; k < this.order.length; k++) {
      const e = this.order[k] as Entry;
      const target =
        e.affKey === "" && initialled
          ? (onlyAffiliated(e.head ?? e) ?? this.sameBareName(e, initialled))
          : undefined;
      if (target) {
        e.target = target;
        const p = target.person;
        for (const c of e.person.credentials) if (!p.credentials.includes(c)) p.credentials.push(c);
        if (e.person.title && !p.title) p.title = e.person.title;
        if (e.person.bio && !p.bio) p.bio = e.person.bio;
        continue;
      }
      let id = hashedId("p", [e.nameKey, "|", e.affKey]);
      for (let n = 2; used.has(id); n++)
        id = hashedId("p", [e.nameKey, "|", e.affKey, "|", String(n)]);
      used.add(id);
      e.person.id = id;
      out.push(e.person);
    }
    return out;
  }

  /** Affiliated entries whose name has a middle initial ("Eric P. Hoffman"), by the name
   * without it. */
  private affiliatedByBareName(): Map<string, Entry[]> {
    const out = new Map<string, Entry[]>();
    for (const e of this.order) {
      const bare = e.affKey === "" ? undefined : withoutInitials(e.nameKey);
      if (bare === undefined) continue;
      const list = out.get(bare);
      if (list) list.push(e);
      else out.set(bare, [e]);
    }
    return out;
  }

  /** The one affiliated entry that is this one's name with middle initials ("Eric Hoffman" and
   * "Eric P. Hoffman, Children's National"), or without them, when there is exactly one and no
   * entry of this very name has an affiliation (two such are two people already). Other
   * initials are another person ("Eric Q. Hoffman"). */
  private sameBareName(e: Entry, initialled: Map<string, Entry[]>): Entry | undefined {
    let found: Entry | undefined;
    const bare = withoutInitials(e.nameKey);
    if (bare !== undefined) found = onlyAffiliated(this.byName.get(bare));
    else {
      const withInitials = initialled.get(e.nameKey);
      found = withInitials?.length === 1 ? withInitials[0] : undefined;
    }
    return found && !anyAffiliated(e.head ?? e) ? found : undefined;
  }

  /** The id of a handle after finish(). */
  static idOf(entry: Entry): string {
    return (entry.target ?? entry).person.id;
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

/** A new list of the credentials, each once, in order; sized to them rather than grown. */
function distinct(credentials: readonly string[] | undefined): string[] {
  if (!credentials) return [];
  const out = credentials.slice();
  for (let i = 1; i < out.length; i++) {
    if (out.indexOf(out[i] as string) < i) return [...new Set(out)];
  }
  return out;
}

/** The one entry of a name that has an affiliation, when there is exactly one. */
function onlyAffiliated(first: Entry | undefined): Entry | undefined {
  let found: Entry | undefined;
  for (let e = first; e; e = e.sibling) {
    if (e.affKey === "") continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}

/** Whether any entry of a name has an affiliation. */
function anyAffiliated(first: Entry | undefined): boolean {
  for (let e = first; e; e = e.sibling) if (e.affKey !== "") return true;
  return false;
}

export type PersonHandle = NonNullable<ReturnType<PersonRegistry["add"]>>;
