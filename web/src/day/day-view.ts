import type { ContactSession } from "../../../schemas/contact";
import type { QueuedChange } from "../offline/queue";
import { dayKey } from "../program-view";
import type { ConferenceItem, DayContact, DayData } from "./day-data";

/** What the page shows: the server's data with the changes not yet sent applied on top, so a
 * change made offline shows at once and after a reload. Applying a change twice changes
 * nothing, so changes already applied to the data in memory may be applied again. */
export function withChanges(data: DayData, changes: readonly QueuedChange[]): DayData {
  let contacts = data.contacts;
  for (const change of changes) {
    if (change.refused !== undefined) continue;
    if (change.kind === "quick-add") {
      if (!contacts.some((c) => c.contact.id === pendingId(change.key))) {
        contacts = [...contacts, quickAdded(change)];
      }
      continue;
    }
    contacts = contacts.map((entry) =>
      entry.contact.id === change.contactId ? changed(entry, change) : entry,
    );
  }
  return contacts === data.contacts ? data : { ...data, contacts };
}

export const pendingId = (key: string) => `pending-${key}`;

type ChangeBody = { notes?: string; name?: string; institution?: string; note?: string };

function changed(entry: DayContact, change: QueuedChange): DayContact {
  const body = (change.body ?? {}) as ChangeBody;
  const at = new Date(change.seq).toISOString();
  switch (change.kind) {
    case "met":
    case "not-met":
      return { ...entry, outcome: { id: change.key, kind: change.kind, at } };
    case "unmet": {
      const { outcome: _, ...rest } = entry;
      return change.path.endsWith(`/${entry.outcome?.id}`) ? rest : entry;
    }
    case "note":
      return { ...entry, contact: { ...entry.contact, notes: body.notes ?? "" } };
    default:
      return entry;
  }
}

function quickAdded(change: QueuedChange): DayContact {
  const body = (change.body ?? {}) as ChangeBody;
  const at = new Date(change.seq).toISOString();
  return {
    contact: {
      id: pendingId(change.key),
      version: 0,
      conferenceId: change.conferenceId,
      sessions: [],
      status: "met",
      createdAt: at,
      name: body.name || "Person from a pasted card",
      credentials: [],
      title: "",
      institution: body.institution ?? "",
      email: "",
      profileUrl: "",
      priority: "nice",
      mentor: false,
      why: "",
      questions: [],
      notes: body.note ?? "",
      interests: "",
      howWeMet: "",
      nextStep: "",
    },
    intro: "",
    outcome: { id: change.key, kind: "met", at },
  };
}

export interface SessionSlot {
  session: ContactSession;
  targets: DayContact[];
}

/** The day's sessions in which targets take part, in time order (same time: by room), each with
 * its targets, "must" before "nice", then by name. */
export function sessionsOfDay(data: DayData, date: string): SessionSlot[] {
  const zone = data.conference.timeZone;
  const slots = new Map<string, SessionSlot>();
  for (const entry of data.contacts) {
    for (const session of entry.contact.sessions) {
      if (dayKey(session.start, zone) !== date) continue;
      const slot = slots.get(session.id);
      if (slot) slot.targets.push(entry);
      else slots.set(session.id, { session, targets: [entry] });
    }
  }
  const rank = (entry: DayContact) => (entry.contact.priority === "must" ? 0 : 1);
  return [...slots.values()]
    .map((slot) => ({
      ...slot,
      targets: slot.targets.sort(
        (a, b) => rank(a) - rank(b) || a.contact.name.localeCompare(b.contact.name),
      ),
    }))
    .sort(
      (a, b) =>
        Date.parse(a.session.start) - Date.parse(b.session.start) ||
        (a.session.room ?? "").localeCompare(b.session.room ?? ""),
    );
}

/** People met this day outside the program's sessions (added on the spot), and those added
 * but not yet sent, whatever the day. */
export function metOutsideSessions(data: DayData, date: string): DayContact[] {
  const zone = data.conference.timeZone;
  return data.contacts.filter(
    (entry) =>
      entry.contact.sessions.length === 0 &&
      entry.outcome?.kind === "met" &&
      (entry.contact.id.startsWith("pending-") || dayKey(entry.outcome.at, zone) === date),
  );
}

export interface NowNext {
  now?: SessionSlot;
  next?: SessionSlot;
  /** Whole minutes until the next one starts, rounded up. */
  minutesToNext?: number;
}

/** The target session running at `at` (the latest started, if several) and the next to start. */
export function nowAndNext(slots: readonly SessionSlot[], at: number): NowNext {
  let now: SessionSlot | undefined;
  let next: SessionSlot | undefined;
  for (const slot of slots) {
    const start = Date.parse(slot.session.start);
    const end = Date.parse(slot.session.end);
    if (start <= at && at < end) now = slot;
    else if (start > at && !next) next = slot;
  }
  return {
    ...(now ? { now } : {}),
    ...(next
      ? { next, minutesToNext: Math.ceil((Date.parse(next.session.start) - at) / 60_000) }
      : {}),
  };
}

/** Every date of a conference, first to last. */
export function conferenceDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  const last = Date.parse(`${endDate}T00:00:00Z`);
  for (
    let t = Date.parse(`${startDate}T00:00:00Z`);
    t <= last && days.length < 60;
    t += 86_400_000
  ) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export interface TodayChoice {
  conferenceId: string;
  date: string;
  /** Set when no conference runs today and this is the next conference day. */
  upcoming: boolean;
}

/** The conference day that is today in its conference's zone; else the first conference day
 * still to come. */
export function todayChoice(
  conferences: readonly ConferenceItem[],
  at: number,
): TodayChoice | undefined {
  let upcoming: TodayChoice | undefined;
  for (const conference of conferences) {
    const today = dayKey(new Date(at).toISOString(), conference.timeZone);
    if (conference.startDate <= today && today <= conference.endDate) {
      return { conferenceId: conference.id, date: today, upcoming: false };
    }
    if (conference.startDate > today && (!upcoming || conference.startDate < upcoming.date)) {
      upcoming = { conferenceId: conference.id, date: conference.startDate, upcoming: true };
    }
  }
  return upcoming;
}
