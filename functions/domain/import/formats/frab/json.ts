import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, pickZone } from "../../common/context";
import { type Obj, obj, readJson, str } from "../../common/json";
import { cleanOptional, decodedOptional, decodedText } from "../../common/normalize";
import { ProgramBuilder } from "../../program/builder";
import { addFrabEvent, type FrabEvent } from "./event";

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

/** frab-style schedule JSON (pretalx export, c3voc schema): schedule.conference.days[].rooms. */
export function parseFrabJson(text: string, ctx: ParseContext): ParseOutput {
  const root = obj(readJson(text, ctx));
  const conf = obj(obj(root.schedule).conference ?? root.conference);
  if (!Array.isArray(conf.days)) {
    throw new DomainError(
      "import.unknown_format",
      "This JSON has no schedule.conference.days list",
    );
  }
  const warnings: string[] = [];
  const zone = pickZone(cleanOptional(str(conf.time_zone_name)), ctx, (m) => warnings.push(m));
  const b = new ProgramBuilder(zone);
  for (const w of warnings) b.warn("conference", w);
  let n = 0;
  for (const rawDay of conf.days) {
    const day = obj(rawDay);
    const info = { date: str(day.date), dayStart: str(day.day_start) };
    for (const [roomName, events] of Object.entries(obj(day.rooms))) {
      if (!Array.isArray(events)) continue;
      for (const e of events) {
        n++;
        const ev = eventOf(obj(e));
        addFrabEvent(
          b,
          ev,
          info,
          `event ${n}${ev.id ? ` (id ${ev.id})` : ""}`,
          decodedOptional(roomName),
        );
      }
    }
  }
  return {
    program: b.finish({
      title: decodedText(str(conf.title)),
      acronym: decodedOptional(str(conf.acronym)),
      venue: decodedOptional(str(conf.venue)),
    }),
  };
}
