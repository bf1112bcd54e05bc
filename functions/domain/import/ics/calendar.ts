import { DomainError } from "../../errors";
import { parseIcalRaw } from "../raw";
import { isComp, type JComp, propsByName, textValue } from "./jcal";

export type Calendar = {
  events: JComp[];
  vtimezones: Map<string, JComp>;
  name?: string;
  zone?: string;
};

function readJcal(text: string): JComp[] {
  let parsed: unknown;
  try {
    parsed = parseIcalRaw(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError(
      "import.unreadable",
      `This looks like iCalendar but could not be read: ${why}`,
    );
  }
  if (isComp(parsed)) return [parsed];
  return Array.isArray(parsed) ? parsed.filter(isComp) : [];
}

/** The events, time zones and calendar-level name/zone of one or more VCALENDARs. */
export function readCalendar(text: string): Calendar {
  const cal: Calendar = { events: [], vtimezones: new Map() };
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
  // Files converted twice end lines with "\r\r\n", which ical.js reads as blank content lines.
  const body = text.includes("\r\r") ? text.replace(/\r+\n?/g, "\n") : text;
  for (const root of readJcal(body)) visit(root);
  if (cal.events.length === 0) {
    throw new DomainError(
      "import.unreadable",
      "This looks like iCalendar but has no VEVENT entries",
    );
  }
  return cal;
}
