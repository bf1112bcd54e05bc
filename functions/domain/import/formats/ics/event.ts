import type { Role } from "../../../../../schemas/program";
import { clean, cleanOptional, decodedOptional, decodedText } from "../../common/normalize";
import type { DraftPerson } from "../../people/person-registry";
import { splitSummary } from "../../people/title-people";
import type { DraftSeat, ProgramBuilder } from "../../program/builder";
import type { FacultyReader } from "./faculty";
import { type EventProps, propText } from "./jcal";
import { calendarPeople } from "./people";
import { expand, maxOccurrences, readRule } from "./recurrence";
import type { IcsTime, TimeReader } from "./times";
import { type IcsZone, zoneEpoch } from "./zones";

export type EventState = {
  uids: Map<string, number>;
  unknownZones: Set<string>;
  overrides: Map<string, Set<number>>;
  floatingWarned: boolean;
  ref: string;
  /** Warns under the event being read (`ref`). */
  warn: (message: string) => void;
  /** ORGANIZER and ATTENDEE addresses without a name, already warned about. */
  nameless: Set<string>;
  faculty: FacultyReader;
};

type Seat = { person: DraftPerson; role: Role };

const DAY = 86_400_000;
const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

function durationMs(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const m = DURATION.exec(text);
  if (!m || text.endsWith("T") || text === "P") return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  const ms = (((n(2) * 7 + n(3)) * 24 + n(4)) * 60 + n(5)) * 60_000 + n(6) * 1000;
  return m[1] === "-" ? -ms : ms;
}

function sameIcsZone(a: IcsZone, b: IcsZone): boolean {
  if (a.kind === "iana" && b.kind === "iana") return a.name === b.name;
  if (a.kind === "vtimezone" && b.kind === "vtimezone") return a.tz === b.tz;
  return a.kind === b.kind;
}

type Occurrence = { wall: number; epoch: number };

/** How each occurrence's end follows from its start: DTEND, else DURATION, else a day for
 * all-day events. Lengths stay in wall-clock time when start and end share a zone, so repeats
 * across DST keep local hours; a duration in days is nominal (local days), in hours exact. */
type EndRule = { wallLength: number } | { exactLength: number } | undefined;

function endRule(start: IcsTime, ev: EventProps, times: TimeReader): EndRule {
  const end = times.read(ev.dtend);
  if (end) {
    const sameZone = sameIcsZone(end.zone, start.zone) || end.allDay;
    return sameZone && end.zone.kind !== "vtimezone"
      ? { wallLength: end.wall - start.wall }
      : { exactLength: end.epoch - start.epoch };
  }
  const duration = durationMs(ev.duration?.[3]) ?? (start.allDay ? DAY : undefined);
  if (duration === undefined) return undefined;
  return start.allDay ? { wallLength: duration } : { exactLength: duration };
}

function endOf(rule: EndRule, zone: IcsZone, o: Occurrence): number | undefined {
  if (!rule) return undefined;
  return "wallLength" in rule
    ? zoneEpoch(zone, o.wall + rule.wallLength)
    : o.epoch + rule.exactLength;
}

function occurrences(
  b: ProgramBuilder,
  start: IcsTime,
  ev: EventProps,
  times: TimeReader,
  ref: string,
): Occurrence[] {
  const rrule = ev.rrule;
  let walls = [start.wall];
  let capped = false;
  if (rrule) {
    const rule = readRule(rrule[3]);
    if ("unsupported" in rule)
      b.warn(
        ref,
        `Recurrence rule not supported (${rule.unsupported}); only the first occurrence imported`,
      );
    else {
      const until = rule.until ? times.read(rrule, rule.until) : undefined;
      // UNTIL is an instant; widen it by a day for the wall-clock walk, then filter exactly below.
      const result = expand(rule, start.wall, until ? until.wall + DAY : undefined);
      walls = result.walls.filter((w) => !until || zoneEpoch(start.zone, w) <= until.epoch);
      capped = result.capped;
    }
  }
  // RDATE adds to the rule's dates, within the same limit.
  const seen = new Set(walls);
  for (const r of times.readAll(ev.rdate)) {
    if (seen.has(r.wall)) continue;
    if (walls.length >= maxOccurrences) {
      capped = true;
      break;
    }
    seen.add(r.wall);
    walls.push(r.wall);
  }
  if (capped)
    b.warn(
      ref,
      `Repeats more than ${maxOccurrences} times; only the first ${maxOccurrences} occurrences imported`,
    );
  const excluded = new Set(times.readAll(ev.exdate).map((t) => t.epoch));
  return walls
    .map((wall) => ({ wall, epoch: zoneEpoch(start.zone, wall) }))
    .filter((o) => !excluded.has(o.epoch));
}

function categoriesOf(props: EventProps): string | undefined {
  let track: string | undefined;
  for (const p of props.categories ?? []) {
    for (let i = 3; i < p.length; i++) {
      const c = decodedText(p[i]);
      if (c !== "") track = track === undefined ? c : `${track}, ${c}`;
    }
  }
  return track;
}

/** Adds one VEVENT (all its occurrences) as sessions; problems become warnings on `event n`. */
export function addEvent(
  b: ProgramBuilder,
  ev: EventProps,
  n: number,
  times: TimeReader,
  state: EventState,
): void {
  const uid = clean(propText(ev.uid));
  const ref = uid ? `event ${n} (UID ${uid})` : `event ${n}`;
  state.ref = ref;
  if (propText(ev.status)?.toUpperCase() === "CANCELLED") {
    b.warn(ref, "Cancelled event; skipped");
    return;
  }
  const start = times.read(ev.dtstart);
  if (!start) {
    b.warn(ref, "No readable DTSTART; event skipped");
    return;
  }
  const isOverride = ev.recurrenceId !== undefined;
  if (uid && !isOverride) {
    const first = state.uids.get(uid);
    if (first !== undefined)
      b.warn(ref, `Shares its UID with event ${first}; imported as a separate session`);
    else state.uids.set(uid, n);
  }
  const rule = endRule(start, ev, times);
  const summary = splitSummary(decodedText(propText(ev.summary)));
  const people: Seat[] = calendarPeople(ev.organizer, ev.attendee, state.warn, state.nameless);
  const role = summary.role ?? "speaker";
  for (const person of summary.people) people.push({ person, role });
  const unreadable: string[] = [];
  const description = state.faculty.read(propText(ev.description), people, unreadable);
  for (const u of unreadable) b.warn(ref, `Could not read the speaker “${u}”`);
  const track = categoriesOf(ev);
  const room = decodedOptional(propText(ev.location));
  const url = cleanOptional(propText(ev.url));
  const sourceId = uid || undefined;
  const overridden = isOverride ? undefined : state.overrides.get(uid);
  const list = ev.rrule || ev.rdate ? occurrences(b, start, ev, times, ref) : [start];
  // Occurrences share their people, so each person is looked up once, not once per occurrence.
  const seats: DraftSeat[] =
    list.length > 1
      ? people.map((p) => ({ person: p.person, role: p.role, memo: { handle: undefined } }))
      : people;
  for (const o of list) {
    if (overridden?.has(o.epoch)) continue;
    b.add({
      sourceId,
      title: summary.title,
      start: o.epoch,
      end: endOf(rule, start.zone, o),
      room,
      track,
      url,
      description,
      people: seats,
      ref,
    });
  }
}
