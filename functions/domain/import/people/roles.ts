import type { Role } from "../../../../schemas/program";

const ROLE_WORDS: [RegExp, Role][] = [
  [
    /^(?:co-?\s?)?(?:chair|chairs|chairman|chairmen|chairwoman|chairperson|chairpersons|convener|conveners|director|directors|rapporteur|rapporteurs|presiding|presider|presiders|président|présidents|présidence|vorsitz|vorsitzende)$/i,
    "chair",
  ],
  [
    /^(?:co-?\s?)?(?:moderator|moderators|moderated by|facilitator|facilitators|host|hosts|emcee|modérateurs?|moderateurs?|moderation|moderatoren)$/i,
    "moderator",
  ],
  [
    /^(?:panelist|panelists|panellist|panellists|panel|panel discussion|debater|debaters|participants|judges|experts|intervenants)$/i,
    "panelist",
  ],
  [/^(?:discussant|discussants|commentator|commentators)$/i, "discussant"],
  [
    /^(?:speaker|speakers|speakers include|presenter|presenters|faculty|lecturer|lecturers|author|authors|keynote|keynote speaker|invited speaker|presenting author|orateurs?|conférenciers?|referent|referenten|referentin|vortragende)$/i,
    "speaker",
  ],
];

/** Role words that keep their meaning after a qualifier; "Program Director" is no chair. */
const LAST_WORDS = new Map<string, Role>([
  ["chair", "chair"],
  ["chairs", "chair"],
  ["moderator", "moderator"],
  ["moderators", "moderator"],
  ["panelist", "panelist"],
  ["panelists", "panelist"],
  ["speaker", "speaker"],
  ["speakers", "speaker"],
]);

/** The role a label names ("Co-Chairs", "Moderators", "Panelist", "Session organizer and
 * chair", "Virtual Moderator"); undefined when unknown. */
export function roleOf(label: string): Role | undefined {
  const text = label.trim().replace(/\s+/g, " ");
  for (const [re, role] of ROLE_WORDS) if (re.test(text)) return role;
  // A qualified role names it last: "Session organizer and chair", "Virtual Moderator".
  const space = text.lastIndexOf(" ");
  if (space < 0 || text.length > 40) return undefined;
  const last = text.slice(space + 1).toLowerCase();
  return LAST_WORDS.get(last);
}
