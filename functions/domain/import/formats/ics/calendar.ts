import { formatLabels } from "../../../../../schemas/program";
import { DomainError } from "../../../errors";
import { boundContentLines, type DroppedLine } from "./content-lines";
import { isComp, type JComp, propsByName, textValue } from "./jcal";
import { explainIcalProblem } from "./problems";
import { parseIcalRaw } from "./raw";

/** A VEVENT ical.js could not read; it keeps its place so later events keep their numbers. */
export type UnreadableEvent = { line: number; why: string };

export type Calendar = {
  events: (JComp | UnreadableEvent)[];
  /** Content lines left out before parsing, with why. */
  dropped: DroppedLine[];
  /** The file stops before the END:VCALENDAR its first line opens. */
  cutOff: boolean;
  vtimezones: Map<string, JComp>;
  name?: string;
  zone?: string;
  /** Why the lines outside events (name, zone, VTIMEZONEs) could not be read, if they could not. */
  headerUnreadable?: string;
};

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function readJcal(text: string): JComp[] {
  const parsed: unknown = parseIcalRaw(text);
  if (isComp(parsed)) return [parsed];
  return Array.isArray(parsed) ? parsed.filter(isComp) : [];
}

const CALENDAR_START = /^\s*BEGIN:VCALENDAR/i;
const CALENDAR_END = /END:VCALENDAR\s*$/i;

/** A calendar that begins with BEGIN:VCALENDAR but does not end with END:VCALENDAR. */
function endsEarly(text: string): boolean {
  return CALENDAR_START.test(text.slice(0, 100)) && !CALENDAR_END.test(text.slice(-100));
}

/** The warning for a calendar that stops early but still gave events. */
export const cutOffWarning =
  "The file looks cut off: it stops before END:VCALENDAR. Events after the cut are missing and the last one read may be incomplete; download or export the file again.";

function cutOffError(): DomainError {
  return new DomainError(
    "import.cut_off",
    "The file looks cut off: it stops before END:VCALENDAR, and no event could be read from it. Download or export the file again.",
  );
}

function unreadable(e: unknown, text: string): DomainError {
  if (e instanceof DomainError) return e;
  // ical.js throws TypeErrors on text that is not iCalendar at all (JSON, say); their
  // messages describe its internals, not the file.
  if (e instanceof TypeError || e instanceof ReferenceError) {
    return new DomainError(
      "import.unreadable",
      `The file could not be read as ${formatLabels.ics}. Check that the format is right, or choose “Detect from the content”.`,
    );
  }
  return new DomainError(
    "import.unreadable",
    `This calendar cannot be read: ${explainIcalProblem(messageOf(e), text.split("\n"), 1, "the calendar")}. Fix the file there, or export the calendar again.`,
  );
}

type Block = { line: number; lines: string[] };

const EDGE = /^(BEGIN|END):(VCALENDAR|VEVENT)\s*$/i;

/** The VEVENT blocks of a calendar, and every other line (calendar properties and VTIMEZONEs,
 * wherever they sit). A block cut short by another event, the calendar's end or the end of the
 * file is left without its END:VEVENT, so it fails on its own. */
function splitEvents(text: string): { header: string[]; events: Block[] } {
  const header: string[] = [];
  const events: Block[] = [];
  let open: Block | undefined;
  text.split("\n").forEach((line, i) => {
    const edge = EDGE.exec(line);
    const kind = edge ? `${edge[1]}:${edge[2]}`.toUpperCase() : undefined;
    if (kind === "BEGIN:VEVENT") {
      open = { line: i + 1, lines: [line] };
      events.push(open);
    } else if (open && kind === "END:VEVENT") {
      open.lines.push(line);
      open = undefined;
    } else if (edge) {
      // The header gets one VCALENDAR of its own; a stray END:VEVENT means nothing.
      open = undefined;
    } else (open?.lines ?? header).push(line);
  });
  return { header, events };
}

/** Reads what it can of a calendar the whole-file parse refused: the header, then each event on
 * its own (ical.js needs no VCALENDAR around a VEVENT, and zones resolve from the header's
 * VTIMEZONEs). Throws the whole-file error if no event can be read. */
function recover(text: string, failure: unknown, visit: (comp: JComp) => void, cal: Calendar) {
  const { header, events } = splitEvents(text);
  try {
    for (const root of readJcal(["BEGIN:VCALENDAR", ...header, "END:VCALENDAR"].join("\n"))) {
      visit(root);
    }
  } catch (e) {
    cal.headerUnreadable = explainIcalProblem(messageOf(e), text.split("\n"), 1, "the calendar");
  }
  for (const block of events) {
    try {
      for (const root of readJcal(block.lines.join("\n"))) visit(root);
    } catch (e) {
      cal.events.push({
        line: block.line,
        why: explainIcalProblem(messageOf(e), block.lines, block.line, "the event"),
      });
    }
  }
  if (!cal.events.some(isComp)) throw unreadable(failure, text);
}

/** The events, time zones and calendar-level name/zone of one or more VCALENDARs. */
export function readCalendar(text: string): Calendar {
  // Files converted twice end lines with "\r\r\n", which ical.js reads as blank content lines.
  const normalized = text.includes("\r\r") ? text.replace(/\r+\n?/g, "\n") : text;
  const { text: body, dropped } = boundContentLines(normalized);
  const cal: Calendar = { events: [], vtimezones: new Map(), dropped, cutOff: endsEarly(body) };
  const visit = (comp: JComp) => {
    if (comp[0] === "vevent") cal.events.push(comp);
    else if (comp[0] === "vtimezone") {
      const tzid = textValue(propsByName(comp), "tzid");
      if (tzid) cal.vtimezones.set(tzid, comp);
    } else if (comp[0] === "vcalendar") {
      const props = propsByName(comp);
      cal.name ??= textValue(props, "x-wr-calname");
      cal.zone ??= textValue(props, "x-wr-timezone");
      for (const sub of comp[2]) if (isComp(sub)) visit(sub);
    }
  };
  try {
    for (const root of readJcal(body)) visit(root);
  } catch (e) {
    // Only once the whole file fails, so a valid file is still parsed once.
    recover(body, cal.cutOff ? cutOffError() : e, visit, cal);
  }
  if (cal.events.length === 0) {
    if (cal.cutOff) throw cutOffError();
    throw new DomainError(
      "import.unreadable",
      "This looks like iCalendar but has no VEVENT entries",
    );
  }
  return cal;
}
