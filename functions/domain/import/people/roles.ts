import type { Role } from "../../../../schemas/program";

const ROLE_WORDS: [RegExp, Role][] = [
  [
    /^(?:co-?\s?)?(?:chair|chairs|chairman|chairwoman|chairperson|convener|conveners|director|directors)$/i,
    "chair",
  ],
  [/^(?:co-?\s?)?(?:moderator|moderators|facilitator|facilitators|host|hosts)$/i, "moderator"],
  [/^(?:panelist|panelists|panellist|panellists|panel|debater|debaters)$/i, "panelist"],
  [/^(?:discussant|discussants|commentator|commentators)$/i, "discussant"],
  [
    /^(?:speaker|speakers|presenter|presenters|faculty|lecturer|lecturers|author|authors|keynote|keynote speaker|invited speaker|presenting author)$/i,
    "speaker",
  ],
];

/** The role a label names ("Co-Chairs", "Moderators", "Panelist"); undefined when unknown. */
export function roleOf(label: string): Role | undefined {
  const text = label.trim().replace(/\s+/g, " ");
  for (const [re, role] of ROLE_WORDS) if (re.test(text)) return role;
  return undefined;
}
