import { hasDash } from "../common/normalize";
import { credentialList } from "./credentials";
import { looksLikeName } from "./name-shape";
import { type ParsedPerson, parsePeople } from "./people";

const BY =
  /^(.*\S)\s*\((?:(?:a\s+)?talk\s+|presented\s+|presentation\s+|lecture\s+)?by\s+([^()]+)\)\s*$/i;
// What BY needs right after the last "(", tested first because BY backtracks over the title.
const BY_START = /^\((?:a\s+)?(?:talk\s+|presented\s+|presentation\s+|lecture\s+)?by\s/i;
const DASH = /\s+[-–—]\s+/g;
const noPeople: readonly ParsedPerson[] = [];

function looksLikeNames(people: readonly ParsedPerson[], unreadable: readonly string[]): boolean {
  if (people.length === 0 || unreadable.length > 0) return false;
  return people.every((p) => p.credentials.length > 0 || looksLikeName(p.name));
}

/** Speakers named in a SUMMARY: "Title - Name1, Name2" or "Title (talk by Name)". The title is
 * left whole when the tail does not read as personal names ("Lunch - Exhibit Hall"). */
export function splitSummary(summary: string): {
  title: string;
  people: readonly ParsedPerson[];
} {
  const open = summary.lastIndexOf("(");
  const by = open > 0 && BY_START.test(summary.slice(open)) ? BY.exec(summary) : null;
  if (by?.[1] && by[2]) {
    const parsed = parsePeople(by[2].replace(/\s+and\s+/gi, ", "));
    if (parsed.people.length > 0 && parsed.unreadable.length === 0)
      return { title: by[1], people: parsed.people };
  }
  let last: RegExpExecArray | null = null;
  DASH.lastIndex = 0;
  if (hasDash(summary)) for (let m = DASH.exec(summary); m; m = DASH.exec(summary)) last = m;
  if (last) {
    const title = summary.slice(0, last.index).trim();
    const tail = summary.slice(last.index + last[0].length).trim();
    const parsed = parsePeople(tail);
    if (title !== "" && !credentialList(tail) && looksLikeNames(parsed.people, parsed.unreadable)) {
      return { title, people: parsed.people };
    }
  }
  return { title: summary, people: noPeople };
}
