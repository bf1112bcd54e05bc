/** Most occurrences one recurring event may produce; a program rarely repeats a session more. */
export const maxOccurrences = 100;
// Candidate days/weeks examined per rule, so a rule that never matches still ends quickly.
const maxSteps = 2000;

const DAY = 86_400_000;
const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const SUPPORTED = new Set(["freq", "count", "until", "interval", "byday", "wkst"]);

export type Rule = {
  freq: string;
  count?: number;
  until?: string;
  interval: number;
  byday?: number[];
};
export type Expansion = { walls: number[]; capped: boolean; unsupported?: string };

/** Reads the jCal recur object ical.js produced; unsupported parts are named for a warning. */
export function readRule(value: unknown): Rule | { unsupported: string } {
  if (!value || typeof value !== "object") return { unsupported: "unreadable rule" };
  const r = value as Record<string, unknown>;
  const freq = typeof r.freq === "string" ? r.freq.toUpperCase() : "";
  const extra = Object.keys(r).filter((k) => !SUPPORTED.has(k));
  if (!["DAILY", "WEEKLY", "MONTHLY", "YEARLY"].includes(freq))
    return { unsupported: `FREQ=${freq || "?"}` };
  if (extra.length > 0) return { unsupported: extra.map((k) => k.toUpperCase()).join(", ") };
  const byday =
    r.byday === undefined
      ? undefined
      : ([] as unknown[]).concat(r.byday).map((d) => WEEKDAYS.indexOf(String(d)));
  if (byday?.some((d) => d < 0)) return { unsupported: "BYDAY with ordinals" };
  if (byday && freq !== "DAILY" && freq !== "WEEKLY")
    return { unsupported: `BYDAY with FREQ=${freq}` };
  const interval = Math.max(1, Math.min(1000, Number(r.interval ?? 1) || 1));
  const rule: Rule = { freq, interval };
  if (typeof r.count === "number" && r.count > 0) rule.count = r.count;
  if (typeof r.until === "string") rule.until = r.until;
  if (byday) rule.byday = byday;
  return rule;
}

function step(wall: number, freq: string, n: number): number {
  const d = new Date(wall);
  if (freq === "DAILY") return wall + n * DAY;
  if (freq === "WEEKLY") return wall + n * 7 * DAY;
  if (freq === "MONTHLY") d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.getTime();
}

/** Wall-clock starts of a rule's occurrences (the first is DTSTART itself), stopping at COUNT,
 * at `untilWall` (the caller converts UNTIL) or at maxOccurrences, which sets `capped`. */
export function expand(rule: Rule, startWall: number, untilWall: number | undefined): Expansion {
  const walls: number[] = [];
  const limit = Math.min(rule.count ?? Number.POSITIVE_INFINITY, maxOccurrences + 1);
  const dayOfMonth = new Date(startWall).getUTCDate();
  for (let i = 0; i < maxSteps && walls.length < limit; i++) {
    const base = step(startWall, rule.freq, i * rule.interval);
    if (untilWall !== undefined && base > untilWall + (rule.byday ? 7 * DAY : 0)) break;
    // Monthly/yearly rules skip months without the start's day (e.g. the 31st), as RFC 5545 says.
    if (
      (rule.freq === "MONTHLY" || rule.freq === "YEARLY") &&
      new Date(base).getUTCDate() !== dayOfMonth
    )
      continue;
    const candidates = rule.byday ? weekCandidates(base, rule, startWall) : [base];
    for (const w of candidates) {
      if (walls.length >= limit || (untilWall !== undefined && w > untilWall)) break;
      walls.push(w);
    }
  }
  const capped = walls.length > maxOccurrences;
  return { walls: capped ? walls.slice(0, maxOccurrences) : walls, capped };
}

function weekCandidates(base: number, rule: Rule, startWall: number): number[] {
  const days = rule.byday ?? [];
  if (rule.freq === "DAILY") return days.includes(new Date(base).getUTCDay()) ? [base] : [];
  // WEEKLY: the listed weekdays among the seven days from this period's start, never before DTSTART.
  const out: number[] = [];
  for (let k = 0; k < 7; k++) {
    const w = base + k * DAY;
    if (w >= startWall && days.includes(new Date(w).getUTCDay())) out.push(w);
  }
  return out;
}
