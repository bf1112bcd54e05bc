import type Papa from "papaparse";
import { rawParsers } from "../../functions/domain/import/raw";
import type { Format } from "../../schemas/program";

/** What the least possible import builds: sessions that carry the source's fields as they are,
 * and people merged by their exact name. No ids, no zone math, no cleaning, no warnings. */
type Copied = { sessions: CopiedSession[]; people: CopiedPerson[] };
type CopiedSession = Record<string, unknown> & { people: { personId: string; role: string }[] };
type CopiedPerson = { id: string; name: string; credentials: string[]; affiliation?: string };

type Node = Record<string, unknown>;
const node = (v: unknown) => (v && typeof v === "object" ? (v as Node) : {});
const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : v === undefined ? [] : [v]);

class People {
  private readonly byName = new Map<string, CopiedPerson>();

  seat(name: unknown, role: string, affiliation?: unknown) {
    const key = String(name);
    let person = this.byName.get(key);
    if (!person) {
      person = { id: `p${this.byName.size}`, name: key, credentials: [] };
      if (typeof affiliation === "string") person.affiliation = affiliation;
      this.byName.set(key, person);
    }
    return { personId: person.id, role };
  }

  all(): CopiedPerson[] {
    return [...this.byName.values()];
  }
}

function copyIcs(text: string): Copied {
  const people = new People();
  const sessions: CopiedSession[] = [];
  const calendar = rawParsers.ics(text) as unknown[];
  for (const c of list(calendar[2])) {
    const [name, properties] = c as [string, [string, Node, string, unknown][]];
    if (name !== "vevent") continue;
    const session: CopiedSession = { people: [] };
    for (const [key, params, , value] of properties) {
      if (key === "attendee" || key === "organizer")
        session.people.push(people.seat(params.cn, "speaker"));
      else session[key] = value;
    }
    sessions.push(session);
  }
  return { sessions, people: people.all() };
}

function copyFrabEvent(e: Node, people: People, persons: unknown[], name: (p: Node) => unknown) {
  return {
    id: e.guid ?? e["@guid"],
    title: e.title,
    start: e.date,
    duration: e.duration,
    room: e.room,
    track: e.track,
    kind: e.type,
    description: e.description,
    people: persons.map((p) => people.seat(name(node(p)), "speaker")),
  };
}

function copyFrabXml(text: string): Copied {
  const people = new People();
  const sessions: CopiedSession[] = [];
  for (const day of list(node(node(rawParsers["frab-xml"](text)).schedule).day))
    for (const room of list(node(day).room))
      for (const e of list(node(room).event)) {
        const persons = list(node(node(e).persons).person);
        sessions.push(copyFrabEvent(node(e), people, persons, (p) => p["#text"]));
      }
  return { sessions, people: people.all() };
}

function copyFrabJson(text: string): Copied {
  const people = new People();
  const sessions: CopiedSession[] = [];
  const conference = node(node(node(rawParsers["frab-json"](text)).schedule).conference);
  for (const day of list(conference.days))
    for (const events of Object.values(node(node(day).rooms)))
      for (const e of list(events))
        sessions.push(copyFrabEvent(node(e), people, list(node(e).persons), (p) => p.public_name));
  return { sessions, people: people.all() };
}

function copySessionize(text: string): Copied {
  const people = new People();
  const data = node(rawParsers.sessionize(text));
  const speakers = new Map<unknown, Node>();
  for (const s of list(data.speakers)) speakers.set(node(s).id, node(s));
  const rooms = new Map<unknown, unknown>();
  for (const r of list(data.rooms)) rooms.set(node(r).id, node(r).name);
  const sessions = list(data.sessions).map((raw) => {
    const s = node(raw);
    return {
      id: s.id,
      title: s.title,
      start: s.startsAt,
      end: s.endsAt,
      room: rooms.get(s.roomId),
      description: s.description,
      people: list(s.speakers).map((id) => {
        const speaker = speakers.get(id) ?? {};
        return people.seat(speaker.fullName, "speaker", speaker.tagLine);
      }),
    };
  });
  return { sessions, people: people.all() };
}

/** Rows merge into sessions by date, start, title and room, as the sample's columns lie. */
function copyCsv(text: string): Copied {
  const people = new People();
  const sessions = new Map<string, CopiedSession>();
  const rows = (rawParsers.csv(text) as Papa.ParseResult<string[]>).data;
  for (let i = 1; i < rows.length; i++) {
    const [date, start, end, title, kind, track, room, presenter, affiliation, role] = rows[
      i
    ] as string[];
    const key = `${date}|${start}|${title}|${room}`;
    let session = sessions.get(key);
    if (!session) {
      const times = { start: `${date} ${start}`, end: `${date} ${end}` };
      session = { title, ...times, kind, track, room, people: [] };
      sessions.set(key, session);
    }
    session.people.push(people.seat(presenter, role ?? "speaker", affiliation));
  }
  return { sessions: [...sessions.values()], people: people.all() };
}

/** A floor for each format read by a library; text has none, as its raw step is our own lexer. */
export const copyFloors: Partial<Record<Format, (text: string) => Copied>> = {
  ics: copyIcs,
  "frab-xml": copyFrabXml,
  "frab-json": copyFrabJson,
  sessionize: copySessionize,
  csv: copyCsv,
};
