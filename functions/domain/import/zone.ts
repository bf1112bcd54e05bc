import { Temporal } from "temporal-polyfill";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Temporal's polyfill costs ~70 µs per zone lookup, so offsets are cached per UTC day when the
// day has no transition, else per hour; exact lookups only happen inside transition hours.
const dayCache = new Map<string, Map<number, number | null>>();
const hourCache = new Map<string, Map<number, number | null>>();

function exactOffset(zone: string, ms: number): number {
  return (
    Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6
  );
}

function bucketOffset(
  cache: Map<string, Map<number, number | null>>,
  zone: string,
  ms: number,
  size: number,
): number | null {
  let perZone = cache.get(zone);
  if (!perZone) {
    perZone = new Map();
    cache.set(zone, perZone);
  }
  const bucket = Math.floor(ms / size);
  let value = perZone.get(bucket);
  if (value === undefined) {
    const first = exactOffset(zone, bucket * size);
    value = first === exactOffset(zone, bucket * size + size - 1) ? first : null;
    if (perZone.size > 50_000) perZone.clear();
    perZone.set(bucket, value);
  }
  return value;
}

/** UTC offset in milliseconds of an IANA zone at an instant. */
export function offsetAt(zone: string, ms: number): number {
  if (zone === "UTC") return 0;
  const perDay = bucketOffset(dayCache, zone, ms, DAY);
  if (perDay !== null) return perDay;
  const perHour = bucketOffset(hourCache, zone, ms, HOUR);
  return perHour ?? exactOffset(zone, ms);
}

/** Epoch ms of a wall-clock time in a zone. Nonexistent or repeated times (DST changes) resolve
 * like Temporal's "compatible": a skipped time moves forward, a repeated time takes the earlier. */
export function wallToEpoch(zone: string, wallMs: number): number {
  const before = offsetAt(zone, wallMs - DAY);
  const after = offsetAt(zone, wallMs + DAY);
  if (before === after && offsetAt(zone, wallMs) === before) return wallMs - before;
  const d = new Date(wallMs);
  return Temporal.PlainDateTime.from({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }).toZonedDateTime(zone, { disambiguation: "compatible" }).epochMilliseconds;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function offsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${sign}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

const formatted = new Map<string, Map<number, string>>();

/** ISO 8601 instant with the zone's offset, e.g. 2026-05-14T08:00:00-04:00. */
export function formatInstant(ms: number, zone: string): string {
  let perZone = formatted.get(zone);
  if (!perZone) {
    perZone = new Map();
    formatted.set(zone, perZone);
  }
  let text = perZone.get(ms);
  if (text === undefined) {
    text = formatUncached(ms, zone);
    if (perZone.size > 50_000) perZone.clear();
    perZone.set(ms, text);
  }
  return text;
}

function formatUncached(ms: number, zone: string): string {
  const offset = offsetAt(zone, ms);
  const local = new Date(ms + offset).toISOString();
  return `${local.slice(0, 19)}${offsetText(offset)}`;
}

/** YYYY-MM-DD of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  return formatInstant(ms, zone).slice(0, 10);
}
