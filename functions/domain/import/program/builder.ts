import type { ImportWarning, Person, Program, Role, Session } from "../../../../schemas/program";
import { importLimits, textLimits, untitledProgram } from "../../../../schemas/program";
import { DomainError } from "../../errors";
import { maxSeats, tooManySeats, tooManySessions } from "../common/limits";
import { type DraftPerson, type PersonHandle, PersonRegistry } from "../people/person-registry";
import { formatInstant, localDate } from "../time/zone";
import { clip, clipField, type Limited, needsClip } from "./clip";
import { columnOverlapWarnings } from "./overlaps";
import { columnSessionIds } from "./session-ids";

/** Length given to a session whose end is missing or unreadable. */
export const defaultDurationMs = 30 * 60_000;

/** Warnings a program lists; past them only a count is kept. A file of unreadable lines can have
 * millions, which would take far more memory than the file, and the first ones say enough. */
export const maxListedWarnings = 10_000;

/** A person in a session. Readers that meet the same draft many times pass the same `memo`
 * with each, so the person is looked up once (null: the registry refused the person). */
export type DraftSeat = {
  person: DraftPerson;
  role: Role;
  memo?: { handle: PersonHandle | null | undefined };
};

export type DraftSession = {
  sourceId?: string;
  title: string;
  start: number;
  end?: number;
  room?: string;
  track?: string;
  kind?: string;
  url?: string;
  description?: string;
  people: DraftSeat[];
  ref: string;
  line?: number;
  /** Index (from add()) of the session this one is nested in, e.g. a talk inside a panel. */
  parent?: number;
};

export type ConferenceMeta = { title?: string; acronym?: string; venue?: string };

/** Accumulates sessions, people and warnings from one parser and produces the Program. */
export class ProgramBuilder {
  private readonly warnings: ImportWarning[] = [];
  private unlisted = 0;
  private readonly registry = new PersonRegistry();
  // Sessions share a few hundred distinct start and end times.
  private readonly formatted = new Map<number, string>();
  // One entry per session added, as columns: a few arrays for the whole program rather than an
  // object or two per session, which keeps the garbage collector's work down.
  private readonly sessions: Session[] = [];
  private readonly columns = {
    sourceIds: [] as (string | undefined)[],
    titles: [] as string[],
    starts: [] as number[],
    ends: [] as number[],
    rooms: [] as string[],
    refs: [] as string[],
    lines: [] as (number | undefined)[],
    parents: [] as (number | undefined)[],
  };
  // Seats of every session end to end; session i's run from firstSeat[i] to firstSeat[i + 1].
  private readonly firstSeat: number[] = [];
  private readonly seatHandles: PersonHandle[] = [];
  private readonly seatRoles: Role[] = [];
  /** The last list of people worked out, and where its seats lie in seatHandles (changed in
   * place: a session would otherwise leave two copies of its seats behind). */
  private readonly lastSeats = {
    people: undefined as DraftSeat[] | undefined,
    count: 0,
    from: 0,
    to: 0,
    overflow: false,
  };

  constructor(readonly timeZone: string) {}

  warn(ref: string, message: string, line?: number): void {
    if (this.warnings.length >= maxListedWarnings) {
      this.unlisted++;
      return;
    }
    const w: ImportWarning = {
      ref: clip(ref, textLimits.label),
      // A folded calendar line may bring its line break into the name a warning quotes.
      message: clip(message.replace(/\s*[\r\n]+\s*/g, " "), textLimits.warning),
    };
    if (line !== undefined) w.line = line;
    this.warnings.push(w);
  }

  get count(): number {
    return this.sessions.length;
  }

  /** Adds a session and returns its index (usable as another session's parent). */
  add(draft: DraftSession): number {
    if (this.sessions.length >= importLimits.maxSessions) throw tooManySessions();
    if (draft.title === "") {
      this.warn(draft.ref, "Session has no title", draft.line);
      draft.title = "Untitled session";
    }
    let end = draft.end;
    if (end === undefined || !Number.isFinite(end)) {
      this.warn(draft.ref, "No end time; assumed 30 minutes", draft.line);
      end = draft.start + defaultDurationMs;
    } else if (end < draft.start) {
      this.warn(draft.ref, "Ends before it starts; assumed 30 minutes", draft.line);
      end = draft.start + defaultDurationMs;
    }
    this.firstSeat.push(this.seatHandles.length);
    this.seat(draft);
    if (this.seatHandles.length > maxSeats) throw tooManySeats();
    const session: Session = {
      id: "",
      title: this.clipped(draft, draft.title, "title", "The title"),
      start: this.format(draft.start),
      end: this.format(end),
      people: [],
    };
    if (draft.room) session.room = this.clipped(draft, draft.room, "label", "The room");
    if (draft.track) session.track = this.clipped(draft, draft.track, "label", "The track");
    if (draft.kind) session.kind = this.clipped(draft, draft.kind, "label", "The session type");
    if (draft.url) {
      // A cut link leads nowhere, so a link too long is left out instead.
      if (draft.url.length <= textLimits.url) session.url = draft.url;
      else
        this.warn(
          draft.ref,
          `The link is longer than ${textLimits.url.toLocaleString("en-US")} characters; left out`,
          draft.line,
        );
    }
    if (draft.description) {
      session.description = this.clipped(
        draft,
        draft.description,
        "description",
        "The description",
      );
    }
    this.sessions.push(session);
    const c = this.columns;
    c.sourceIds.push(draft.sourceId);
    c.titles.push(draft.title);
    c.starts.push(draft.start);
    c.ends.push(end);
    c.rooms.push(draft.room ?? "");
    c.refs.push(draft.ref);
    c.lines.push(draft.line);
    c.parents.push(draft.parent);
    return this.sessions.length - 1;
  }

  /** A session's field within its limit; the warning is made only for a field that needs cutting,
   * which few do, so most sessions make no function to carry it. */
  private clipped(draft: DraftSession, text: string, limit: Limited, what: string): string {
    if (!needsClip(text, limit)) return text;
    return clipField(text, limit, what, (message) => this.warn(draft.ref, message, draft.line));
  }

  /** Seats a session's people, each person once per role, at most maxPeoplePerSession. */
  private seat(draft: DraftSession): void {
    const first = this.seatHandles.length;
    // The occurrences of a repeating event share one list of people: it is worked out once.
    const last = this.lastSeats;
    if (last.people === draft.people && last.count === draft.people.length) {
      for (let k = last.from; k < last.to; k++) {
        this.seatHandles.push(this.seatHandles[k] as PersonHandle);
        this.seatRoles.push(this.seatRoles[k] as Role);
      }
      if (last.overflow) this.tooManyPeople(draft);
      return;
    }
    const seen: SeenSeats | undefined = draft.people.length > manySeats ? new Map() : undefined;
    let overflow = false;
    for (const seat of draft.people) {
      if (this.seatHandles.length - first >= importLimits.maxPeoplePerSession) {
        overflow = true;
        this.tooManyPeople(draft);
        break;
      }
      const role = seat.role;
      let handle = seat.memo?.handle;
      if (handle === undefined) {
        handle = this.registry.add(seat.person) ?? null;
        if (seat.memo) seat.memo.handle = handle;
      }
      if (handle !== null && !this.hasSeat(first, handle, role, seen)) {
        this.seatHandles.push(handle);
        this.seatRoles.push(role);
      }
    }
    last.people = draft.people;
    last.count = draft.people.length;
    last.from = first;
    last.to = this.seatHandles.length;
    last.overflow = overflow;
  }

  private tooManyPeople(draft: DraftSession): void {
    this.warn(
      draft.ref,
      `More than ${importLimits.maxPeoplePerSession} people in one session; the rest are left out`,
      draft.line,
    );
  }

  private hasSeat(first: number, handle: PersonHandle, role: Role, seen?: SeenSeats): boolean {
    if (seen) return seenBefore(seen, handle, role);
    for (let i = first; i < this.seatHandles.length; i++) {
      if (this.seatHandles[i] === handle && this.seatRoles[i] === role) return true;
    }
    return false;
  }

  private format(ms: number): string {
    let text = this.formatted.get(ms);
    if (text === undefined) {
      text = formatInstant(ms, this.timeZone);
      this.formatted.set(ms, text);
    }
    return text;
  }

  /** The warnings listed, headed by how many there were when not all of them are. */
  private listedWarnings(): ImportWarning[] {
    if (this.unlisted === 0) return this.warnings;
    const total = (this.warnings.length + this.unlisted).toLocaleString("en-US");
    const max = maxListedWarnings.toLocaleString("en-US");
    const summary = {
      ref: "program",
      message: `${total} warnings in all; only the first ${max} are listed`,
    };
    return [summary, ...this.warnings];
  }

  finish(meta: ConferenceMeta): Program {
    const count = this.sessions.length;
    if (count === 0) {
      // The first thing skipped says where to look; the rest travel with the error.
      const warnings = this.listedWarnings().slice(0, 20);
      const first = warnings[0];
      throw new DomainError(
        "import.no_sessions",
        first
          ? `Found no sessions with a readable date and time. The first problem, at ${first.line ? `line ${first.line}` : first.ref}: ${first.message.replace(/\.$/, "")}. Check the dates and times there.`
          : "Found no sessions with a readable date and time",
        { warnings },
      );
    }
    const zone = this.timeZone;
    const starts = this.columns.starts;
    const people = this.registry.finish();
    for (let k = 0; k < people.length; k++) this.clipPerson(people[k] as Person);
    const ids = columnSessionIds(this.columns);
    const order = startOrder(starts);
    const sessions: Session[] = new Array(count);
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      const session = this.sessions[i] as Session;
      session.id = ids[i] as string;
      session.people = this.peopleOf(i);
      sessions[k] = session;
    }
    const overlaps = columnOverlapWarnings(this.columns);
    const warn = (message: string) => this.warn("conference", message);
    const conference: Program["conference"] = {
      title: clipField(meta.title || untitledProgram, "label", "The conference title", warn),
      timeZone: zone,
      startDate: localDate(starts[order[0] as number] as number, zone),
      endDate: localDate(starts[order[count - 1] as number] as number, zone),
    };
    if (meta.venue) conference.venue = clipField(meta.venue, "label", "The venue", warn);
    if (meta.acronym) conference.acronym = clipField(meta.acronym, "label", "The acronym", warn);
    for (const w of overlaps) this.warn(w.ref, w.message, w.line);
    return { conference, sessions, people, warnings: this.listedWarnings() };
  }

  /** Cuts a person's fields to their limits. Most people need nothing cut, so the check comes
   * first and the cutting, whose warnings need a function, is a method of its own. */
  private clipPerson(p: Person): void {
    if (
      needsClip(p.name, "label") ||
      needsClip(p.affiliation, "label") ||
      needsClip(p.title, "label") ||
      needsClip(p.bio, "bio") ||
      p.credentials.length > importLimits.maxCredentialsPerPerson ||
      anyLongerThan(p.credentials, textLimits.label)
    )
      this.clipPersonFields(p);
  }

  private clipPersonFields(p: Person): void {
    const { label } = textLimits;
    const warn = (message: string) => this.warn(`person ${clip(p.name, 80)}`, message);
    p.name = clipField(p.name, "label", "The name", warn);
    if (p.affiliation) p.affiliation = clipField(p.affiliation, "label", "The affiliation", warn);
    if (p.title) p.title = clipField(p.title, "label", "The position", warn);
    if (p.bio) p.bio = clipField(p.bio, "bio", "The biography", warn);
    if (
      p.credentials.length > importLimits.maxCredentialsPerPerson ||
      anyLongerThan(p.credentials, label)
    ) {
      p.credentials = p.credentials
        .slice(0, importLimits.maxCredentialsPerPerson)
        .map((c) => clip(c, label));
    }
  }

  private peopleOf(i: number): Session["people"] {
    const people: Session["people"] = [];
    const start = this.firstSeat[i] as number;
    const end = this.firstSeat[i + 1] ?? this.seatHandles.length;
    const seen: SeenSeats | undefined = end - start > manySeats ? new Map() : undefined;
    for (let k = start; k < end; k++) {
      const personId = this.registry.idOf(this.seatHandles[k] as PersonHandle);
      const role = this.seatRoles[k] as Role;
      // Two mentions can become one person only now, when a name without an affiliation has
      // been merged into the same name with one.
      const again = seen ? seenBefore(seen, personId, role) : listed(people, personId, role);
      if (!again) people.push({ personId, role });
    }
    return people;
  }
}

/** Past this many people, a session's seats are checked for repeats in a set rather than by
 * looking through them: a session of 300 would otherwise take 45,000 looks. */
const manySeats = 16;

/** People by role already seen in one session. */
type SeenSeats = Map<Role, Set<unknown>>;

/** True when this person already has this role in the session; notes them otherwise. */
function seenBefore(seen: SeenSeats, person: unknown, role: Role): boolean {
  let people = seen.get(role);
  if (!people) {
    people = new Set();
    seen.set(role, people);
  }
  if (people.has(person)) return true;
  people.add(person);
  return false;
}

/** Whether a session's few people already hold this person in this role. */
function listed(people: Session["people"], personId: string, role: Role): boolean {
  for (const p of people) if (p.personId === personId && p.role === role) return true;
  return false;
}

/** Whether any of the texts is longer than `max`. */
function anyLongerThan(texts: readonly string[], max: number): boolean {
  for (let k = 0; k < texts.length; k++) if ((texts[k] as string).length > max) return true;
  return false;
}

/** Indexes by start time, ties in the order added; readers mostly add in order already. */
function startOrder(starts: number[]): number[] {
  // Grown by push: `new Array(n)` in this once-per-import function made `finish`, which inlines
  // it, fall back to the interpreter on every import.
  const order: number[] = [];
  let sorted = true;
  for (let i = 0; i < starts.length; i++) {
    order.push(i);
    if (i > 0 && (starts[i] as number) < (starts[i - 1] as number)) sorted = false;
  }
  if (!sorted) order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b);
  return order;
}
