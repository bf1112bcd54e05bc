import type { Role } from "../../../../../schemas/program";
import { htmlToTextFiltered } from "../../common/html";
import { clean } from "../../common/normalize";
import { parsePeople } from "../../people/people";
import type { DraftPerson } from "../../people/person-registry";
import { splitSummary } from "../../people/title-people";
import { facultyLine, inlineRole, mayBeNames, roleLabel } from "../../program/faculty";
import { roleLine } from "../../program/lines";
import { roomLine, splitRoom } from "../../program/rooms";
import { readClock, readRange } from "../../time/times";

export type Seat = { person: DraftPerson; role: Role };

const LEAD_SEPARATORS = /^[\s|:–—-]+/;
const COMMA_AND = /,\s+(?:and|&)\s+/gi;
const LETTER = /\p{L}/u;
// Longer lines are sentences, not "Moderated by A and B".
const MAX_ROLE_LINE = 200;
// A role named before the names takes at most this many characters ("Session organizer and chair").
const ROLE_HEAD = 34;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Speakers of a talk line ("7:05 AM  Title — Jane Doe, MD (Hospital)"), read as the program
 * text reader reads them; none when the line is not a timed title with names after a dash. */
function talkSpeakers(t: string): readonly DraftPerson[] {
  const length = readRange(t)?.length ?? readClock(t)?.length;
  if (length === undefined) return [];
  const rest = t.slice(length).replace(LEAD_SEPARATORS, "");
  return rest === "" ? [] : splitSummary(splitRoom(rest).title).people;
}

/** Whether a line may start with a role and its names ("Moderated by A", "Presenter - A"): a
 * dash or " by " near its start. Most description lines fail here, before any pattern. */
function roleHead(line: string): boolean {
  const end = Math.min(line.length, ROLE_HEAD);
  for (let i = 3; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  }
  return line.lastIndexOf(" by ", ROLE_HEAD) > 0;
}

/** Reads event descriptions as text, with their faculty read like program text: a line such as
 * "Moderators: A, MD (X); B, MBBS (Y)" gives people in that role and leaves the description;
 * a talk line ("7:05 AM  Title — A, MD (X)"), a role with its names after "by" or a dash
 * ("Moderated by A"), and names on the lines under a role label ("Speakers:") keep their place
 * and give their people. One reader serves a whole calendar, one description at a time, so no
 * function is made per event. */
export class FacultyReader {
  private people: Seat[] = [];
  private unreadable: string[] = [];
  /** The role of a label line, and whether any names were read under it yet. */
  private pending: Role | undefined;
  private readUnder = false;

  constructor(private readonly warn: (message: string) => void) {}

  /** The description as text; people go into `people`, names that cannot be read into
   * `unreadable`, and other warnings to the reader's `warn`. */
  read(description: unknown, people: Seat[], unreadable: string[]): string | undefined {
    this.people = people;
    this.unreadable = unreadable;
    this.pending = undefined;
    this.readUnder = false;
    return htmlToTextFiltered(description, this.keep);
  }

  private unread(role: Role, line: string): void {
    this.warn(`Could not read the ${role} “${line}”; kept it in the description`);
  }

  private readonly keep = (text: string): boolean => {
    const people = this.people;
    // Read with its blanks collapsed (the description keeps them), as program text lines are.
    const line = clean(text);
    const code = line.charCodeAt(0);
    // A role's label starts with a letter, so a line starting with a digit names none.
    const role = isDigit(code) || line.indexOf(":") < 0 ? undefined : roleLine(line);
    if (role) {
      this.pending = undefined;
      const parsed = parsePeople(role.list.replace(COMMA_AND, ", "));
      for (const person of parsed.people) people.push({ person, role: role.role });
      for (const u of parsed.unreadable) this.unreadable.push(u);
      return false;
    }
    if (isDigit(code)) {
      this.pending = undefined;
      for (const person of talkSpeakers(line)) people.push({ person, role: "speaker" });
      return true;
    }
    const pending = this.pending;
    if (pending) {
      const names = facultyLine(line, roomLine(line) === undefined);
      if (names) {
        for (const person of names) people.push({ person, role: pending });
        this.readUnder = true;
        return true;
      }
      if (!this.readUnder && mayBeNames(line)) this.unread(pending, line);
      this.pending = undefined;
    }
    if (line.length > MAX_ROLE_LINE || !LETTER.test(line.charAt(0))) return true;
    const label = roleLabel(line);
    if (label) {
      this.pending = label;
      this.readUnder = false;
      return true;
    }
    const inline = roleHead(line) ? inlineRole(line) : undefined;
    if (inline) {
      const names = facultyLine(inline.list, true);
      if (names) for (const person of names) people.push({ person, role: inline.role });
      else if (mayBeNames(inline.list)) this.unread(inline.role, inline.list);
    }
    return true;
  };
}
