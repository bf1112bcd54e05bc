import ICAL from "ical.js";
import { Temporal } from "temporal-polyfill";
import { DomainError } from "../errors";
import { type AgendaProgram, type AgendaTarget, targetAgenda } from "./agenda";

export type AgendaEvent = {
  /** Stays the same for the same session, so a calendar replaces an event rather than add one. */
  uid: string;
  /** ISO instants. */
  start: string;
  end: string;
  /** The IANA zone the event's times are written in. */
  timeZone: string;
  title: string;
  location?: string | undefined;
  description: string;
  url?: string | undefined;
};

const UTC_ZONES = new Set(["UTC", "ETC/UTC"]);
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

function instantOf(iso: string): Temporal.Instant {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) {
    throw new DomainError("calendar.time_invalid", `“${iso}” is not a date and time.`);
  }
  return Temporal.Instant.fromEpochMilliseconds(ms);
}

function zoned(instant: Temporal.Instant, timeZone: string): Temporal.ZonedDateTime {
  try {
    return instant.toZonedDateTimeISO(timeZone);
  } catch {
    throw new DomainError("calendar.time_zone_unknown", `Unknown time zone “${timeZone}”.`);
  }
}

/** A wall-clock time for ical.js, without a zone of its own. */
function wallTime(t: Temporal.PlainDateTime): ICAL.Time {
  const { year, month, day, hour, minute, second } = t;
  return ICAL.Time.fromData({ year, month, day, hour, minute, second, isDate: false });
}

/** The transition in force at `from` and every one after it until `until`, read from the
 * runtime's zone data. */
function transitions(
  from: Temporal.ZonedDateTime,
  until: Temporal.ZonedDateTime,
): Temporal.ZonedDateTime[] {
  const previous = from.getTimeZoneTransition("previous");
  const found = previous ? [previous] : [];
  for (let cursor = previous ?? from; ; ) {
    const next = cursor.getTimeZoneTransition("next");
    if (!next || Temporal.ZonedDateTime.compare(next, until) >= 0) return found;
    found.push(next);
    cursor = next;
  }
}

/** One observance per real transition, each with its own DTSTART (the local time of the change on
 * the clock before it) and both offsets; no RRULE, so no client has to guess a rule. */
function vtimezone(timeZone: string, firstYear: number, lastYear: number): ICAL.Component {
  const from = Temporal.ZonedDateTime.from({ timeZone, year: firstYear, month: 1, day: 1 });
  const until = Temporal.ZonedDateTime.from({ timeZone, year: lastYear + 1, month: 1, day: 1 });
  const zone = new ICAL.Component("vtimezone");
  zone.addPropertyWithValue("tzid", timeZone);
  if (!from.getTimeZoneTransition("previous")) {
    // No change of offset before these years: the offset they start with, since 1970.
    const offset = from.offsetNanoseconds / 1e9;
    const epoch = ICAL.Time.fromData({ year: 1970, month: 1, day: 1, isDate: false });
    zone.addSubcomponent(observance("standard", epoch, offset, offset));
  }
  for (const change of transitions(from, until)) {
    const before = change.subtract({ nanoseconds: 1 }).offsetNanoseconds / 1e9;
    const after = change.offsetNanoseconds / 1e9;
    const onset = change.toInstant().toZonedDateTimeISO("UTC").add({ seconds: before });
    const kind = after > before ? "daylight" : "standard";
    zone.addSubcomponent(observance(kind, wallTime(onset.toPlainDateTime()), before, after));
  }
  return zone;
}

function observance(kind: string, start: ICAL.Time, from: number, to: number): ICAL.Component {
  const part = new ICAL.Component(kind);
  part.addPropertyWithValue("dtstart", start);
  part.addPropertyWithValue("tzoffsetfrom", ICAL.UtcOffset.fromSeconds(from));
  part.addPropertyWithValue("tzoffsetto", ICAL.UtcOffset.fromSeconds(to));
  return part;
}

/** DTSTART or DTEND: the zone's wall-clock time with TZID, or UTC for a UTC event and for an
 * instant in the hour a zone repeats when its clocks go back. A wall-clock time there names two
 * instants: RFC 5545 (3.3.5) says the first, but readers differ (ical.js takes the second). */
function timeProperty(name: string, instant: Temporal.Instant, timeZone: string): ICAL.Property {
  const prop = new ICAL.Property(name);
  const wall = UTC_ZONES.has(timeZone.toUpperCase())
    ? undefined
    : zoned(instant, timeZone).toPlainDateTime();
  const earlier = wall?.toZonedDateTime(timeZone, { disambiguation: "earlier" }).toInstant();
  const later = wall?.toZonedDateTime(timeZone, { disambiguation: "later" }).toInstant();
  if (wall && earlier?.equals(instant) && later?.equals(instant)) {
    prop.setParameter("tzid", timeZone);
    prop.setValue(wallTime(wall));
  } else {
    prop.setValue(ICAL.Time.fromJSDate(new Date(instant.epochMilliseconds), true));
  }
  return prop;
}

/** An iCalendar file of agenda events, with a VTIMEZONE for each zone they use, built from the
 * zone's real transitions over the years the events span. */
export function agendaIcs(input: { name: string; items: AgendaEvent[]; now: Date }): string {
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("prodid", "-//Rapport//Agenda//EN");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  calendar.addPropertyWithValue("x-wr-calname", input.name);
  const years = new Map<string, { first: number; last: number }>();
  const stamp = ICAL.Time.fromJSDate(input.now, true);
  const events = input.items.map((item) => {
    const start = instantOf(item.start);
    const endAt = instantOf(item.end);
    // A session that ends before it starts (a typing slip in the program) lasts no time at all.
    const end = Temporal.Instant.compare(endAt, start) < 0 ? start : endAt;
    if (!UTC_ZONES.has(item.timeZone.toUpperCase())) {
      const first = zoned(start, item.timeZone).year;
      const last = zoned(end, item.timeZone).year;
      const span = years.get(item.timeZone);
      years.set(item.timeZone, {
        first: Math.min(first, span?.first ?? first),
        last: Math.max(last, span?.last ?? last),
      });
    }
    const event = new ICAL.Component("vevent");
    event.addPropertyWithValue("uid", item.uid);
    event.addPropertyWithValue("dtstamp", stamp);
    event.addProperty(timeProperty("dtstart", start, item.timeZone));
    event.addProperty(timeProperty("dtend", end, item.timeZone));
    event.addPropertyWithValue("summary", item.title);
    if (item.location) event.addPropertyWithValue("location", item.location);
    if (item.description) event.addPropertyWithValue("description", item.description);
    if (item.url && WEB_ADDRESS.test(item.url)) event.addPropertyWithValue("url", item.url);
    return event;
  });
  for (const [timeZone, span] of years) {
    calendar.addSubcomponent(vtimezone(timeZone, span.first, span.last));
  }
  for (const event of events) calendar.addSubcomponent(event);
  return `${calendar.toString()}\r\n`;
}

/** The events of the user's agenda for one conference: each session where a target appears,
 * named with the targets, their roles and how much meeting them matters, in the conference's
 * zone. */
export function agendaEvents(program: AgendaProgram, targets: AgendaTarget[]): AgendaEvent[] {
  const { summary } = program;
  const agenda = targetAgenda(program, targets);
  const titles = new Map(agenda.map((item) => [item.session.id, item.session.title]));
  return agenda.map(({ session, targets: people, overlapsWith }) => {
    const lines = people.map(
      (t) => `• ${t.name} — ${t.role} (${t.priority === "must" ? "must meet" : "nice to meet"})`,
    );
    const clashes = overlapsWith.map((id) => titles.get(id) ?? id);
    if (clashes.length > 0) lines.push("", `At the same time: ${clashes.join("; ")}`);
    return {
      uid: `${summary.id}.${session.id}@rapport`,
      start: session.start,
      end: session.end,
      timeZone: summary.timeZone,
      title: session.title,
      location: session.room ?? summary.venue,
      description: [people.length === 1 ? "Target:" : "Targets:", ...lines].join("\n"),
      url: session.url,
    };
  });
}

/** The user's agenda for one conference as an iCalendar file. */
export function conferenceAgendaIcs(
  program: AgendaProgram,
  targets: AgendaTarget[],
  now: Date,
): string {
  return agendaIcs({
    name: `${program.summary.title} — targets`,
    items: agendaEvents(program, targets),
    now,
  });
}
