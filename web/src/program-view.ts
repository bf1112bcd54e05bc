import type { Person, Role, Session } from "../../schemas/program";

const dayKeyFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in `timeZone`, as YYYY-MM-DD. */
export function dayKey(iso: string, timeZone: string): string {
  let format = dayKeyFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayKeyFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

export interface Day {
  key: string;
  sessions: Session[];
}

/** Sessions grouped by their date in the conference's zone, each day in time order. */
export function groupByDay(sessions: Session[], timeZone: string): Day[] {
  const days = new Map<string, Session[]>();
  for (const session of sessions) {
    const key = dayKey(session.start, timeZone);
    const list = days.get(key);
    if (list) list.push(session);
    else days.set(key, [session]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => ({
      key,
      sessions: list.sort(
        (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title),
      ),
    }));
}

/** A date key as a tab label, e.g. "Thu, Apr 15". */
export function dayLabel(key: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${key}T12:00:00Z`));
}

/** "8:00 – 9:15 AM CDT": the range in the conference's zone, with the zone named. */
export function timeRange(start: string, end: string, timeZone: string, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
  return format.formatRange(new Date(start), new Date(end));
}

/** Lower case without accents, so "nunez" finds "Núñez". */
export const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Per session, one folded string of its title, track, room, people and their affiliations. */
export function searchIndex(sessions: Session[], people: Map<string, Person>): Map<string, string> {
  const index = new Map<string, string>();
  for (const s of sessions) {
    const who = s.people.flatMap(({ personId }) => {
      const p = people.get(personId);
      return p ? [p.name, p.affiliation ?? ""] : [];
    });
    index.set(s.id, fold([s.title, s.track ?? "", s.room ?? "", ...who].join("\n")));
  }
  return index;
}

/** Sessions whose indexed text holds every word of the query. */
export function search(sessions: Session[], index: Map<string, string>, query: string): Session[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return sessions;
  return sessions.filter((s) => {
    const text = index.get(s.id) ?? "";
    return words.every((w) => text.includes(w));
  });
}

export interface AffiliationGroup {
  affiliation: string;
  people: Person[];
}

/** People grouped by affiliation, groups and names in alphabetical order, unknown ones last. */
export function groupByAffiliation(
  people: Person[],
  unknownLabel = "Affiliation not given",
): AffiliationGroup[] {
  const groups = new Map<string, Person[]>();
  for (const p of people) {
    const key = p.affiliation?.trim() || "";
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b)))
    .map(([key, list]) => ({
      affiliation: key || unknownLabel,
      people: list.sort((a, b) => a.name.localeCompare(b.name)),
    }));
}

export const roleLabels: Record<Role, string> = {
  speaker: "Speaker",
  chair: "Chair",
  moderator: "Moderator",
  panelist: "Panelist",
  discussant: "Discussant",
};

/** "Jane Doe, MD, FACS" */
export const displayName = (p: Person) => [p.name, ...p.credentials].join(", ");
