import type { Role } from "../../../../schemas/program";
import { hasDash, spacedDashes } from "../common/normalize";
import { credentialList } from "./credentials";
import { looksLikeName } from "./name-shape";
import { type ParsedPerson, parseNameList, parsePeople } from "./people";
import { roleOf } from "./roles";

const BY =
  /^(.*\S)\s*\((?:(?:a\s+)?talk\s+|presented\s+|presentation\s+|lecture\s+)?by\s+([^()]+)\)\s*$/i;
// What BY needs right after the last "(", tested first because BY backtracks over the title.
const BY_START = /^\((?:a\s+)?(?:talk\s+|presented\s+|presentation\s+|lecture\s+)?by\s/i;
const noPeople: readonly ParsedPerson[] = [];

function looksLikeNames(people: readonly ParsedPerson[], unreadable: readonly string[]): boolean {
  if (people.length === 0 || unreadable.length > 0) return false;
  return people.every((p) => p.credentials.length > 0 || looksLikeName(p.name));
}

// A role label inside brackets is a word or two, or what comes before a colon.
const MAX_BRACKET_LABEL = 30;

/** "Title (Relatore M. Donadon)", "Title (Moderator: Jane Doe, MD)": a role and its people in the
 * brackets that end the text, when they read as names. */
function bracketedRole(text: string, open: number): TitlePeople | undefined {
  const close = text.trimEnd().length - 1;
  if (text.charCodeAt(close) !== 0x29 || text.indexOf(")", open) !== close) return undefined;
  const inside = text.slice(open + 1, close).trim();
  const colon = inside.indexOf(":");
  const cut = colon > 0 && colon <= MAX_BRACKET_LABEL ? colon : inside.indexOf(" ");
  const role = cut > 0 ? roleOf(inside.slice(0, cut)) : undefined;
  const title = text.slice(0, open).trim();
  if (!role || title === "") return undefined;
  const parsed = parseNameList(inside.slice(cut + 1));
  return looksLikeNames(parsed.people, parsed.unreadable)
    ? { title, people: parsed.people, role }
    : undefined;
}

/** A title and the people it names; `role` when a label says theirs (speakers otherwise). */
export type TitlePeople = { title: string; people: readonly ParsedPerson[]; role?: Role };

/** People named in a SUMMARY: "Title - Name1, Name2", "Title (talk by Name)" or "Title
 * (Moderator: Name)". The title is left whole when the tail does not read as personal names
 * ("Lunch - Exhibit Hall"). */
export function splitSummary(summary: string): TitlePeople {
  const open = summary.lastIndexOf("(");
  const by = open > 0 && BY_START.test(summary.slice(open)) ? BY.exec(summary) : null;
  if (by?.[1] && by[2]) {
    const parsed = parsePeople(by[2].replace(/\s+and\s+/gi, ", "));
    if (parsed.people.length > 0 && parsed.unreadable.length === 0)
      return { title: by[1], people: parsed.people };
  }
  const role = open > 0 ? bracketedRole(summary, open) : undefined;
  if (role) return role;
  const dashes = hasDash(summary) ? spacedDashes(summary) : undefined;
  if (dashes && dashes.length > 0) {
    // After the last spaced dash.
    const title = summary.slice(0, dashes[dashes.length - 2]).trim();
    const tail = summary.slice(dashes[dashes.length - 1]).trim();
    const parsed = parsePeople(tail);
    if (title !== "" && !credentialList(tail) && looksLikeNames(parsed.people, parsed.unreadable)) {
      return { title, people: parsed.people };
    }
  }
  return { title: summary, people: noPeople };
}
