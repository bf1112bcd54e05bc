/** jCal (RFC 7265) as ICAL.parse returns it: [name, properties, components]. */
export type JProp = [string, Record<string, unknown>, string, ...unknown[]];
export type JComp = [string, JProp[], JComp[]];

export function isComp(v: unknown): v is JComp {
  return Array.isArray(v) && typeof v[0] === "string" && Array.isArray(v[1]) && Array.isArray(v[2]);
}

/** Properties of a component grouped by name (one pass, so each event costs O(properties)). */
export function propsByName(comp: JComp): Map<string, JProp[]> {
  const map = new Map<string, JProp[]>();
  for (const p of comp[1]) {
    if (!Array.isArray(p) || typeof p[0] !== "string") continue;
    const list = map.get(p[0]);
    if (list) list.push(p);
    else map.set(p[0], [p]);
  }
  return map;
}

export function firstValue(props: Map<string, JProp[]>, name: string): unknown {
  return props.get(name)?.[0]?.[3];
}

export function textValue(props: Map<string, JProp[]>, name: string): string | undefined {
  const v = firstValue(props, name);
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
}

/** The parameters a reader looks at, as ical.js gives them: a text, or a list of texts. */
export type Params = { tzid?: unknown; cn?: unknown; role?: unknown; cutype?: unknown };

/** A property's parameters, read by name where they are used: each such place sees the one or
 * two shapes its property's parameters come in, where a lookup by a name passed in would see
 * every shape of every property, and be several times slower. */
export function paramsOf(prop: JProp): Params {
  return (prop[1] ?? {}) as Params;
}

/** A parameter's text (the first, when it lists several). */
export function paramText(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (Array.isArray(v) && typeof v[0] === "string") return v[0];
  return undefined;
}

export function values(prop: JProp): unknown[] {
  return prop.slice(3);
}

/** The properties an event reader uses, gathered in one pass (the first of each single one). */
export type EventProps = {
  uid?: JProp;
  status?: JProp;
  dtstart?: JProp;
  dtend?: JProp;
  duration?: JProp;
  summary?: JProp;
  description?: JProp;
  location?: JProp;
  url?: JProp;
  rrule?: JProp;
  recurrenceId?: JProp;
  categories?: JProp[];
  organizer?: JProp[];
  attendee?: JProp[];
  rdate?: JProp[];
  exdate?: JProp[];
};

/** Counts the TZIDs of DTSTARTs, for picking the calendar's zone; runs of one TZID (the usual
 * file) are counted without a lookup each. */
export class ZoneTally {
  readonly counts = new Map<string, number>();
  private last: string | undefined;
  private pending = 0;

  add(tzid: string): void {
    if (tzid === this.last) {
      this.pending++;
      return;
    }
    this.flush();
    this.last = tzid;
    this.pending = 1;
  }

  flush(): Map<string, number> {
    if (this.last !== undefined && this.pending > 0) {
      this.counts.set(this.last, (this.counts.get(this.last) ?? 0) + this.pending);
    }
    this.pending = 0;
    return this.counts;
  }
}

function more(list: JProp[] | undefined, p: JProp): JProp[] {
  if (!list) return [p];
  list.push(p);
  return list;
}

export function eventProps(comp: JComp, zones: ZoneTally): EventProps {
  const e: EventProps = {};
  for (const p of comp[1]) {
    if (!Array.isArray(p) || typeof p[0] !== "string") continue;
    switch (p[0]) {
      case "uid":
        e.uid ??= p;
        break;
      case "status":
        e.status ??= p;
        break;
      case "dtstart": {
        e.dtstart ??= p;
        const tzid = paramText(paramsOf(p).tzid);
        if (tzid) zones.add(tzid);
        break;
      }
      case "dtend":
        e.dtend ??= p;
        break;
      case "duration":
        e.duration ??= p;
        break;
      case "summary":
        e.summary ??= p;
        break;
      case "description":
        e.description ??= p;
        break;
      case "location":
        e.location ??= p;
        break;
      case "url":
        e.url ??= p;
        break;
      case "rrule":
        e.rrule ??= p;
        break;
      case "recurrence-id":
        e.recurrenceId ??= p;
        break;
      case "categories":
        e.categories = more(e.categories, p);
        break;
      case "organizer":
        e.organizer = more(e.organizer, p);
        break;
      case "attendee":
        e.attendee = more(e.attendee, p);
        break;
      case "rdate":
        e.rdate = more(e.rdate, p);
        break;
      case "exdate":
        e.exdate = more(e.exdate, p);
        break;
    }
  }
  return e;
}

/** The text of a property's first value (numbers as text). */
export function propText(p: JProp | undefined): string | undefined {
  const v = p?.[3];
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
}
