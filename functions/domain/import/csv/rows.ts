import type { DateOrder, Role } from "../../../../schemas/program";
import type { DraftSession, ProgramBuilder } from "../builder";
import type { DateParts } from "../dates";
import { htmlToText } from "../html";
import { clean, cleanOptional, matchKey } from "../normalize";
import { parsePeople } from "../people";
import type { DraftPerson } from "../person-registry";
import { roleOf } from "../roles";
import { wallMs } from "../wall";
import { wallToEpoch } from "../zone";
import { type DateCell, readDateCell, readRangeCell, readTimeCell, resolveDate } from "./cells";
import type { Columns } from "./parse";

type Times = { start: number; end?: number };

function cell(row: string[], col: number | undefined): string {
  return col === undefined ? "" : clean(row[col]);
}

function toEpoch(zone: string, date: DateParts, minutes: number, offsetMs?: number): number {
  const wall = wallMs(date.year ?? 0, date.month, date.day) + minutes * 60_000;
  return offsetMs === undefined ? wallToEpoch(zone, wall) : wall - offsetMs;
}

function timesOf(
  row: string[],
  cols: Columns,
  date: DateParts,
  rest: string,
  zone: string,
): Times | undefined {
  const range =
    readRangeCell(cell(row, cols.timeRange)) ?? readRangeCell(cols.date === undefined ? rest : "");
  if (range)
    return { start: toEpoch(zone, date, range.start), end: toEpoch(zone, date, range.end) };
  // A start column may repeat the date ("2026-05-14 16:00"); only the time part matters here.
  const startText = cols.date === undefined ? rest : readDateCell(cell(row, cols.start)).rest;
  const start = readTimeCell(startText);
  if (!start) return undefined;
  const endCell = cell(row, cols.end);
  const endText = readDateCell(endCell).rest || endCell;
  const end = readTimeCell(endText);
  const s = toEpoch(zone, date, start.minutes, start.offsetMs);
  if (!end) return { start: s };
  let e = toEpoch(zone, date, end.minutes, end.offsetMs);
  if (e < s) e += 86_400_000; // ends after midnight
  return { start: s, end: e };
}

function peopleOf(
  b: ProgramBuilder,
  row: string[],
  cols: Columns,
  ref: string,
): { person: DraftPerson; role: Role }[] {
  const speakers = cell(row, cols.speakers);
  if (speakers === "") return [];
  const roleText = cell(row, cols.role);
  let role: Role = "speaker";
  if (roleText !== "") {
    const r = roleOf(roleText);
    if (r) role = r;
    else b.warn(ref, `Unknown role “${roleText}”; read as speaker`);
  }
  const parsed = parsePeople(speakers);
  for (const u of parsed.unreadable) b.warn(ref, `Could not read the speaker “${u}”`);
  const affiliation = cell(row, cols.affiliation);
  if (affiliation !== "") {
    const parts = affiliation.split(/\s*[;|]\s*/);
    if (parsed.people.length === 1 && parsed.people[0])
      parsed.people[0].affiliation ??= affiliation;
    else if (parts.length === parsed.people.length)
      parsed.people.forEach((p, i) => {
        p.affiliation ??= parts[i];
      });
    else b.warn(ref, "Several speakers share one affiliation cell; affiliation not assigned");
  }
  return parsed.people.map((person) => ({ person, role }));
}

/** Turns rows into sessions; rows with the same title, date, start and room become one session. */
export function collectSessions(
  b: ProgramBuilder,
  rows: string[][],
  dates: DateCell[],
  cols: Columns,
  order: DateOrder | undefined,
): void {
  const groups = new Map<string, DraftSession>();
  rows.forEach((row, i) => {
    const ref = `row ${i + 2}`;
    const date = resolveDate(dates[i] as DateCell, order);
    if (!date?.year) {
      b.warn(ref, "No readable date; row skipped");
      return;
    }
    const times = timesOf(row, cols, date, (dates[i] as DateCell).rest, b.timeZone);
    if (!times) {
      b.warn(ref, "No readable start time; row skipped");
      return;
    }
    const title = cell(row, cols.title);
    const room = cleanOptional(cell(row, cols.room));
    const key = `${matchKey(title)}|${times.start}|${matchKey(room)}`;
    const people = peopleOf(b, row, cols, ref);
    const existing = groups.get(key);
    if (existing) {
      existing.people.push(...people);
      existing.description ??= htmlToText(col(row, cols.description));
      existing.track ??= cleanOptional(cell(row, cols.track));
      existing.kind ??= cleanOptional(cell(row, cols.kind));
      existing.end ??= times.end;
      return;
    }
    groups.set(key, {
      title,
      start: times.start,
      end: times.end,
      room,
      track: cleanOptional(cell(row, cols.track)),
      kind: cleanOptional(cell(row, cols.kind)),
      description: htmlToText(col(row, cols.description)),
      people,
      ref,
    });
  });
  for (const s of groups.values()) b.add(s);
}

function col(row: string[], c: number | undefined): string {
  return c === undefined ? "" : String(row[c] ?? "");
}
