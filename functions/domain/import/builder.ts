import type { ImportWarning, Program, Role, Session } from "../../../schemas/program";
import { importLimits } from "../../../schemas/program";
import { DomainError } from "../errors";
import { tooManySessions } from "./limits";
import { overlapWarnings } from "./overlaps";
import { type DraftPerson, type PersonHandle, PersonRegistry } from "./person-registry";
import { assignSessionIds } from "./session-ids";
import { formatInstant, localDate } from "./zone";

/** Length given to a session whose end is missing or unreadable. */
export const defaultDurationMs = 30 * 60_000;

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
  people: { person: DraftPerson; role: Role }[];
  ref: string;
  line?: number;
  /** Index (from add()) of the session this one is nested in, e.g. a talk inside a panel. */
  parent?: number;
};

type Stored = { draft: DraftSession; end: number; people: { handle: PersonHandle; role: Role }[] };

export type ConferenceMeta = { title?: string; acronym?: string; venue?: string };

/** Accumulates sessions, people and warnings from one parser and produces the Program. */
export class ProgramBuilder {
  private readonly warnings: ImportWarning[] = [];
  private readonly stored: Stored[] = [];
  private readonly registry = new PersonRegistry();

  constructor(readonly timeZone: string) {}

  warn(ref: string, message: string, line?: number): void {
    const w: ImportWarning = { ref, message };
    if (line !== undefined) w.line = line;
    this.warnings.push(w);
  }

  get count(): number {
    return this.stored.length;
  }

  /** Adds a session and returns its index (usable as another session's parent). */
  add(draft: DraftSession): number {
    if (this.stored.length >= importLimits.maxSessions) throw tooManySessions();
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
    const people: Stored["people"] = [];
    for (const { person, role } of draft.people) {
      const handle = this.registry.add(person);
      if (handle && !people.some((p) => p.handle === handle && p.role === role)) {
        people.push({ handle, role });
      }
    }
    this.stored.push({ draft, end, people });
    return this.stored.length - 1;
  }

  finish(meta: ConferenceMeta): Program {
    if (this.stored.length === 0) {
      throw new DomainError(
        "import.no_sessions",
        "Found no sessions with a readable date and time",
        {
          warnings: this.warnings.slice(0, 20),
        },
      );
    }
    const zone = this.timeZone;
    const people = this.registry.finish();
    const ids = assignSessionIds(this.stored.map((s) => s.draft));
    const order = this.stored
      .map((_, i) => i)
      .sort((a, b) => this.startOf(a) - this.startOf(b) || a - b);
    const sessions: Session[] = order.map((i) =>
      this.toSession(this.stored[i] as Stored, ids[i] as string),
    );
    const overlaps = overlapWarnings(
      this.stored.map(({ draft, end }) => ({
        room: draft.room ?? "",
        start: draft.start,
        end,
        ref: draft.ref,
        line: draft.line,
        parent: draft.parent,
      })),
    );
    const first = this.startOf(order[0] as number);
    const last = this.startOf(order[order.length - 1] as number);
    const conference: Program["conference"] = {
      title: meta.title || "Imported program",
      timeZone: zone,
      startDate: localDate(first, zone),
      endDate: localDate(last, zone),
    };
    if (meta.venue) conference.venue = meta.venue;
    if (meta.acronym) conference.acronym = meta.acronym;
    return { conference, sessions, people, warnings: [...this.warnings, ...overlaps] };
  }

  private startOf(i: number): number {
    return (this.stored[i] as Stored).draft.start;
  }

  private toSession({ draft, end, people }: Stored, id: string): Session {
    const s: Session = {
      id,
      title: draft.title,
      start: formatInstant(draft.start, this.timeZone),
      end: formatInstant(end, this.timeZone),
      people: people.map((p) => ({ personId: PersonRegistry.idOf(p.handle), role: p.role })),
    };
    if (draft.room) s.room = draft.room;
    if (draft.track) s.track = draft.track;
    if (draft.kind) s.kind = draft.kind;
    if (draft.url) s.url = draft.url;
    if (draft.description) s.description = draft.description;
    return s;
  }
}
