import { weekdayNames, weekdayOf } from "./weekdays";

/** A day header that names no year; `weekday` when the header names one (0 is Sunday). */
export type YearlessDay = { month: number; day: number; weekday?: number; line: number };

export type YearChoice = { year: number; reason: string };

// How far from the present a year-less program is looked for.
const YEARS_BACK = 30;
const YEARS_AHEAD = 5;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const written = (d: YearlessDay) => `${MONTHS[d.month - 1]} ${d.day}`;

/** Epoch ms of a date at noon UTC, to measure how far it lies from the present. */
const noon = (year: number, d: YearlessDay) => Date.UTC(year, d.month - 1, d.day, 12);

/** Years in which every weekday written beside a date is right. */
function fittingYears(days: YearlessDay[], now: number): number[] {
  const named = days.filter((d) => d.weekday !== undefined);
  const current = new Date(now).getUTCFullYear();
  const years: number[] = [];
  for (let y = current - YEARS_BACK; y <= current + YEARS_AHEAD; y++) {
    if (named.every((d) => weekdayOf(y, d.month, d.day) === d.weekday)) years.push(y);
  }
  return years;
}

/** The year nearest the present in which the first day falls. */
function nearest(years: number[], first: YearlessDay, now: number): number {
  let best = years[0] as number;
  for (const y of years) {
    if (Math.abs(noon(y, first) - now) < Math.abs(noon(best, first) - now)) best = y;
  }
  return best;
}

/** The year that a program whose days name none most likely means, and why: a year the text
 * names elsewhere ("Annual Meeting 2025") when it fits the weekdays; else the year nearest the
 * present in which the weekdays fit the dates; else the text's year; else the nearest year. */
export function chooseYear(
  days: YearlessDay[],
  textYears: number[],
  now: number,
): YearChoice | undefined {
  const first = days[0];
  if (!first) return undefined;
  const hinted = mostNamed(textYears);
  const withWeekday = days.find((d) => d.weekday !== undefined);
  if (withWeekday) {
    const years = fittingYears(days, now);
    const shown = written(withWeekday);
    if (years.length > 0) {
      const fromText = hinted.find((y) => years.includes(y));
      if (fromText !== undefined) {
        return {
          year: fromText,
          reason: `The days name no year; took ${fromText}, which the text names and in which ${shown} is a ${weekdayNames[withWeekday.weekday as number]}`,
        };
      }
      const year = nearest(years, first, now);
      const others = years.filter((y) => y !== year).slice(-3);
      const also = others.length > 0 ? ` (as it is in ${others.join(", ")})` : "";
      return {
        year,
        reason: `The days name no year; took ${year}, the year nearest today in which ${shown} is a ${weekdayNames[withWeekday.weekday as number]}${also}. Type the year if that is wrong`,
      };
    }
  }
  const named = hinted[0];
  if (named !== undefined) {
    return {
      year: named,
      reason: `The days name no year; took ${named}, which the text names. Type the year if that is wrong`,
    };
  }
  const current = new Date(now).getUTCFullYear();
  const year = nearest([current - 1, current, current + 1], first, now);
  return {
    year,
    reason: `The text names no year; took ${year}, the one that puts ${written(first)} nearest today. Type the year if that is wrong`,
  };
}

/** Years the text names, the most often named first (ties: the first named first). */
function mostNamed(years: number[]): number[] {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([y]) => y);
}

/** A warning for a header whose weekday is not that date's weekday in `year`. */
export function weekdayConflict(d: YearlessDay, year: number): string | undefined {
  if (d.weekday === undefined) return undefined;
  const actual = weekdayOf(year, d.month, d.day);
  if (actual === d.weekday) return undefined;
  return `${MONTHS[d.month - 1]} ${d.day}, ${year} is a ${weekdayNames[actual]}, not a ${weekdayNames[d.weekday]}; check the year and the date`;
}
