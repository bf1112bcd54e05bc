import { importLimits, type Role } from "../../../../../schemas/program";
import { tooManySessions } from "../../common/limits";
import { HONORIFIC_WORDS, matchKey, withoutDon } from "../../common/normalize";
import { isTopic, looksLikeName } from "../../people/name-shape";
import { type ParsedPerson, parsePeople } from "../../people/people";
import { splitSummary } from "../../people/title-people";
import type { DraftSeat, DraftSession, ProgramBuilder } from "../../program/builder";
import {
  authorAfterQuotedTitle,
  authorsAfterTitle,
  authorsBeforeTitle,
  facultyLine,
  initialledPerson,
  inlineRole,
  labelledName,
  mayBeNames,
  peopleAsTitle,
  roleLabel,
  roleSegments,
  speakerBeforeColon,
  splitModerated,
  talkSpeakers,
  titleThenRoles,
} from "../../program/faculty";
import { roleLine, trackLine } from "../../program/lines";
import { roomLine, roomWordFirst, splitRoom } from "../../program/rooms";
import { decideDateOrder, type OrderDecision } from "../../time/date-order";
import { type DateParts, type NumericDate, resolveNumeric } from "../../time/dates";
import { type Clock, placeEnd, placeStart, type TimeRange } from "../../time/times";
import { wallMs } from "../../time/wall";
import { daysAfter, weekdayFrom, weekdayNames } from "../../time/weekdays";
import { weekdayConflict } from "../../time/year";
import { wallToEpoch } from "../../time/zone";
import type { LineToken } from "./lex";

/** What the reader knows of the days before it starts: the year of days written without one, and
 * the day of a text that names none. */
export type Days = { year?: number; firstDay?: DateParts };

type Item = DraftSession & {
  index: number;
  /** The day header the item is under, as a wall-clock day. */
  day: number;
  startMin: number;
  endMin?: number;
  needsTitle: boolean;
  /** The title is only a label ("Session 4"): the line under it names the session. */
  labelOnly?: boolean;
  descr: string[];
  children: Item[];
};

const LABEL_ONLY = /^session\s*[-–—]?\s*(?:\d{1,3}|[ivx]{1,5})$/i;
// A short label that ends with its colon ("Opening keynote:"), the title on the line after it.
const LABEL_COLON = /^[^:]{2,40}:$/;
const LABEL_DASH = /^session\s*[-–—]?\s*(?:\d{1,3}|[ivx]{1,5})\s*[-–—:]\s/i;
// A title that starts with an honorific may be only a person ("Dr Name – Office").
const TITLED = new RegExp(`^(?:${HONORIFIC_WORDS})\\b`, "i");
// A label before a talk's title, in the languages role labels are read in.
const TOPIC_LABEL =
  /^(?:topic|title|thema|titel|titre|sujet|tema|t[íi]tulo|titolo|temat|тема)\s*:\s*/i;
const GUILLEMETS = /^«|»$/g;
// More chairs than a block's title has lines of names under it.
const MAX_BLOCK_CHAIRS = 6;
const GROUP = /^session\s*[-–—]?\s*(?:\d{1,3}|[ivx]{1,5})$/i;
const PARENT_ROLES = new Set<Role>(["moderator", "chair", "panelist"]);
const SPACED_DASH = /\s[–—-]\s/;
const CREDENTIAL = /\b(?:MD|DO|MBBS|MBChB|PhD|FACS|FRCS\w*)\b/;

/** A credential somewhere after a spaced dash: looked for once after the first dash, as one
 * pattern would look again after every dash of a long line. */
function dashThenCredential(text: string): boolean {
  const dash = SPACED_DASH.exec(text);
  return dash !== null && CREDENTIAL.test(text.slice(dash.index + 3));
}

/** Whether `line` ends a title its line cut short: the title opens a quote or bracket it does
 * not close ("“A strategy based on splicing between vectors for", time, then "reversal of
 * deficiency by gene transfer”"), and the line closes it. */
function closesTitle(title: string, line: string): boolean {
  for (const [open, close] of QUOTES) {
    const at = title.lastIndexOf(open);
    if (at >= 0 && title.indexOf(close, at + 1) < 0) {
      const end = line.indexOf(close);
      return end >= 0 && line.lastIndexOf(open, end) < 0;
    }
  }
  return false;
}

const QUOTES = [
  ["“", "”"],
  ["(", ")"],
] as const;

const BRACKETED_LINE = /^\([^()]+\)$/;

// A line giving only a length: "5 min", "10+2 min", "~18 min", "30 minutes".
const LENGTH_NOTE = /^~?\d{1,3}(?:\s*\+\s*\d{1,2})?\s*(?:min|mins|minutes|minutos|minuten)\.?$/i;

// A talk's title is a line of no more than this, and ends in no full stop.
const MAX_TALK_TITLE = 160;
const SENTENCE_END = /[.;:]$/;

const DAY_MS = 86_400_000;
/** How many people titles must name by their shape alone before they are taken as speakers. */
const minGuessedNames = 3;
/** The share of those mentions that must name different people. */
const minGuessedDistinct = 0.7;

/** Whether `later` starts after `earlier` and within the same stretch of a day. */
function sameDay(earlier: number, later: number): boolean {
  return later > earlier && later - earlier < DAY_MS / 2;
}

function longDate(d: DateParts): string {
  return new Date(Date.UTC(d.year ?? 0, d.month - 1, d.day)).toLocaleDateString("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

/** Whether a session names a speaker besides the people it took from its header's `group`, which
 * come first when it took them (a talk inside a session takes none). */
function hasOwnSpeaker(item: Item, group: DraftSeat[]): boolean {
  const inherited = group.length > 0 && item.people[0] === group[0] ? group.length : 0;
  for (let i = inherited; i < item.people.length; i++)
    if (item.people[i]?.role === "speaker") return true;
  return false;
}

type Guess = { item: Item; people: readonly ParsedPerson[] };

/** Seats the guessed speakers when at least `minGuessedNames` different people were guessed and
 * few of them twice. */
function seatSeveral(guessed: Guess[]): void {
  const names = new Set<string>();
  let count = 0;
  for (const g of guessed) {
    for (const p of g.people) names.add(matchKey(p.name));
    count += g.people.length;
  }
  if (names.size < minGuessedNames || names.size < count * minGuessedDistinct) return;
  for (const { item, people } of guessed)
    for (const person of people) item.people.push({ person, role: "speaker" });
}

/** The seat with "D." (Don) taken from before its person's name. */
function withoutDonSeat(seat: DraftSeat): DraftSeat {
  const name = withoutDon(seat.person.name);
  return name === seat.person.name ? seat : { ...seat, person: { ...seat.person, name } };
}

/** The line-by-line reader behind parseText; sessions are collected, then added in order. */
export class TextProgram {
  title?: string;
  private date?: DateParts;
  /** The first day a dated header named: where "Day 2" counts from. */
  private firstDated?: DateParts;
  private year?: number;
  /** Minutes after midnight of the session listed last on this day: it places bare hours. */
  private previous?: number;
  /** Day headers read one after another, with no other line (blank ones aside) between them,
   * and their lines. */
  private dayRow: { dates: DateParts[]; lines: number[] } = { dates: [], lines: [] };
  /** A room named on a line of its own above its sessions ("Room 202 – Colorectal"). */
  private blockRoom?: string;
  private readonly items: Item[] = [];
  /** An untimed session header above timed talks, while it collects its chairs (`open`), with
   * the line each of them was named on. */
  private group?: { people: DraftSeat[]; lines: number[]; open: boolean; title?: string };
  /** The role of a label line ("Chairpersons"), for the names on the lines under it. */
  private pendingRole?: Role;
  /** Whether any names were read under the current role label yet. */
  private labelRead = false;
  /** Blank lines before the line being read. */
  private gap = 0;
  /** Blank lines before the role label or role line being read. */
  private roleGap = 0;
  private parent?: Item;
  private child?: Item;
  /** The line of the last name read alone on its line as a speaker. */
  private nameLineAbove?: number;
  /** The line last put into a session's description, and that session. */
  private lastDescr?: { item: Item; line: number };
  /** Speakers read from the shape of a title alone, for seatGuessed. */
  private readonly guessed: Guess[] = [];
  /** Speakers read from "Name: Title" lines under a session, for seatGuessed. */
  private readonly guessedLines: Guess[] = [];

  constructor(
    private readonly b: ProgramBuilder,
    /** How every numeric day header of the text is read, decided from all of them at once. */
    private readonly dates: OrderDecision,
    private readonly days: Days = {},
    /** The text writes the Spanish Don and Doña ("Dr. D. Víctor", "Dña. Celia"), so a "D." alone
     * before a name is Don too. */
    private readonly dons = false,
  ) {
    if (days.firstDay) this.date = days.firstDay;
  }

  /** Reads the line at `i`; the lines after it are there to look ahead. */
  token(tokens: readonly LineToken[], i: number): void {
    const token = tokens[i] as LineToken;
    const next = tokens[i + 1];
    const n = token.line;
    const t = token.text;
    this.gap = token.gap ?? 0;
    if (this.dayRow.dates.length > 0 && token.kind !== "day" && token.kind !== "numeric-day")
      this.endDayRow();
    switch (token.kind) {
      case "range":
        this.rangeLine(token.range, token.rest, n);
        return;
      case "clock":
        this.clockLine(token.clock, token.rest, n);
        return;
      case "day":
        this.header(token.date, n, token.weekday);
        return;
      case "numeric-day": {
        // A date that reads one way only (15.05.2026) settles itself; the rest follow the text.
        const own = decideDateOrder([token.date], undefined);
        const order = own.ambiguous ? this.dates.order : own.order;
        const date = order && resolveNumeric(token.date, order);
        if (date) {
          if (own.ambiguous && this.dates.defaulted) this.otherReading(token.date, date, n);
          this.header(date, n, token.weekday);
          return;
        }
        // Not a real date in this order: an ordinary line after all.
        const role = roleLine(t);
        if (role) this.roleList(role.role, role.list, n);
        else this.other(t, n, next);
        return;
      }
      case "weekday":
        // Beside dated headers, a weekday alone is a tab or part of one: read as before.
        if (this.days.firstDay === undefined) this.other(t, n, next);
        else this.weekdayHeader(token.weekday, t, n);
        return;
      case "table-title":
        // The rows below start afresh: no session or untimed header above holds them.
        this.endBlock();
        return;
      case "day-number":
        this.dayNumberHeader(token.day, t, n, next);
        return;
      case "role":
        this.roleGap = this.gap;
        this.roleList(token.role, token.list, n);
        return;
      case "text":
        if (token.column === "room" && this.roomCell(t)) return;
        if (token.column === "people" && this.peopleCell(t, n)) return;
        if (this.gap > 0 && this.blockTitle(t, tokens, i)) return;
        this.other(t, n, next);
    }
  }

  /** After a blank, a line that names nobody above two or more lines that name only people, then
   * a time: a block's title and its chairs written without a role label ("Kidney Cancer (Basic) II",
   * "Professor A, Chairman, BSMMU", "Professor B"), an untimed header whose people chair the
   * sessions below it. */
  private blockTitle(t: string, tokens: readonly LineToken[], i: number): boolean {
    // A session still waiting for its title takes the line as that.
    if ((this.child ?? this.parent)?.needsTitle) return false;
    // The lines' shape first, as most lines after a blank head no block; their names after.
    let k = i + 1;
    while (k <= i + MAX_BLOCK_CHAIRS && tokens[k]?.kind === "text" && !tokens[k]?.gap) k++;
    const after = tokens[k]?.kind;
    // Two names at least: one name under a line is a talk and its speaker as often.
    if (k < i + 3 || (after !== "range" && after !== "clock") || tokens[k]?.gap) return false;
    for (let j = i + 1; j < k; j++)
      if (!facultyLine((tokens[j] as LineToken).text, true)) return false;
    if (roleLabel(t) || roomLine(t) || facultyLine(t, true)) return false;
    this.dropGroup();
    this.group = { people: [], lines: [], open: true, title: t };
    this.pendingRole = "chair";
    this.labelRead = false;
    return true;
  }

  /** "Тема: «…»", "Topic: …" under a talk whose time line gave only its speaker's name ("11:10 -
   * 11:20 Хаберсаат Катрин Бах"): the talk's title, and the name its speaker. */
  private topicLine(current: Item, t: string): boolean {
    const label = TOPIC_LABEL.exec(t);
    if (!label) return false;
    const names = facultyLine(current.title, true);
    if (!names?.every((p) => looksLikeName(p.name))) return false;
    for (const person of names) current.people.push({ person, role: "speaker" });
    current.title = t.slice(label[0].length).replace(GUILLEMETS, "");
    return true;
  }

  /** A cell under a table's speakers heading: its people, seated as speakers of the session on
   * its row, where one word is a name too ("Nafiz"); false when it names no one. */
  private peopleCell(t: string, n: number): boolean {
    const current = this.child ?? this.parent;
    if (!current || current.needsTitle) return false;
    const { people, unreadable } = parsePeople(t);
    if (people.length === 0 || unreadable.length > 0 || people.some((p) => isTopic(p.name)))
      return false;
    for (const person of people) current.people.push({ person, role: "speaker" });
    this.nameLineAbove = n;
    return true;
  }

  /** A cell under a table's room heading: the room of the session on its row, over one it took
   * from a room line above it or from the session it is in. */
  private roomCell(t: string): boolean {
    const current = this.child ?? this.parent;
    if (!current) return false;
    current.room = t;
    return true;
  }

  /** A line that is not a time, header or faculty role: title, room, track, talk speakers or
   * description. */
  private other(t: string, n: number, next?: LineToken): void {
    const current = this.child ?? this.parent;
    const room = roomLine(t);
    // Right before a time line, a room line heads the sessions below it, unless the session
    // above has no room yet: then it is that session's, written under its title.
    if (room && (next?.kind === "range" || next?.kind === "clock") && !(current && !current.room)) {
      this.blockRoom = room;
      return;
    }
    if (GROUP.test(t) && (!current || (!current.needsTitle && this.child === undefined))) {
      // An untimed "Session 2" above timed talks: its chairs are theirs.
      this.dropGroup();
      this.group = { people: [], lines: [], open: true };
      this.pendingRole = undefined;
      return;
    }
    if ((this.pendingRole || roleLabel(t)) && this.faculty(t, n)) return;
    if (!current && this.group?.open) {
      if (this.group.title === undefined) this.group.title = t;
      else if (!this.faculty(t, n))
        this.b.warn(`line ${n}`, `Could not place this line: “${t.slice(0, 80)}”`, n);
      return;
    }
    if (!current) {
      const beforeDays = !this.date || this.days.firstDay !== undefined;
      if (beforeDays && this.title === undefined && this.items.length === 0) this.title = t;
      else this.b.warn(`line ${n}`, `Could not place this line: “${t.slice(0, 80)}”`, n);
      return;
    }
    // In a room grid ("11:45 - 13:30", "Sala Tulip", its session, "Sala Azalia", its session), a
    // second room named first opens the same time's session in that room.
    if (
      room &&
      current === this.parent &&
      current.room !== undefined &&
      current.room !== room &&
      !current.needsTitle &&
      roomWordFirst(t)
    ) {
      this.closeParent();
      this.parent = this.open(current.startMin, current.endMin, n);
      this.parent.room = room;
      return;
    }
    // "10:30 - 11:45", then "Sala Tulip 1+2", then the title: a room named first is where the
    // session is, and its title follows.
    if (room && (!current.needsTitle || (!current.room && roomWordFirst(t)))) {
      (this.parent ?? current).room ??= room;
      if (current !== this.parent) current.room ??= room;
      return;
    }
    if (LENGTH_NOTE.test(t) && current.end !== undefined && current.descr.length === 0) {
      // "5 min", "10+2 min" under a range: its length again, which the range already gives.
      return;
    }
    if (current.needsTitle) {
      // "Paul Kim PGY-3", then the talk's title: a presenter written above the title.
      const presenters = next?.kind === "text" && !next.gap ? facultyLine(t) : undefined;
      if (presenters?.every((p) => p.titled === true || p.credentials.length > 0)) {
        for (const person of presenters) current.people.push({ person, role: "speaker" });
        return;
      }
      this.setTitle(current, t, n);
      return;
    }
    if (current.labelOnly) {
      current.title = `${current.title}: ${t}`;
      current.labelOnly = false;
      return;
    }
    if (
      current.people.length === 0 &&
      current.descr.length === 0 &&
      closesTitle(current.title, t)
    ) {
      current.title = `${current.title} ${t}`;
      return;
    }
    const track = trackLine(t);
    if (track) {
      current.track ??= track;
      return;
    }
    if (this.topicLine(current, t)) return;
    if (this.faculty(t, n)) return;
    // "A, B, C: Title" names its authors before the colon; "(A, B, C)" alone names speakers.
    const names =
      labelledName(t) ??
      authorsBeforeTitle(t) ??
      authorAfterQuotedTitle(t) ??
      facultyLine(t) ??
      initialledPerson(t) ??
      (BRACKETED_LINE.test(t) ? facultyLine(t.slice(1, -1)) : undefined);
    if (names) {
      for (const person of names) current.people.push({ person, role: "speaker" });
      return;
    }
    // "Title. A, B, C. Institution": a paper, kept in the description with its authors seated.
    const authors = authorsAfterTitle(t);
    if (authors) {
      for (const person of authors) current.people.push({ person, role: "speaker" });
      current.descr.push(t);
      return;
    }
    // A talk listed under its session: "Title – Jane Doe", as a timed title is read.
    const talk = talkSpeakers(t, true);
    if (talk) for (const person of talk) current.people.push({ person, role: "speaker" });
    else if (
      (!this.gap &&
        ((current.descr.length === 0 && !current.people.some((p) => p.role === "speaker")) ||
          this.talkTitleAbove(current, n) ||
          this.nameLineAbove === n - 1)) ||
      (this.gap === 1 && this.talkTitleAbove(current, n - 1))
    ) {
      // Right under a title with no speaker, under a talk's title listed in the session (one
      // blank line between them at most), or under such a name, one name alone on its line is
      // a speaker: "Juliane Köberlein-Neu (Professor …)", then "Christy Gliniak (…)".
      // A line right above "Speaker: Name" is that talk's title.
      const titleAbove = next?.kind === "role" && next.role === "speaker";
      const one = roomLine(t) === undefined && !titleAbove ? facultyLine(t, true) : undefined;
      if (one) {
        for (const person of one) current.people.push({ person, role: "speaker" });
        this.nameLineAbove = n;
        return;
      }
    }
    // "Leonie Paciello: Sleep in children born preterm" under a session: a talk and its
    // speaker by their shape alone, kept in the description and seated when the program writes
    // several talks this way (seatGuessed).
    const before = speakerBeforeColon(t);
    if (before) this.guessedLines.push({ item: current, people: before });
    current.descr.push(t);
    this.lastDescr = { item: current, line: n };
  }

  /** Whether the line above `n` is a talk's title that went into the session's description:
   * a line of its own, no sentence. */
  private talkTitleAbove(current: Item, n: number): boolean {
    const above = this.lastDescr;
    if (above?.item !== current || above.line !== n - 1) return false;
    const title = current.descr[current.descr.length - 1] as string;
    return title.length <= MAX_TALK_TITLE && !SENTENCE_END.test(title);
  }

  /** Role labels, the names under them, and one-line roles ("Moderator - Name"). */
  private faculty(t: string, n: number): boolean {
    const label = roleLabel(t);
    if (label) {
      this.pendingRole = label;
      this.roleGap = this.gap;
      this.labelRead = false;
      return true;
    }
    const role = this.pendingRole;
    if (role) {
      // Under a label, one name alone on its line is a person too, unless it names a room.
      const names = facultyLine(t, roomLine(t) === undefined);
      if (names) {
        this.labelRead = true;
        this.place(role, names, n);
        return true;
      }
      this.pendingRole = undefined;
      if (!this.labelRead && !inlineRole(t) && mayBeNames(t) && !talkSpeakers(t)) {
        // The line right under a role label names someone, but not as a name reads.
        const current = this.child ?? this.parent;
        const kept = current && !current.needsTitle && !this.group?.open;
        this.b.warn(
          `line ${n}`,
          `Could not read the ${role} “${t}”; ${kept ? "kept it in the description" : "left out"}`,
          n,
        );
        if (kept) current.descr.push(t);
        return true;
      }
    }
    const inline = inlineRole(t);
    if (inline) {
      this.roleGap = this.gap;
      this.roleList(inline.role, inline.list, n);
      return true;
    }
    return false;
  }

  /** Seats people named on line `n`. */
  private place(role: Role, people: readonly ParsedPerson[], n: number): void {
    const seats = this.seatsFor(role);
    for (const person of people) {
      seats.push({ person, role });
      if (this.group?.open) this.group.lines.push(n);
    }
  }

  /** Warns about the people of an untimed header that no timed session came under. */
  private dropGroup(): void {
    const g = this.group;
    if (!g?.open || g.people.length === 0) return;
    let k = 0;
    while (k < g.people.length) {
      const line = g.lines[k] as number;
      const names: string[] = [];
      for (; k < g.people.length && g.lines[k] === line; k++)
        names.push((g.people[k] as DraftSeat).person.name);
      this.b.warn(
        `line ${line}`,
        `No timed session follows for ${names.map((x) => `“${x}”`).join(", ")}; left out`,
        line,
      );
    }
  }

  /** Where people with this role go: an open untimed group, the session, or its talk. Named
   * before any session of the day ("Presidente: A" under the day header), they go to the session
   * that comes next, as the chairs of an untimed header do. */
  private seatsFor(role: Role): DraftSeat[] {
    if (this.group?.open) return this.group.people;
    // On a day whose first sessions came under a role list, a later chairs' or moderators' list
    // heads the sessions after it in the same way ("Coordinan:" above each block of talks), when
    // the session above is complete: it has its speaker, or a blank line ends it.
    const group = this.group;
    const above = this.child ?? this.parent;
    if (
      group?.title === "" &&
      PARENT_ROLES.has(role) &&
      (this.roleGap > 0 || !above || hasOwnSpeaker(above, group.people))
    ) {
      this.group = { people: [], lines: [], open: true, title: "" };
      return this.group.people;
    }
    // A chair right under the time line of a talk that starts inside its session, before
    // anything else of the talk, is that talk's: "9:30 - 10:00h - Palestra Magistral" in a
    // morning session, then "Presidente: Dr. X". A first talk at the session's own start
    // ("09:00 Welcome") leaves the session's chairs to the session.
    const child = this.child;
    const fresh =
      child !== undefined &&
      child.startMin > (this.parent?.startMin ?? child.startMin) &&
      child.people.length === 0 &&
      child.descr.length === 0 &&
      !this.roleGap;
    const target =
      PARENT_ROLES.has(role) && !fresh ? (this.parent ?? child) : (child ?? this.parent);
    if (target) return target.people;
    // No title: the lines after these names are no header to name the session's track.
    this.group = { people: [], lines: [], open: true, title: "" };
    return this.group.people;
  }

  end(): void {
    this.seatGuessed();
    this.dropGroup();
    this.closeParent();
    this.endAtNext();
    // Items by their index here -> sessions by their index in the builder, as a skipped item
    // moves the ones after it.
    const added = new Map<number, number>();
    for (const item of this.items) {
      if (item.descr.length > 0) item.description = item.descr.join("\n");
      if (
        item.title === "" &&
        item.people.length === 0 &&
        item.descr.length === 0 &&
        item.children.length === 0
      ) {
        // An empty row of a timetable ("12:10 pm - 12:25 pm" and nothing else) holds no session.
        this.b.warn(item.ref, "A time with nothing under it; skipped", item.line);
        continue;
      }
      if (item.parent !== undefined) item.parent = added.get(item.parent);
      if (this.dons) item.people = item.people.map(withoutDonSeat);
      added.set(item.index, this.b.add(item));
    }
  }

  /** Seats the speakers guessed from titles of sessions that name nobody else, when at least
   * `minGuessedNames` different people were named that way and few of them twice: a program that
   * writes its talks as "Name: Title" does so throughout with a new name each time, while titles
   * such as "Anastomotic Leak: Prevention" repeat their topic, or are one or two of a series. */
  private seatGuessed(): void {
    seatSeveral(this.guessed.filter((g) => g.item.people.length === 0));
    seatSeveral(this.guessedLines);
  }

  /** Warns when a numeric date read in the default order is another day the other way round
   * (both numbers are then 12 or less, so swapping them gives a real date). */
  private otherReading(d: NumericDate, read: DateParts, n: number): void {
    if (d.a === d.b) return;
    const other = { year: read.year, month: read.day, day: read.month };
    const written = `${d.a}${d.sep}${d.b}${d.sep}${d.year}`;
    this.b.warn(
      `line ${n}`,
      `Read “${written}” as ${longDate(read)}, not ${longDate(other)}; choose the date order if that is wrong`,
      n,
    );
  }

  /** A day written only as its weekday ("Friday") in a text dated by its first day: the next
   * such day after the one being read; the first header, before any session, counts from the
   * first day itself. */
  private weekdayHeader(weekday: number, t: string, n: number): void {
    const from = this.date ?? this.days.firstDay;
    if (!from?.year) return;
    const first = this.items.length === 0;
    const day = weekdayFrom({ ...from, year: from.year }, weekday, !first);
    if (first && (day.day !== from.day || day.month !== from.month)) {
      this.b.warn(
        `line ${n}`,
        `The first day, ${longDate(from)}, is no ${weekdayNames[weekday]}; “${t}” was read as ${longDate(day)}`,
        n,
      );
    }
    this.header(day, n, weekday);
  }

  /** "Day 2 Prostate Cancer": the program's second day, counted from its first (the first day
   * typed, or the first dated header); with neither, an ordinary line. */
  private dayNumberHeader(day: number, t: string, n: number, next?: LineToken): void {
    const first = this.days.firstDay ?? this.firstDated;
    if (!first?.year) this.other(t, n, next);
    else this.header(daysAfter({ ...first, year: first.year }, day - 1), n);
  }

  /** Ends the session being read and the untimed header above it, as a day or a table does. */
  private endBlock(): void {
    this.closeParent();
    this.dropGroup();
    this.group = undefined;
  }

  private header(d: DateParts, n: number, weekday?: number): void {
    this.endBlock();
    this.pendingRole = undefined;
    this.previous = undefined;
    this.blockRoom = undefined;
    if (d.year) this.year = d.year;
    const year = d.year ?? this.year ?? this.days.year;
    const conflict =
      year && weekdayConflict({ month: d.month, day: d.day, weekday, line: n }, year);
    if (conflict) this.b.warn(`line ${n}`, conflict, n);
    if (!year) {
      this.b.warn(
        `line ${n}`,
        "Day header without a year; sessions until the next dated header are skipped",
        n,
      );
      this.date = undefined;
      return;
    }
    this.date = { year, month: d.month, day: d.day };
    this.firstDated ??= this.date;
    this.dayRow.dates.push(this.date);
    this.dayRow.lines.push(n);
  }

  /** A row of different days with no line between them is a page's day tabs ("Day 1, Friday…",
   * "Day 2, Saturday…"): which tab was open when the page was copied does not show in the
   * text, so the sessions go on the last day listed, and the warning says so. A day that comes
   * again in the row (an overview, then the first day's own header) is its own answer. */
  private endDayRow(): void {
    const { dates, lines } = this.dayRow;
    if (dates.length === 0) return;
    if (dates.length > 1) {
      const keys = new Set(dates.map(longDate));
      const last = dates[dates.length - 1] as DateParts;
      const n = lines[lines.length - 1] as number;
      if (keys.size === dates.length)
        this.b.warn(
          `line ${n}`,
          `${dates.length} days are listed one after another from line ${lines[0]}, with no other line between them, as a page's day tabs are; the sessions below are read on the last, ${longDate(last)}. If they belong to another of those days, delete the other days' lines and import again`,
          n,
        );
    }
    this.dayRow = { dates: [], lines: [] };
  }

  private epoch(minutes: number): number {
    const d = this.date as DateParts;
    return wallToEpoch(this.b.timeZone, wallMs(d.year ?? 0, d.month, d.day) + minutes * 60_000);
  }

  private noDate(n: number): boolean {
    if (this.date) return false;
    this.b.warn(`line ${n}`, "Time before any day header; add the day above it", n);
    return true;
  }

  private rangeLine(range: TimeRange, rest: string, n: number): void {
    if (this.noDate(n)) return;
    const { start, note } = placeStart(range.from, range.to, this.previous);
    const end = placeEnd(range.to, start);
    const p = this.parent;
    const inside =
      p &&
      p.endMin !== undefined &&
      start >= p.startMin &&
      end <= p.endMin &&
      !(start === p.startMin && end === p.endMin);
    if (!inside) this.closeParent();
    const item = this.open(start, end, n, inside ? p : undefined);
    if (!inside) this.parent = item;
    this.readRest(item, rest, n);
    if (note) this.b.warn(`line ${n}`, note, n);
  }

  private clockLine(clock: Clock, rest: string, n: number): void {
    if (this.noDate(n)) return;
    const { start, note } = placeStart(clock, undefined, this.previous);
    const p = this.parent;
    const inParent = p && p.endMin !== undefined && start >= p.startMin && start < p.endMin;
    if (!inParent) this.closeParent();
    const item = this.open(start, undefined, n, inParent ? p : undefined);
    if (!inParent) this.parent = item;
    this.readRest(item, rest, n);
    if (note) this.b.warn(`line ${n}`, note, n);
  }

  private open(startMin: number, endMin: number | undefined, n: number, parent?: Item): Item {
    // Every item becomes a session: past the limit the rest of the text need not be read.
    if (this.items.length >= importLimits.maxSessions) throw tooManySessions();
    this.previous = startMin;
    const item: Item = {
      index: this.items.length,
      day: this.date ? wallMs(this.date.year ?? 0, this.date.month, this.date.day) : 0,
      title: "",
      start: this.epoch(startMin),
      end: endMin === undefined ? undefined : this.epoch(endMin),
      startMin,
      endMin,
      people: [],
      ref: `line ${n}`,
      line: n,
      needsTitle: true,
      descr: [],
      children: [],
    };
    if (!parent && this.blockRoom) item.room = this.blockRoom;
    this.pendingRole = undefined;
    if (!parent && this.group) {
      this.group.open = false;
      for (const seat of this.group.people) item.people.push(seat);
      if (this.group.title) item.track = this.group.title;
    }
    if (parent) {
      item.parent = parent.index;
      parent.children.push(item);
      item.room = parent.room;
      item.track = parent.track;
      this.child = item;
    } else this.child = undefined;
    this.items.push(item);
    return item;
  }

  /** What follows a session's time on its line: its title, or its chairs where the title would
   * be ("11:30-13:00<TAB>Oturum Başkanları: Dr. A, Dr. B"), with the title on a line to come. */
  private readRest(item: Item, rest: string, n: number): void {
    if (rest === "") return;
    const role = rest.indexOf(":") < 0 ? undefined : roleLine(rest);
    if (
      role &&
      (role.role === "chair" || role.role === "moderator") &&
      facultyLine(role.list, true)
    )
      this.roleList(role.role, role.list, n);
    else this.setTitle(item, rest, n);
  }

  private setTitle(item: Item, line: string, n: number): void {
    const labelled = line.indexOf(":") > 0 ? titleThenRoles(line) : undefined;
    if (labelled) for (const seat of labelled.people) item.people.push(seat);
    const text = labelled?.title ?? line;
    const { title, room } = splitRoom(text);
    // "Session 3 - Vascular Surgery": after a session label comes its name, not its speakers.
    // "Dr Name – Office – Institution" is one person with where they work, kept as the title.
    const titled = TITLED.test(title) ? facultyLine(title) : undefined;
    const split =
      LABEL_DASH.test(title) || titled ? { title, people: titled ?? [] } : splitSummary(title);
    item.title = split.title;
    item.needsTitle = false;
    if (LABEL_ONLY.test(split.title)) item.labelOnly = true;
    else if (LABEL_COLON.test(split.title)) {
      // "Plenary session:" above its title: the two make one.
      item.title = split.title.slice(0, -1).trimEnd();
      item.labelOnly = true;
    }
    if (room) item.room = room;
    const people =
      split.people.length > 0
        ? split.people
        : (talkSpeakers(title) ??
          (TITLED.test(title) ? facultyLine(title) : undefined) ??
          authorsAfterTitle(title) ??
          []);
    if (people.length === 0) {
      // "Edoardo Battaglia: Looking for…" or "Daphne Koller (insitro)": names by their shape
      // alone, so kept only if the program writes several titles this way (see end()).
      const guess = speakerBeforeColon(title) ?? peopleAsTitle(title);
      if (guess) this.guessed.push({ item, people: guess });
    }
    const role = split.people.length > 0 ? (split.role ?? "speaker") : "speaker";
    for (const person of people) item.people.push({ person, role });
    if (people.length === 0 && dashThenCredential(title)) {
      this.b.warn(
        `line ${n}`,
        "Could not read the speakers after the dash; kept them in the title",
        n,
      );
    }
  }

  /** A role's list, and the lists of the labels that follow it on its line ("Presidente: A
   * Moderatori: B, C"). */
  private roleList(role: Role, text: string, n: number): void {
    const { head, roles } = roleSegments(text);
    this.oneRoleList(role, head, n);
    for (const other of roles) this.oneRoleList(other.role, other.list, n);
  }

  private oneRoleList(role: Role, list: string, n: number): void {
    if (LENGTH_NOTE.test(list)) {
      // "Plenary Speaker: 30 + 5min": how long the slot is; the name follows on its own line.
      this.pendingRole = role;
      this.labelRead = false;
      return;
    }
    const { list: names, moderators } = splitModerated(list);
    if (moderators) this.oneRoleList("moderator", moderators, n);
    // "Speakers include: A, MD, Place and" goes on to the next line.
    if (/\s(?:and|&)$/i.test(names)) {
      this.pendingRole = role;
      this.labelRead = true;
    }
    const parsed = parsePeople(
      names.replace(/\s(?:and|&)$/i, "").replace(/,\s+(?:and|&)\s+/gi, ", "),
    );
    // "Dr. Name - MG": a dash inside a name sets off where the person is from.
    const dashed = parsed.people.some((p) => SPACED_DASH.test(p.name));
    const read = parsed.unreadable.length > 0 || dashed ? facultyLine(names, dashed) : undefined;
    if (read) {
      this.place(role, read, n);
      return;
    }
    for (const u of parsed.unreadable)
      this.b.warn(`line ${n}`, `Could not read the speaker “${u}”`, n);
    this.place(role, parsed.people, n);
  }

  /** Sessions listed with only a start end where the next one listed starts, under the same
   * day header: the evening's last one does not run to the next morning. */
  private endAtNext(): void {
    let previous: Item | undefined;
    for (const item of this.items) {
      if (item.parent !== undefined) continue;
      if (
        previous?.end === undefined &&
        previous?.day === item.day &&
        sameDay(previous.start, item.start)
      )
        previous.end = item.start;
      previous = item;
    }
  }

  /** Talks with only a start end where the next talk starts, or with their session. */
  private closeParent(): void {
    const p = this.parent;
    if (!p) return;
    const children = p.children;
    children.forEach((c, k) => {
      if (c.end !== undefined) return;
      const next = children[k + 1];
      c.end = next && next.start > c.start ? next.start : p.end;
    });
    this.parent = undefined;
    this.child = undefined;
  }
}
