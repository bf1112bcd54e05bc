import type { ConferenceSummary } from "../../../schemas/conference";
import type { Person, Role, Session } from "../../../schemas/program";
import { matchKey } from "../import/common/normalize";

export type AgendaProgram = { summary: ConferenceSummary; sessions: Session[]; people: Person[] };

export type AgendaTarget = {
  id: string;
  /** The program person the contact was flagged from; absent for people met elsewhere. */
  personId?: string | undefined;
  name: string;
  priority: "must" | "nice";
};

export type AgendaItem = {
  session: Session;
  targets: { contactId: string; name: string; priority: "must" | "nice"; role: Role }[];
  /** Other agenda sessions that share some of this one's time. */
  overlapsWith: string[];
};

/** Which target each program person is: by the person a contact was flagged from, else, for a
 * contact added by hand, by a name that only one person in the program has. */
function targetsByPerson(people: Person[], targets: AgendaTarget[]): Map<string, AgendaTarget[]> {
  const byPerson = new Map<string, AgendaTarget[]>();
  const add = (personId: string, target: AgendaTarget) => {
    const list = byPerson.get(personId);
    if (list) list.push(target);
    else byPerson.set(personId, [target]);
  };
  const byName = new Map<string, string | null>();
  for (const person of people) {
    const key = matchKey(person.name);
    byName.set(key, byName.has(key) ? null : person.id);
  }
  for (const target of targets) {
    const personId = target.personId ?? byName.get(matchKey(target.name));
    if (personId) add(personId, target);
  }
  return byPerson;
}

const instant = (iso: string) => Date.parse(iso);

/** The sessions where a target speaks, chairs or otherwise appears, in time order, each with the
 * targets in it (must-meet first) and the other agenda sessions it overlaps. */
export function targetAgenda(program: AgendaProgram, targets: AgendaTarget[]): AgendaItem[] {
  const byPerson = targetsByPerson(program.people, targets);
  const items: (AgendaItem & { from: number; to: number })[] = [];
  for (const session of program.sessions) {
    const seen = new Set<string>();
    const inSession: AgendaItem["targets"] = [];
    for (const { personId, role } of session.people) {
      for (const target of byPerson.get(personId) ?? []) {
        if (seen.has(target.id)) continue;
        seen.add(target.id);
        inSession.push({
          contactId: target.id,
          name: target.name,
          priority: target.priority,
          role,
        });
      }
    }
    if (inSession.length === 0) continue;
    // Stable: within a priority the program's order of people stays.
    inSession.sort((a, b) => (a.priority === b.priority ? 0 : a.priority === "must" ? -1 : 1));
    const from = instant(session.start);
    items.push({ session, targets: inSession, overlapsWith: [], from, to: instant(session.end) });
  }
  items.sort((a, b) => a.from - b.from || a.to - b.to || compare(a.session.id, b.session.id));
  // Sorted by start, each session can only overlap those that start before it ends; and each
  // list fills in agenda order, earlier sessions first.
  for (let i = 0; i < items.length; i++) {
    const a = items[i] as (typeof items)[number];
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j] as (typeof items)[number];
      if (b.from >= a.to) break;
      if (a.from < b.to) {
        a.overlapsWith.push(b.session.id);
        b.overlapsWith.push(a.session.id);
      }
    }
  }
  return items.map(({ session, targets, overlapsWith }) => ({ session, targets, overlapsWith }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
