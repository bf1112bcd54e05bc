import { dayKey } from "./program-view";

interface Timed {
  session: { id: string; title: string; start: string; end: string };
  overlapsWith: string[];
}

export interface AgendaDay<T> {
  key: string;
  items: T[];
}

/** Agenda items by their date in the conference's zone, days and items in time order. */
export function agendaDays<T extends Timed>(items: readonly T[], timeZone: string): AgendaDay<T>[] {
  const sorted = [...items].sort(
    (a, b) =>
      Date.parse(a.session.start) - Date.parse(b.session.start) ||
      Date.parse(a.session.end) - Date.parse(b.session.end) ||
      a.session.title.localeCompare(b.session.title),
  );
  const days: AgendaDay<T>[] = [];
  for (const item of sorted) {
    const key = dayKey(item.session.start, timeZone);
    const last = days.at(-1);
    if (last?.key === key) last.items.push(item);
    else days.push({ key, items: [item] });
  }
  return days;
}

/** The sessions an item clashes with, in time order, as the agenda lists them; ids the agenda
 * does not hold are left out. */
export function clashesOf<T extends Timed>(item: T, all: readonly T[]): T[] {
  const wanted = new Set(item.overlapsWith);
  return all
    .filter((other) => other !== item && wanted.has(other.session.id))
    .sort((a, b) => Date.parse(a.session.start) - Date.parse(b.session.start));
}

/** How many sessions overlap at least one other: the choices the user has to make. */
export const clashCount = (items: readonly Timed[]) =>
  items.filter((item) => item.overlapsWith.length > 0).length;
