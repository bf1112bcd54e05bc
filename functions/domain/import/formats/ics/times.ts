import { parseIsoDateTime } from "../../time/wall";
import { type JProp, paramsOf, paramText } from "./jcal";
import { type IcsZone, type ZoneResolver, zoneEpoch } from "./zones";

export type IcsTime = { epoch: number; wall: number; zone: IcsZone; allDay: boolean };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const UTC: IcsZone = { kind: "utc" };

/** Reads DTSTART/DTEND/EXDATE-style values; `onUnknownZone` hears TZIDs that could not be resolved
 * (those times are read in the floating zone). */
export class TimeReader {
  constructor(
    private readonly resolver: ZoneResolver,
    private readonly onUnknownZone: (tzid: string) => void,
    private readonly onFloating: () => void,
  ) {}

  private lastTzid: string | undefined;
  private lastZone: IcsZone | null = null;

  // Files name one or two TZIDs thousands of times over.
  private resolve(tzid: string): IcsZone | null {
    if (tzid !== this.lastTzid) {
      this.lastTzid = tzid;
      this.lastZone = this.resolver.resolve(tzid);
    }
    return this.lastZone;
  }

  read(prop: JProp | undefined, value: unknown = prop?.[3]): IcsTime | undefined {
    if (!prop || typeof value !== "string") return undefined;
    const allDay = prop[2] === "date" || (value.length === 10 && DATE_ONLY.test(value));
    const parsed = parseIsoDateTime(allDay ? `${value}T00:00` : value);
    if (!parsed) return undefined;
    let zone: IcsZone;
    if (parsed.offsetMs !== undefined) {
      return {
        epoch: parsed.wall - parsed.offsetMs,
        wall: parsed.wall,
        zone: UTC,
        allDay,
      };
    }
    const tzid = allDay ? undefined : paramText(paramsOf(prop).tzid);
    if (tzid) {
      const resolved = this.resolve(tzid);
      if (!resolved) this.onUnknownZone(tzid);
      zone = resolved ?? this.resolver.floating;
    } else {
      if (!allDay) this.onFloating();
      zone = this.resolver.floating;
    }
    return { epoch: zoneEpoch(zone, parsed.wall), wall: parsed.wall, zone, allDay };
  }

  /** All values of all properties of one name (EXDATE and RDATE may repeat and list several). */
  readAll(props: JProp[] | undefined): IcsTime[] {
    const out: IcsTime[] = [];
    for (const p of props ?? []) {
      for (const v of p.slice(3)) {
        const t = this.read(p, v);
        if (t) out.push(t);
      }
    }
    return out;
  }
}
