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

/** Sessions grouped by the date in the conference's zone on which they start (a late session
 * that runs past midnight stays on its first day), each day in time order, sessions at the same
 * time by room. */
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
        (a, b) =>
          Date.parse(a.start) - Date.parse(b.start) ||
          (a.room ?? "").localeCompare(b.room ?? "", undefined, { numeric: true }) ||
          a.title.localeCompare(b.title),
      ),
    }));
}

/** One formatter per locale, zone and options: making one costs far more than using it, and a
 * day page formats dozens of times. */
const formats = new Map<string, Intl.DateTimeFormat>();
export function formatFor(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (formats.size < 200) formats.set(key, format);
  }
  return format;
}

/** A date key as a tab label, e.g. "Thu, Apr 15". */
export function dayLabel(key: string, locale?: string): string {
  return formatFor(locale, {
    weekday: "short",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${key}T12:00:00Z`));
}

/** A conference's dates with the year, so meetings of two years are told apart: "Sat, Mar 28,
 * 2020" for one day, "Thu, Apr 15 – Sat, Apr 17, 2027" for several. */
export function dateSpan(startKey: string, endKey: string, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  const noon = (key: string) => new Date(`${key}T12:00:00Z`);
  return format.formatRange(noon(startKey), noon(endKey));
}

/** "8:00 – 9:15 AM CDT": the range in the conference's zone, with the zone named. A range that
 * runs past midnight keeps the same short form ("11:55 PM – 12:35 AM CET"): the day it belongs
 * to is shown by the list it is in. */
export function timeRange(start: string, end: string, timeZone: string, locale?: string): string {
  const format = formatFor(locale, {
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
  if (dayKey(start, timeZone) === dayKey(end, timeZone)) {
    return format.formatRange(new Date(start), new Date(end));
  }
  const clock = formatFor(locale, { hour: "numeric", minute: "2-digit", timeZone });
  return `${clock.format(new Date(start))}\u2009–\u2009${format.format(new Date(end))}`;
}

/** Lower case without accents, so "nunez" finds "Núñez". */
export const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** What search reads of one session, folded: its listing (title, track, room, people and their
 * affiliations) and its details (the description, where talk titles and unlisted speakers are). */
export interface SearchText {
  listing: string;
  details: string;
}

export function searchIndex(
  sessions: Session[],
  people: Map<string, Person>,
): Map<string, SearchText> {
  const index = new Map<string, SearchText>();
  for (const s of sessions) {
    const who = s.people.flatMap(({ personId }) => {
      const p = people.get(personId);
      return p ? [p.name, p.affiliation ?? ""] : [];
    });
    index.set(s.id, {
      listing: fold([s.title, s.track ?? "", s.room ?? "", ...who].join("\n")),
      details: fold(s.description ?? ""),
    });
  }
  return index;
}

const words = (query: string) => fold(query).split(/\s+/).filter(Boolean);

/** Sessions whose listing and details together hold every word of the query. */
export function search(
  sessions: Session[],
  index: Map<string, SearchText>,
  query: string,
): Session[] {
  const wanted = words(query);
  if (wanted.length === 0) return sessions;
  return sessions.filter((s) => {
    const text = index.get(s.id);
    return !!text && wanted.every((w) => text.listing.includes(w) || text.details.includes(w));
  });
}

/** Whether a session matched only thanks to its details, so the list opens them and says so. */
export function foundInDetails(
  session: Session,
  index: Map<string, SearchText>,
  query: string,
): boolean {
  const text = index.get(session.id);
  const wanted = words(query);
  return !!text && wanted.some((w) => !text.listing.includes(w) && text.details.includes(w));
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
