import { credentialList } from "./credentials";
import { type ParsedPerson, parsePeople } from "./people";

const BY =
  /^(.*\S)\s*\((?:(?:a\s+)?talk\s+|presented\s+|presentation\s+|lecture\s+)?by\s+([^()]+)\)\s*$/i;
const DASH = /\s+[-–—]\s+/g;
const NOT_NAMES =
  /\b(?:room|hall|ballroom|salon|break|lunch|breakfast|dinner|coffee|reception|session|sessions|part|day|keynote|panel|workshop|q&a|introduction|opening|closing|remarks|exhibit|poster|posters|track|level|update|updates|discussion|debate|overview|course|lab|symposium|plenary|welcome|award|awards|networking|registration|meeting|review|case|cases|and beyond|the|of|in|for|to|with|on)\b/i;
const CAPITALISED = /^\p{Lu}/u;

function looksLikeNames(people: ParsedPerson[], unreadable: string[]): boolean {
  if (people.length === 0 || unreadable.length > 0) return false;
  return people.every((p) => {
    if (p.credentials.length > 0) return true;
    const words = p.name.split(" ");
    return (
      words.length >= 2 &&
      words.length <= 4 &&
      words.every((w) => CAPITALISED.test(w)) &&
      !NOT_NAMES.test(p.name)
    );
  });
}

/** Speakers named in a SUMMARY: "Title - Name1, Name2" or "Title (talk by Name)". The title is
 * left whole when the tail does not read as personal names ("Lunch - Exhibit Hall"). */
export function splitSummary(summary: string): { title: string; people: ParsedPerson[] } {
  const by = BY.exec(summary);
  if (by?.[1] && by[2]) {
    const parsed = parsePeople(by[2].replace(/\s+and\s+/gi, ", "));
    if (parsed.people.length > 0 && parsed.unreadable.length === 0)
      return { title: by[1], people: parsed.people };
  }
  let last: RegExpExecArray | null = null;
  DASH.lastIndex = 0;
  for (let m = DASH.exec(summary); m; m = DASH.exec(summary)) last = m;
  if (last) {
    const title = summary.slice(0, last.index).trim();
    const tail = summary.slice(last.index + last[0].length).trim();
    const parsed = parsePeople(tail);
    if (title !== "" && !credentialList(tail) && looksLikeNames(parsed.people, parsed.unreadable)) {
      return { title, people: parsed.people };
    }
  }
  return { title: summary, people: [] };
}
