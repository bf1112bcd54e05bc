import { htmlToText } from "../../common/html";
import { cleanOptional, decodedOptional, decodedText } from "../../common/normalize";
import { isPlaceholder, parsePersonName } from "../../people/people";
import type { DraftSeat, ProgramBuilder } from "../../program/builder";
import { parseClockDuration, parseIsoDateTime } from "../../time/wall";
import { wallToEpoch } from "../../time/zone";

/** A frab event after the XML or JSON specifics are gone. */
export type FrabEvent = {
  id?: string;
  guid?: string;
  title?: unknown;
  subtitle?: unknown;
  date?: unknown;
  start?: unknown;
  duration?: unknown;
  room?: unknown;
  track?: unknown;
  type?: unknown;
  abstract?: unknown;
  description?: unknown;
  url?: unknown;
  persons: { name: unknown; bio?: unknown }[];
};

export type FrabDay = { date?: string; dayStart?: string };

const HHMM = /^(\d{1,2}):(\d{2})/;

/** The event's speakers; warnings go to the builder under the event's ref. */
function speakersOf(b: ProgramBuilder, ev: FrabEvent, ref: string): DraftSeat[] {
  const out: DraftSeat[] = [];
  for (const p of ev.persons) {
    const name = decodedText(typeof p.name === "string" ? p.name : "");
    if (name === "") continue;
    if (isPlaceholder(name)) {
      b.warn(ref, `Speaker “${name}” names nobody yet; left out`);
      continue;
    }
    const bio = htmlToText(p.bio);
    // Medical schedules sometimes write "Dr. Jane Doe, MD (Hospital)" into the person name.
    const person = parsePersonName(name);
    out.push({ person: bio ? { ...person, bio } : person, role: "speaker" });
  }
  if (ev.persons.length > 0 && out.length === 0) b.warn(ref, "Speakers listed without names");
  return out;
}

function startOf(ev: FrabEvent, day: FrabDay, zone: string): number | undefined {
  if (typeof ev.date === "string") {
    const parsed = parseIsoDateTime(ev.date);
    if (parsed?.offsetMs !== undefined) return parsed.wall - parsed.offsetMs;
    if (parsed) return wallToEpoch(zone, parsed.wall);
  }
  const hm = typeof ev.start === "string" ? HHMM.exec(ev.start) : null;
  const date = day.date ? parseIsoDateTime(`${day.date}T00:00`) : undefined;
  if (!hm || !date) return undefined;
  const minutes = Number(hm[1]) * 60 + Number(hm[2]);
  // Events before the day's start time (e.g. 01:00 on a day starting 10:00) run after midnight.
  const dayStart = day.dayStart
    ? HHMM.exec(day.dayStart.slice(day.dayStart.indexOf("T") + 1))
    : null;
  const startMinutes = dayStart ? Number(dayStart[1]) * 60 + Number(dayStart[2]) : 0;
  const nextDay = minutes < startMinutes ? 86_400_000 : 0;
  return wallToEpoch(zone, date.wall + nextDay + minutes * 60_000);
}

/** The texts that are there and differ, one paragraph each (one text comes back as it is). */
function joinDistinct(a?: string, b?: string, c?: string): string | undefined {
  let out = a || undefined;
  if (b && b !== a) out = out ? `${out}\n\n${b}` : b;
  if (c && c !== a && c !== b) out = out ? `${out}\n\n${c}` : c;
  return out;
}

/** Adds one frab event (shared by the XML and JSON readers). */
export function addFrabEvent(
  b: ProgramBuilder,
  ev: FrabEvent,
  day: FrabDay,
  ref: string,
  roomName?: string,
): void {
  const start = startOf(ev, day, b.timeZone);
  if (start === undefined) {
    b.warn(ref, "No readable date and start time; session skipped");
    return;
  }
  const duration = parseClockDuration(ev.duration);
  if (ev.duration !== undefined && duration === undefined) b.warn(ref, "Unreadable duration");
  const description = joinDistinct(
    decodedOptional(ev.subtitle),
    htmlToText(ev.abstract),
    htmlToText(ev.description),
  );
  b.add({
    sourceId: ev.guid || ev.id,
    title: decodedText(typeof ev.title === "string" ? ev.title : ""),
    start,
    end: duration === undefined ? undefined : start + duration,
    room: decodedOptional(ev.room) ?? roomName,
    track: decodedOptional(ev.track),
    kind: decodedOptional(ev.type),
    url: cleanOptional(ev.url),
    description,
    people: speakersOf(b, ev, ref),
    ref,
  });
}
