import { Temporal } from "temporal-polyfill";

/** The instant of a wall-clock hour on a date in a zone. An hour that a DST jump skips moves
 * forward by the jump (02:00 on a spring-forward night is 03:00), and an hour that happens
 * twice is its first time: Temporal's "compatible" disambiguation. */
export const atHour = (date: Temporal.PlainDate, hour: number, timeZone: string) =>
  date.toZonedDateTime({ timeZone, plainTime: new Temporal.PlainTime(hour) }).toInstant();

/** The calendar date an instant falls on in a zone. */
export const dateIn = (instant: Temporal.Instant, timeZone: string) =>
  instant.toZonedDateTimeISO(timeZone).toPlainDate();

export const instantOf = (iso: string) => Temporal.Instant.from(iso);

/** The same text `Date.prototype.toISOString` writes, which the rest of the app stores and
 * compares as text. */
export const isoText = (instant: Temporal.Instant) =>
  instant.toString({ fractionalSecondDigits: 3 });
