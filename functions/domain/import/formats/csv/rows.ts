import type { DateOrder, Role } from "../../../../../schemas/program";
import { htmlToText } from "../../common/html";
import { cleanOptional, decodedText, matchKey } from "../../common/normalize";
import { looksLikeName } from "../../people/name-shape";
import { type ParsedPerson, parsePeople } from "../../people/people";
import type { DraftPerson } from "../../people/person-registry";
import { roleOf } from "../../people/roles";
import type { DraftSession, ProgramBuilder } from "../../program/builder";
import { rolesInText, talkSpeakers } from "../../program/faculty";
import type { DateParts } from "../../time/dates";
import { placeEnd, placeStart } from "../../time/times";
import { wallMs } from "../../time/wall";
import { wallToEpoch } from "../../time/zone";
import { type DateCell, readDateCell, readRangeCell, readTimeCell, resolveDate } from "./cells";
import type { Columns } from "./columns";

/** `note` warns how a bare start hour was read. */
type Times = { start: number; end?: number; note?: string };
type Seat = { person: DraftPerson; role: Role };

const AFFILIATION_SEPARATOR = /\s*[;|]\s*/;

function cell(row: string[], col: number | undefined): string {
  return col === undefined ? "" : decodedText(row[col]);
}

function raw(row: string[], col: number | undefined): string | undefined {
  return col === undefined ? undefined : row[col];
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
  if (range) {
    const start = toEpoch(zone, date, range.start);
    return { start, end: toEpoch(zone, date, range.end), note: range.note };
  }
  // A start column may repeat the date ("2026-05-14 16:00"); only the time part matters here.
  // A range column may give a start alone ("17:00  Close of the day").
  const startText =
    cols.date === undefined
      ? rest
      : cols.start === undefined
        ? cell(row, cols.timeRange)
        : readDateCell(cell(row, cols.start)).rest;
  const start = readTimeCell(startText);
  if (!start) return undefined;
  const endCell = cell(row, cols.end);
  const endText = readDateCell(endCell).rest || endCell;
  const end = readTimeCell(endText);
  // Rows need not be in time order, so a bare start hour is read as on a day's first line of
  // program text, as in a time-range cell: "1:30" is 1:30 PM in any column or format, warned.
  const { start: from, note } = placeStart(start.clock, end?.clock);
  const s = toEpoch(zone, date, from, start.offsetMs);
  if (!end) return { start: s, note };
  let e = toEpoch(zone, date, placeEnd(end.clock, from), end.offsetMs);
  if (e < s) e += 86_400_000; // ends after midnight
  return { start: s, end: e, note };
}

function withAffiliation(p: ParsedPerson, affiliation: string | undefined): ParsedPerson {
  return p.affiliation !== undefined || affiliation === undefined
    ? p
    : { name: p.name, credentials: p.credentials, affiliation };
}

/** The people a row names: its person columns (a first-name column joined to the name), else
 * speakers written into the title ("Lecture by Prof. Name"); and people a description names
 * after role labels ("Chairs: …"). */
function peopleOf(
  b: ProgramBuilder,
  row: string[],
  cols: Columns,
  rowIndex: number,
  label?: string,
): Seat[] {
  const seats = label === undefined ? columnPeople(b, row, cols, rowIndex) : [];
  const description = cell(row, cols.description);
  if (description.indexOf(":") >= 0) for (const seat of rolesInText(description)) seats.push(seat);
  if (cols.speakers === undefined && seats.length === 0) {
    for (const person of talkSpeakers(cell(row, cols.title)) ?? [])
      seats.push({ person, role: "speaker" });
  }
  return seats;
}

/** Columns that name people in one role each ("Chairs", "Discussants"). */
const ROLE_COLUMNS = [
  ["chairs", "chair"],
  ["moderators", "moderator"],
  ["panelists", "panelist"],
  ["discussants", "discussant"],
] as const;

/** A row without a title whose person column names no person ("Keynote 1", "Registration and
 * coffee") labels its block: that text is the session's title. */
function blockLabel(row: string[], cols: Columns): string | undefined {
  if (cols.title === undefined || cell(row, cols.title) !== "") return undefined;
  const text = cell(row, cols.speakers);
  return text !== "" && text.indexOf(":") < 0 && !looksLikeName(text) ? text : undefined;
}

/** Whether a row gives no time at all: a talk listed under the timed row above it. */
function untimed(row: string[], cols: Columns, date: DateCell): boolean {
  return (
    !/\d/.test(date.rest) &&
    cell(row, cols.timeRange) === "" &&
    cell(row, cols.start) === "" &&
    cell(row, cols.end) === ""
  );
}

/** Adds an untimed talk row to the session above it: its people, and its title and abstract to
 * the description. */
function addTalk(session: DraftSession, row: string[], cols: Columns, people: Seat[]): void {
  for (const seat of people) session.people.push(seat);
  const talk = [cell(row, cols.title), htmlToText(col(row, cols.description))]
    .filter((t) => t)
    .join("\n");
  if (talk !== "")
    session.description = session.description ? `${session.description}\n\n${talk}` : talk;
}

function columnPeople(b: ProgramBuilder, row: string[], cols: Columns, rowIndex: number): Seat[] {
  const seats = speakerPeople(b, row, cols, rowIndex);
  for (const [field, role] of ROLE_COLUMNS) {
    const text = cell(row, cols[field]);
    if (text === "") continue;
    const parsed = parsePeople(text);
    for (const u of parsed.unreadable) b.warn(refOf(rowIndex), `Could not read the ${role} “${u}”`);
    for (const person of parsed.people) seats.push({ person, role });
  }
  return seats;
}

/** One person's affiliation from every affiliation column ("primary", "secondary"), joined. */
function allAffiliations(row: string[], cols: Columns): string {
  if (cols.affiliations.length < 2) return cell(row, cols.affiliation);
  const parts: string[] = [];
  for (const i of cols.affiliations) {
    const text = cell(row, i);
    if (text !== "") parts.push(text);
  }
  return parts.join("; ");
}

function speakerPeople(b: ProgramBuilder, row: string[], cols: Columns, rowIndex: number): Seat[] {
  const last = cell(row, cols.speakers);
  const first = cell(row, cols.firstName);
  const speakers = first === "" || last === "" ? last : `${first} ${last}`;
  if (speakers === "") return [];
  // "Chair: Steve Gilmour" in the speaker column.
  const labelled = speakers.indexOf(":") > 0 ? rolesInText(speakers) : [];
  if (labelled.length > 1) return labelled;
  const only = labelled[0];
  if (only) {
    const affiliation = allAffiliations(row, cols) || undefined;
    return [{ person: withAffiliation(only.person, affiliation), role: only.role }];
  }
  const roleText = cell(row, cols.role);
  let role: Role = "speaker";
  if (roleText !== "") {
    const r = roleOf(roleText);
    if (r) role = r;
    else b.warn(refOf(rowIndex), `Unknown role “${roleText}”; read as speaker`);
  }
  const parsed = parsePeople(speakers);
  for (const u of parsed.unreadable) b.warn(refOf(rowIndex), `Could not read the speaker “${u}”`);
  const people = parsed.people;
  // Several people share the first column, one part each ("MGH; Mayo Clinic").
  const affiliation =
    people.length === 1 ? allAffiliations(row, cols) : cell(row, cols.affiliation);
  const seats: Seat[] = new Array(people.length);
  if (affiliation !== "" && people.length === 1) {
    seats[0] = { person: withAffiliation(people[0] as ParsedPerson, affiliation), role };
    return seats;
  }
  const parts = affiliation === "" ? undefined : affiliation.split(AFFILIATION_SEPARATOR);
  const fits = parts !== undefined && parts.length === people.length;
  if (parts && !fits)
    b.warn(
      refOf(rowIndex),
      "Several speakers share one affiliation cell; affiliation not assigned",
    );
  for (let k = 0; k < people.length; k++) {
    const p = people[k] as ParsedPerson;
    seats[k] = { person: fits ? withAffiliation(p, parts[k]) : p, role };
  }
  return seats;
}

function refOf(rowIndex: number): string {
  return `row ${rowIndex + 2}`;
}

/** True when two rows name the same session in the same words (presenter exports repeat the
 * session's cells on each presenter's row), so the second needs no reading of its own. */
function sameCells(a: string[], b: string[], cols: Columns, dateCol: number | undefined): boolean {
  return (
    raw(a, cols.title) === raw(b, cols.title) &&
    raw(a, dateCol) === raw(b, dateCol) &&
    raw(a, cols.start) === raw(b, cols.start) &&
    raw(a, cols.end) === raw(b, cols.end) &&
    raw(a, cols.timeRange) === raw(b, cols.timeRange) &&
    raw(a, cols.room) === raw(b, cols.room)
  );
}

function merge(existing: DraftSession, row: string[], cols: Columns, people: Seat[]): void {
  for (const seat of people) existing.people.push(seat);
  existing.description ??= htmlToText(col(row, cols.description));
  existing.track ??= cleanOptional(cell(row, cols.track));
  existing.kind ??= cleanOptional(cell(row, cols.kind));
}

/** Turns rows into sessions; rows with the same title, date, start and room become one session. */
export function collectSessions(
  b: ProgramBuilder,
  rows: string[][],
  dates: DateCell[],
  cols: Columns,
  order: DateOrder | undefined,
  dayOf: (cell: DateCell, date: DateParts | undefined) => DateParts | undefined = (_, d) => d,
): void {
  const groups = new Map<string, DraftSession>();
  const dateCol = cols.date ?? cols.start;
  let previous: { row: string[]; session: DraftSession } | undefined;
  // The session last read and its day, which untimed talk rows after it belong to.
  let above: { session: DraftSession; day: number } | undefined;
  // A guessed half of the day is warned once per time as written, naming the rows it was in.
  const guesses = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string[];
    if (previous && sameCells(previous.row, row, cols, dateCol)) {
      merge(previous.session, row, cols, peopleOf(b, row, cols, i));
      continue;
    }
    previous = undefined;
    const date = dayOf(dates[i] as DateCell, resolveDate(dates[i] as DateCell, order));
    if (!date?.year) {
      b.warn(refOf(i), "No readable date; row skipped");
      continue;
    }
    const times = timesOf(row, cols, date, (dates[i] as DateCell).rest, b.timeZone);
    const day = wallMs(date.year, date.month, date.day);
    if (!times && above?.day === day && untimed(row, cols, dates[i] as DateCell)) {
      addTalk(above.session, row, cols, peopleOf(b, row, cols, i));
      continue;
    }
    if (!times) {
      b.warn(refOf(i), "No readable start time; row skipped");
      continue;
    }
    if (times.note) {
      const seen = guesses.get(times.note);
      if (seen) seen.push(i);
      else guesses.set(times.note, [i]);
    }
    const label = blockLabel(row, cols);
    const title = label ?? cell(row, cols.title);
    const room = cleanOptional(cell(row, cols.room));
    const key = `${matchKey(title)}|${times.start}|${matchKey(room)}`;
    const people = peopleOf(b, row, cols, i, label);
    const existing = groups.get(key);
    if (existing) {
      merge(existing, row, cols, people);
      existing.end ??= times.end;
      previous = { row, session: existing };
      above = { session: existing, day };
      continue;
    }
    const session: DraftSession = {
      title,
      start: times.start,
      end: times.end,
      room,
      track: cleanOptional(cell(row, cols.track)),
      kind: cleanOptional(cell(row, cols.kind)),
      description: htmlToText(col(row, cols.description)),
      people,
      ref: refOf(i),
    };
    groups.set(key, session);
    previous = { row, session };
    above = { session, day };
  }
  for (const [note, at] of guesses) {
    const more = at.length - 1;
    b.warn(
      refOf(at[0] as number),
      more === 0 ? note : `${note} (also ${more} more row${more === 1 ? "" : "s"})`,
    );
  }
  for (const s of groups.values()) b.add(s);
}

function col(row: string[], c: number | undefined): string {
  return c === undefined ? "" : String(row[c] ?? "");
}
