import type { Role } from "../../../../../schemas/program";
import { htmlToTextFiltered } from "../../common/html";
import { clean } from "../../common/normalize";
import { parsePeople } from "../../people/people";
import type { DraftPerson } from "../../people/person-registry";
import { splitSummary } from "../../people/title-people";
import { roleLine } from "../../program/lines";
import { splitRoom } from "../../program/rooms";
import { readClock, readRange } from "../../time/times";

export type Seat = { person: DraftPerson; role: Role };

const LEAD_SEPARATORS = /^[\s|:–—-]+/;

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

/** An event description as text, with its faculty read like program text: a line such as
 * "Moderators: A, MD (X); B, MBBS (Y)" gives people in that role and leaves the description;
 * a talk line ("7:05 AM  Title — A, MD (X)") keeps its place and gives its speakers. People go
 * into `people` and names that cannot be read into `unreadable`. */
export function descriptionWithFaculty(
  description: unknown,
  people: Seat[],
  unreadable: string[],
): string | undefined {
  return htmlToTextFiltered(description, (text) => {
    // Read with its blanks collapsed (the description keeps them), as program text lines are.
    const line = clean(text);
    const role = line.indexOf(":") < 0 ? undefined : roleLine(line);
    if (role) {
      const parsed = parsePeople(role.list);
      for (const person of parsed.people) people.push({ person, role: role.role });
      for (const u of parsed.unreadable) unreadable.push(u);
      return false;
    }
    if (isDigit(line.charCodeAt(0))) {
      for (const person of talkSpeakers(line)) people.push({ person, role: "speaker" });
    }
    return true;
  });
}
