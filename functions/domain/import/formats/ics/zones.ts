import ICAL from "ical.js";
import { isIanaTimeZone } from "../../../../../schemas/program";
import { wallToEpoch } from "../../time/zone";
import { isComp, type JComp, propsByName, textValue } from "./jcal";
import { windowsZones } from "./windows-zones";

/** How a wall-clock time in the file becomes an instant. */
export type IcsZone =
  | { kind: "utc" }
  | { kind: "iana"; name: string }
  | { kind: "vtimezone"; tz: ICAL.Timezone };

const SAFE_RULE_KEYS = new Set([
  "freq",
  "bymonth",
  "byday",
  "bymonthday",
  "until",
  "count",
  "interval",
  "wkst",
]);

// ical.js can loop for a long time on odd VTIMEZONE rules; real zones use yearly month/weekday rules.
function hasSafeRules(comp: JComp): boolean {
  for (const sub of comp[2]) {
    if (!isComp(sub)) return false;
    for (const p of sub[1]) {
      if (p[0] !== "rrule") continue;
      const rule = p[3] as Record<string, unknown> | undefined;
      if (!rule || typeof rule !== "object" || rule.freq !== "YEARLY") return false;
      if (Object.keys(rule).some((k) => !SAFE_RULE_KEYS.has(k))) return false;
    }
  }
  return true;
}

/** The IANA name hidden in a TZID such as "/mozilla.org/20050126_1/America/New_York". */
function ianaFrom(tzid: string): string | undefined {
  const clean = tzid.replace(/^"|"$/g, "").trim();
  if (isIanaTimeZone(clean)) return clean;
  const windows = windowsZones[clean];
  if (windows) return windows;
  const parts = clean.split("/").filter((p) => p !== "");
  for (let i = Math.max(0, parts.length - 3); i < parts.length - 1; i++) {
    const tail = parts.slice(i).join("/");
    if (tail.includes("/") && isIanaTimeZone(tail)) return tail;
  }
  return undefined;
}

/** Resolves TZIDs: a known IANA name always wins over the file's own VTIMEZONE rules. */
export class ZoneResolver {
  private readonly cache = new Map<string, IcsZone | null>();

  constructor(
    private readonly vtimezones: Map<string, JComp>,
    readonly floating: IcsZone,
  ) {}

  /** The zone for a TZID, or null when it cannot be resolved (the caller warns). */
  resolve(tzid: string): IcsZone | null {
    let zone = this.cache.get(tzid);
    if (zone !== undefined) return zone;
    const iana = ianaFrom(tzid);
    zone = iana ? { kind: "iana", name: iana } : this.fromVtimezone(tzid);
    this.cache.set(tzid, zone);
    return zone;
  }

  private fromVtimezone(tzid: string): IcsZone | null {
    const comp = this.vtimezones.get(tzid);
    if (!comp) return null;
    const location = textValue(propsByName(comp), "x-lic-location");
    if (location && isIanaTimeZone(location)) return { kind: "iana", name: location };
    if (!hasSafeRules(comp)) return null;
    try {
      const tz = new ICAL.Timezone(new ICAL.Component(comp));
      // ical.js reads a zone's rules only when first asked for an offset, and throws then on a
      // broken one; asking now turns such a zone into an unresolved one, which the caller warns of.
      tz.utcOffset(ICAL.Time.fromData({ year: 2000, month: 1, day: 1, isDate: false }));
      return { kind: "vtimezone", tz };
    } catch {
      return null;
    }
  }
}

/** Instant of a wall-clock time (expressed as UTC ms) in a zone. */
export function zoneEpoch(zone: IcsZone, wall: number): number {
  if (zone.kind === "utc") return wall;
  if (zone.kind === "iana") return wallToEpoch(zone.name, wall);
  const d = new Date(wall);
  const t = ICAL.Time.fromData(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      isDate: false,
    },
    zone.tz,
  );
  return t.toUnixTime() * 1000;
}
