import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, pickZone } from "../../common/context";
import { decodeXmlEntities } from "../../common/entities";
import { decodedOptional, decodedText } from "../../common/normalize";
import { ProgramBuilder } from "../../program/builder";
import { addFrabEvent, type FrabEvent } from "./event";
import { parseXmlRaw } from "./raw";
import { defectWarning, scanXml, unreadableDefect, type XmlDefect } from "./scan";

type Node = Record<string, unknown>;

/** A value's text: trimmed, XML's references decoded (the parser leaves them in place) except
 * inside CDATA sections, which are taken as written. */
function text(v: unknown): string | undefined {
  if (typeof v === "string") return xmlText(v);
  if (v && typeof v === "object" && "#text" in v) return xmlText(String((v as Node)["#text"]));
  return undefined;
}

const CDATA = "<![CDATA[";

function xmlText(raw: string): string {
  const value = raw.trim();
  let open = value.indexOf(CDATA);
  if (open < 0) return decodeXmlEntities(value);
  let out = "";
  let from = 0;
  while (open >= 0) {
    const close = value.indexOf("]]>", open + CDATA.length);
    if (close < 0) break;
    out += decodeXmlEntities(value.slice(from, open)) + value.slice(open + CDATA.length, close);
    from = close + 3;
    open = value.indexOf(CDATA, from);
  }
  return out + decodeXmlEntities(value.slice(from));
}

function asNode(v: unknown): Node {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Node) : {};
}

function asArray(v: unknown): Node[] {
  return Array.isArray(v) ? v.map(asNode) : [];
}

function readXml(xml: string, defect: XmlDefect | undefined): Node {
  try {
    return asNode(parseXmlRaw(xml));
  } catch (e) {
    if (defect) throw unreadableDefect(defect);
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError("import.unreadable", `This looks like XML but could not be read: ${why}`);
  }
}

function eventOf(e: Node): FrabEvent {
  const raw = asNode(e.persons).person;
  const persons = Array.isArray(raw) ? raw.map((p) => ({ name: text(p) ?? "" })) : [];
  return {
    id: text(e["@id"]),
    guid: text(e["@guid"]),
    title: text(e.title),
    subtitle: text(e.subtitle),
    date: text(e.date),
    start: text(e.start),
    duration: text(e.duration),
    room: text(e.room),
    track: text(e.track),
    type: text(e.type),
    abstract: text(e.abstract),
    description: text(e.description),
    url: text(e.url),
    persons,
  };
}

/** frab / Pentabarf schedule XML: schedule > day > room > event, times with offsets. */
export function parseFrabXml(xml: string, ctx: ParseContext): ParseOutput {
  const defect = scanXml(xml);
  const schedule = asNode(readXml(defect?.readable ?? xml, defect).schedule);
  const days = asArray(schedule.day);
  if (!("day" in schedule) && !("conference" in schedule)) {
    throw new DomainError(
      "import.unknown_format",
      "This XML is not a frab/Pentabarf schedule (no <schedule> with <day> entries)",
    );
  }
  const conf = asNode(schedule.conference);
  const warnings: string[] = [];
  const zone = pickZone(decodedOptional(text(conf.time_zone_name)), ctx, (m) => warnings.push(m));
  const b = new ProgramBuilder(zone);
  if (defect) b.warn("file", defectWarning(defect));
  for (const w of warnings) b.warn("conference", w);
  let n = 0;
  for (const day of days) {
    const dayInfo = { date: text(day["@date"]), dayStart: text(day["@start"]) };
    for (const room of asArray(day.room)) {
      const roomName = decodedOptional(text(room["@name"]));
      for (const e of asArray(room.event)) {
        n++;
        const ev = eventOf(e);
        addFrabEvent(b, ev, dayInfo, `event ${n}${ev.id ? ` (id ${ev.id})` : ""}`, roomName);
      }
    }
  }
  if (defect && b.count === 0) throw unreadableDefect(defect);
  return {
    program: b.finish({
      title: decodedText(text(conf.title)),
      acronym: decodedOptional(text(conf.acronym)),
      venue: decodedOptional(text(conf.venue)),
    }),
  };
}
