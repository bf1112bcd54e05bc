import type { Person } from "../../../schemas/program";
import { hash36 } from "./hash";
import { matchKey } from "./normalize";

export type DraftPerson = {
  name: string;
  credentials?: string[];
  affiliation?: string;
  title?: string;
  bio?: string;
};

type Entry = {
  nameKey: string;
  affKey: string;
  person: Person;
  target?: Entry;
};

/** Collects people across sessions and merges the same person: same name and affiliation
 * (case, accents, punctuation and credentials ignored). Ids come from the merged key. */
export class PersonRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly keyCache = new Map<string, string>();

  private key(text: string | undefined): string {
    if (!text) return "";
    let k = this.keyCache.get(text);
    if (k === undefined) {
      k = matchKey(text);
      this.keyCache.set(text, k);
    }
    return k;
  }

  /** Returns a handle for the person; resolve it with idOf after finish(). */
  add(draft: DraftPerson): Entry | undefined {
    const nameKey = this.key(draft.name);
    if (nameKey === "") return undefined;
    const affKey = this.key(draft.affiliation);
    const mapKey = `${nameKey}\u0000${affKey}`;
    let entry = this.entries.get(mapKey);
    if (!entry) {
      entry = { nameKey, affKey, person: { id: "", name: draft.name, credentials: [] } };
      if (draft.affiliation) entry.person.affiliation = draft.affiliation;
      this.entries.set(mapKey, entry);
    }
    const p = entry.person;
    for (const c of draft.credentials ?? []) if (!p.credentials.includes(c)) p.credentials.push(c);
    if (draft.title && !p.title) p.title = draft.title;
    if (draft.bio && !p.bio) p.bio = draft.bio;
    return entry;
  }

  /** Merges affiliation-less entries into the only entry with that name and an affiliation,
   * assigns ids, and returns the people in first-seen order. */
  finish(): Person[] {
    const withAffiliation = new Map<string, Entry[]>();
    for (const e of this.entries.values()) {
      if (e.affKey === "") continue;
      const list = withAffiliation.get(e.nameKey);
      if (list) list.push(e);
      else withAffiliation.set(e.nameKey, [e]);
    }
    const out: Person[] = [];
    const used = new Set<string>();
    for (const e of this.entries.values()) {
      const candidates = e.affKey === "" ? withAffiliation.get(e.nameKey) : undefined;
      if (candidates?.length === 1 && candidates[0]) {
        const target = candidates[0];
        e.target = target;
        const p = target.person;
        for (const c of e.person.credentials) if (!p.credentials.includes(c)) p.credentials.push(c);
        if (e.person.title && !p.title) p.title = e.person.title;
        if (e.person.bio && !p.bio) p.bio = e.person.bio;
        continue;
      }
      let id = `p${hash36(`${e.nameKey}|${e.affKey}`)}`;
      for (let n = 2; used.has(id); n++) id = `p${hash36(`${e.nameKey}|${e.affKey}|${n}`)}`;
      used.add(id);
      e.person.id = id;
      out.push(e.person);
    }
    return out;
  }

  /** The id of a handle after finish(). */
  static idOf(entry: Entry): string {
    return (entry.target ?? entry).person.id;
  }
}

export type PersonHandle = NonNullable<ReturnType<PersonRegistry["add"]>>;
