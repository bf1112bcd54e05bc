import { isIanaTimeZone } from "../../../../../schemas/program";
import { type ParseContext, type ParseOutput, pickZone } from "../../common/context";
import { clean, decodedText } from "../../common/normalize";
import { ProgramBuilder } from "../../program/builder";
import { cutOffWarning, readCalendar, type UnreadableEvent } from "./calendar";
import { addEvent, type EventState } from "./event";
import { FacultyReader } from "./faculty";
import { type EventProps, eventProps, isComp, ZoneTally } from "./jcal";
import { TimeReader } from "./times";
import { ZoneResolver } from "./zones";

function commonTzid(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let max = 0;
  for (const [tzid, n] of counts) if (n > max) [best, max] = [tzid, n];
  return best;
}

/** iCalendar (RFC 5545) via ical.js: each VEVENT (and each recurrence) becomes a session.
 * Conference zone: X-WR-TIMEZONE, else the most common TZID, else the request's zone.
 * Floating times: the request's zone, else the conference zone, else UTC with a warning. */
export function parseIcs(text: string, ctx: ParseContext): ParseOutput {
  const cal = readCalendar(text);
  const zones = new ZoneTally();
  const events = cal.events.map((ev) => (isComp(ev) ? eventProps(ev, zones) : ev));
  const starter = new ZoneResolver(cal.vtimezones, { kind: "utc" });
  const candidates = [cal.zone, commonTzid(zones.flush())];
  let fileZone: string | undefined;
  for (const c of candidates) {
    const z = c ? starter.resolve(c) : null;
    if (z?.kind === "iana") {
      fileZone = z.name;
      break;
    }
  }
  const notes: string[] = [];
  const zone = pickZone(
    fileZone ?? (cal.zone && !isIanaTimeZone(cal.zone) ? cal.zone : undefined),
    ctx,
    (m) => notes.push(m),
  );
  const b = new ProgramBuilder(zone);
  if (cal.cutOff) b.warn("file", cutOffWarning);
  for (const d of cal.dropped) b.warn(`line ${d.line}`, d.message, d.line);
  if (cal.headerUnreadable) {
    b.warn(
      "calendar",
      `Read the events without the calendar's name, time zone and time zone definitions, because ${cal.headerUnreadable}`,
    );
  }
  for (const n of notes) if (!n.startsWith("No time zone")) b.warn("calendar", n);
  const floatingName = ctx.timeZone ?? fileZone;
  const resolver = new ZoneResolver(
    cal.vtimezones,
    floatingName ? { kind: "iana", name: floatingName } : { kind: "utc" },
  );
  // Warnings while an event is read go under that event's ref.
  const warn = (message: string) => b.warn(state.ref, message);
  const state: EventState = {
    uids: new Map(),
    unknownZones: new Set(),
    overrides: new Map(),
    floatingWarned: false,
    nameless: new Set(),
    ref: "",
    warn,
    faculty: new FacultyReader(warn),
  };
  const times = new TimeReader(
    resolver,
    (tzid) => {
      if (state.unknownZones.has(tzid)) return;
      state.unknownZones.add(tzid);
      b.warn(state.ref, `Unknown time zone “${tzid}”; read in ${floatingName ?? "UTC"}`);
    },
    () => {
      if (state.floatingWarned || floatingName) return;
      state.floatingWarned = true;
      b.warn(
        state.ref,
        "Times without a time zone were read as UTC; choose the conference's time zone to fix them",
      );
    },
  );
  // Occurrences replaced by RECURRENCE-ID events are left out of their series.
  for (let i = 0; i < events.length; i++) {
    const ev = events[i] as EventProps | UnreadableEvent;
    if ("why" in ev || !ev.recurrenceId) continue;
    const uid = clean(String(ev.uid?.[3] ?? ""));
    state.ref = `event ${i + 1}`;
    const rid = times.read(ev.recurrenceId);
    if (uid && rid) {
      const set = state.overrides.get(uid) ?? new Set<number>();
      set.add(rid.epoch);
      state.overrides.set(uid, set);
    }
  }
  for (let i = 0; i < events.length; i++) {
    const ev = events[i] as EventProps | UnreadableEvent;
    if ("why" in ev) {
      b.warn(
        `event ${i + 1}`,
        `Skipped the event that starts on line ${ev.line}, because ${ev.why}. Fix it to import the event`,
        ev.line,
      );
    } else addEvent(b, ev, i + 1, times, state);
  }
  return { program: b.finish({ title: decodedText(cal.name) }) };
}
