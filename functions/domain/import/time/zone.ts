const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Cached hours per zone before a cache is emptied; a program spans a few hundred at most.
const MAX_HOURS = 50_000;

// Offsets come from one Intl.DateTimeFormat per zone, asked only when an hour is first seen;
// Temporal's polyfill costs ~70 µs per lookup, and programs ask for the same hours thousands of
// times. NaN marks an hour with a transition inside, which is worked out per call instead.
type ZoneState = {
  format: Intl.DateTimeFormat;
  /** UTC hour -> offset (ms) throughout that hour. */
  instantHours: Map<number, number>;
  /** Local wall-clock hour -> the offset to subtract for any wall time in it. */
  wallHours: Map<number, number>;
};

const zones = new Map<string, ZoneState>();
let lastName = "";
let last: ZoneState | undefined;

function stateOf(zone: string): ZoneState {
  if (zone === lastName && last) return last;
  let state = zones.get(zone);
  if (!state) {
    state = {
      format: new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      }),
      instantHours: new Map(),
      wallHours: new Map(),
    };
    zones.set(zone, state);
  }
  lastName = zone;
  last = state;
  return state;
}

function exactOffset(state: ZoneState, ms: number): number {
  const at = Math.floor(ms / SECOND) * SECOND;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of state.format.formatToParts(at)) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        hour = Number(part.value) % 24;
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
    }
  }
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime() - at;
}

function remember(cache: Map<number, number>, key: number, value: number): void {
  if (cache.size >= MAX_HOURS) cache.clear();
  cache.set(key, value);
}

function instantOffset(state: ZoneState, ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let offset = state.instantHours.get(hour);
  if (offset === undefined) {
    const first = exactOffset(state, hour * HOUR);
    offset = first === exactOffset(state, hour * HOUR + HOUR - 1) ? first : Number.NaN;
    remember(state.instantHours, hour, offset);
  }
  return Number.isNaN(offset) ? exactOffset(state, ms) : offset;
}

/** UTC offset in milliseconds of an IANA zone at an instant. */
export function offsetAt(zone: string, ms: number): number {
  return zone === "UTC" ? 0 : instantOffset(stateOf(zone), ms);
}

// Around one transition with offsets `before` and `after`, Temporal's "compatible" reading of a
// wall time w is w - after once w - max(before, after) falls after the transition, else
// w - before: a repeated time takes the earlier instant, a skipped time moves forward.
function wallHourOffset(state: ZoneState, hour: number): number {
  const start = hour * HOUR;
  const end = start + HOUR - 1;
  const before = instantOffset(state, start - DAY);
  const after = instantOffset(state, end + DAY);
  if (before === after) {
    return instantOffset(state, start - before) === before &&
      instantOffset(state, end - before) === before
      ? before
      : Number.NaN;
  }
  const most = Math.max(before, after);
  if (instantOffset(state, end - most) !== after) return before;
  if (instantOffset(state, start - most) === after) return after;
  return Number.NaN;
}

function exactWallToEpoch(state: ZoneState, wall: number): number {
  const before = instantOffset(state, wall - DAY);
  const after = instantOffset(state, wall + DAY);
  if (before === after) return wall - before;
  return instantOffset(state, wall - Math.max(before, after)) === after
    ? wall - after
    : wall - before;
}

/** Epoch ms of a wall-clock time in a zone. Nonexistent or repeated times (DST changes) resolve
 * like Temporal's "compatible": a skipped time moves forward, a repeated time takes the earlier. */
export function wallToEpoch(zone: string, wallMs: number): number {
  if (zone === "UTC") return wallMs;
  const state = stateOf(zone);
  const hour = Math.floor(wallMs / HOUR);
  let offset = state.wallHours.get(hour);
  if (offset === undefined) {
    offset = wallHourOffset(state, hour);
    remember(state.wallHours, hour, offset);
  }
  return Number.isNaN(offset) ? exactWallToEpoch(state, wallMs) : wallMs - offset;
}

const PAD = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

function two(n: number): string {
  return PAD[n] ?? String(n);
}

function offsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${sign}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** YYYY-MM-DDTHH:MM:SS of a wall-clock time given as UTC ms (arithmetic, no Date object). */
function wallText(wall: number): string {
  const days = Math.floor(wall / DAY);
  const rest = Math.floor((wall - days * DAY) / SECOND);
  // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999) return new Date(wall).toISOString().slice(0, -5);
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  return `${year}-${two(month)}-${two(day)}T${two(h)}:${two(m)}:${two(rest % 60)}`;
}

/** ISO 8601 instant with the zone's offset, e.g. 2026-05-14T08:00:00-04:00. */
export function formatInstant(ms: number, zone: string): string {
  const offset = offsetAt(zone, ms);
  return wallText(ms + offset) + offsetText(offset);
}

/** YYYY-MM-DD of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  return formatInstant(ms, zone).slice(0, 10);
}
