import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, pickZone } from "../../common/context";
import { type Obj, obj, readJson, str } from "../../common/json";
import { cleanOptional, decodedOptional, decodedText } from "../../common/normalize";
import { ProgramBuilder } from "../../program/builder";
import { addFrabEvent, type FrabDay, type FrabEvent } from "./event";

function personsOf(e: Obj): FrabEvent["persons"] {
  if (!Array.isArray(e.persons)) return [];
  const persons: FrabEvent["persons"] = [];
  for (const raw of e.persons) {
    const p = obj(raw);
    persons.push({ name: p.public_name ?? p.name ?? p.full_public_name, bio: p.biography });
  }
  return persons;
}

function eventOf(e: Obj): FrabEvent {
  return {
    id: str(e.id),
    guid: str(e.guid),
    title: e.title,
    subtitle: e.subtitle,
    date: e.date,
    start: e.start,
    duration: e.duration,
    room: e.room,
    track: e.track,
    type: e.type,
    abstract: e.abstract,
    description: e.description,
    url: e.url,
    persons: personsOf(e),
  };
}

type Placed = { ev: FrabEvent; day: FrabDay; room: string | undefined };

type Read = {
  conf: { title?: string; acronym?: string; venue?: string; zone?: string };
  events: Placed[];
};

/** The parts of the JSON the import uses, copied out so that the rest of the parsed tree is
 * garbage before the program is built. */
function readSchedule(text: string, ctx: ParseContext): Read {
  const root = obj(readJson(text, ctx));
  const conf = obj(obj(root.schedule).conference ?? root.conference);
  if (!Array.isArray(conf.days)) {
    throw new DomainError(
      "import.unknown_format",
      "This JSON has no schedule.conference.days list",
    );
  }
  const events: Read["events"] = [];
  for (const rawDay of conf.days) {
    const d = obj(rawDay);
    const day = { date: str(d.date), dayStart: str(d.day_start) };
    for (const [roomName, list] of Object.entries(obj(d.rooms))) {
      if (!Array.isArray(list)) continue;
      const room = decodedOptional(roomName);
      for (const e of list) events.push({ ev: eventOf(obj(e)), day, room });
    }
  }
  return {
    conf: {
      title: str(conf.title),
      acronym: str(conf.acronym),
      venue: str(conf.venue),
      zone: str(conf.time_zone_name),
    },
    events,
  };
}

/** frab-style schedule JSON (pretalx export, c3voc schema): schedule.conference.days[].rooms. */
export function parseFrabJson(text: string, ctx: ParseContext): ParseOutput {
  const { conf, events } = readSchedule(text, ctx);
  const warnings: string[] = [];
  const zone = pickZone(cleanOptional(conf.zone), ctx, (m) => warnings.push(m));
  const b = new ProgramBuilder(zone);
  for (const w of warnings) b.warn("conference", w);
  for (let k = 0; k < events.length; k++) {
    const { ev, day, room } = events[k] as Placed;
    addFrabEvent(b, ev, day, `event ${k + 1}${ev.id ? ` (id ${ev.id})` : ""}`, room);
  }
  return {
    program: b.finish({
      title: decodedText(conf.title),
      acronym: decodedOptional(conf.acronym),
      venue: decodedOptional(conf.venue),
    }),
  };
}
