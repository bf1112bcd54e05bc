import type { ProgramBuilder } from "../builder";
import { htmlToText } from "../html";
import { clean, cleanOptional } from "../normalize";
import { splitSummary } from "../title-people";
import { type JProp, propsByName, textValue } from "./jcal";
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
};

const DAY = 86_400_000;

function durationMs(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
    value.trim(),
  );
  if (!m || value.trim().endsWith("T") || value.trim() === "P") return undefined;
  const [w, d, h, min, s] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as number[];
  const ms =
    ((((w ?? 0) * 7 + (d ?? 0)) * 24 + (h ?? 0)) * 60 + (min ?? 0)) * 60_000 + (s ?? 0) * 1000;
  return m[1] === "-" ? -ms : ms;
}

function sameIcsZone(a: IcsZone, b: IcsZone): boolean {
  if (a.kind === "iana" && b.kind === "iana") return a.name === b.name;
  if (a.kind === "vtimezone" && b.kind === "vtimezone") return a.tz === b.tz;
  return a.kind === b.kind;
}

type Occurrence = { wall: number; epoch: number };

/** The end for each occurrence: DTEND, else DURATION, else a day for all-day events. Lengths are
 * kept in wall-clock time when start and end share a zone, so repeats across DST keep local hours. */
function endFor(
  start: IcsTime,
  props: Map<string, JProp[]>,
  times: TimeReader,
): ((o: Occurrence) => number) | undefined {
  const end = times.read(props.get("dtend")?.[0]);
  if (end) {
    const sameZone = sameIcsZone(end.zone, start.zone) || end.allDay;
    const wallLen = end.wall - start.wall;
    const len = end.epoch - start.epoch;
    return sameZone && end.zone.kind !== "vtimezone"
      ? (o) => zoneEpoch(start.zone, o.wall + wallLen)
      : (o) => o.epoch + len;
  }
  const duration = durationMs(props.get("duration")?.[0]?.[3]) ?? (start.allDay ? DAY : undefined);
  if (duration === undefined) return undefined;
  // RFC 5545: a duration in days is nominal (local days), in hours/minutes exact.
  return start.allDay ? (o) => zoneEpoch(start.zone, o.wall + duration) : (o) => o.epoch + duration;
}

function occurrences(
  b: ProgramBuilder,
  start: IcsTime,
  props: Map<string, JProp[]>,
  times: TimeReader,
  ref: string,
): Occurrence[] {
  const rrule = props.get("rrule")?.[0];
  let walls = [start.wall];
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
      if (result.capped)
        b.warn(
          ref,
          `Repeats more than ${maxOccurrences} times; only the first ${maxOccurrences} occurrences imported`,
        );
    }
  }
  for (const r of times.readAll(props.get("rdate")))
    if (!walls.includes(r.wall)) walls.push(r.wall);
  const excluded = new Set(times.readAll(props.get("exdate")).map((t) => t.epoch));
  return walls
    .map((wall) => ({ wall, epoch: zoneEpoch(start.zone, wall) }))
    .filter((o) => !excluded.has(o.epoch));
}

/** Adds one VEVENT (all its occurrences) as sessions; problems become warnings on `event n`. */
export function addEvent(
  b: ProgramBuilder,
  ev: Parameters<typeof propsByName>[0],
  n: number,
  times: TimeReader,
  state: EventState,
): void {
  const props = propsByName(ev);
  const uid = clean(textValue(props, "uid"));
  const ref = uid ? `event ${n} (UID ${uid})` : `event ${n}`;
  state.ref = ref;
  if (textValue(props, "status")?.toUpperCase() === "CANCELLED") {
    b.warn(ref, "Cancelled event; skipped");
    return;
  }
  const start = times.read(props.get("dtstart")?.[0]);
  if (!start) {
    b.warn(ref, "No readable DTSTART; event skipped");
    return;
  }
  const isOverride = props.has("recurrence-id");
  if (uid && !isOverride) {
    const first = state.uids.get(uid);
    if (first !== undefined)
      b.warn(ref, `Shares its UID with event ${first}; imported as a separate session`);
    else state.uids.set(uid, n);
  }
  const endOf = endFor(start, props, times);
  const summary = splitSummary(clean(textValue(props, "summary")));
  const people = [
    ...calendarPeople(props.get("organizer"), props.get("attendee")),
    ...summary.people.map((person) => ({ person, role: "speaker" as const })),
  ];
  const categories = (props.get("categories") ?? [])
    .flatMap((p) => p.slice(3))
    .map((c) => clean(String(c)))
    .filter((c) => c !== "");
  const overridden = isOverride ? undefined : state.overrides.get(uid);
  const list =
    props.has("rrule") || props.has("rdate") ? occurrences(b, start, props, times, ref) : [start];
  for (const o of list) {
    if (overridden?.has(o.epoch)) continue;
    b.add({
      sourceId: uid || undefined,
      title: summary.title,
      start: o.epoch,
      end: endOf?.(o),
      room: cleanOptional(textValue(props, "location")),
      track: categories.join(", ") || undefined,
      url: cleanOptional(textValue(props, "url")),
      description: htmlToText(textValue(props, "description")),
      people,
      ref,
    });
  }
}
