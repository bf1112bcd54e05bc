import type { Role } from "../../../../schemas/program";
import { clean } from "../common/normalize";

// Role labels in English, French, German, Spanish, Italian, Portuguese, Turkish and Polish, lower
// case; chairs and moderators may be "co-" ones ("Co-Chairs", "co moderator").
const ROLE_WORDS: [Role, string[]][] = [
  [
    "chair",
    [
      "chair",
      "chairs",
      "chairman",
      "chairmen",
      "chairwoman",
      "chairperson",
      "chairpersons",
      "convener",
      "conveners",
      "director",
      "directors",
      "rapporteur",
      "rapporteurs",
      "presiding",
      "presider",
      "presiders",
      "président",
      "présidents",
      "présidence",
      "vorsitz",
      "vorsitzende",
      "presidente",
      "presidentes",
      "presidenti",
      "presidencia",
      "presidenza",
      "coordina",
      "coordinan",
      "coordinador",
      "coordinadores",
      "coordinadora",
      "coordinadoras",
      "coordinatore",
      "coordinatori",
      "coordenador",
      "coordenadores",
      "oturum başkanı",
      "oturum başkanları",
      "oturum başkanlari",
      "başkan",
      "başkanlar",
      "kongre başkanı",
      "przewodniczący",
      "przewodniczacy",
      "przewodniczące",
      "przewodniczenie",
      "presidente mesa",
      "presidente de mesa",
      "coord. mesa",
      "pres. mesa",
      "coordenador de mesa",
      "coordenadora",
    ],
  ],
  [
    "moderator",
    [
      "moderator",
      "moderators",
      "moderated by",
      "facilitator",
      "facilitators",
      "host",
      "hosts",
      "emcee",
      "modérateur",
      "modérateurs",
      "moderateur",
      "moderateurs",
      "moderation",
      "moderatoren",
      "moderador",
      "moderadores",
      "moderadora",
      "moderadoras",
      "moderatore",
      "moderatori",
      "moderatrice",
      "moderatör",
      "moderatörler",
      "moderatorzy",
      "mediador",
      "mediadora",
      "mediadores",
      "mediadoras",
      "prowadzący",
      "prowadzacy",
      "prowadzenie",
    ],
  ],
  [
    "panelist",
    [
      "panelist",
      "panelists",
      "panellist",
      "panellists",
      "panel",
      "panel discussion",
      "debater",
      "debaters",
      "participants",
      "judges",
      "experts",
      "intervenants",
      "panelista",
      "panelistas",
      "panelisti",
      "debatedor",
      "debatedora",
      "debatedores",
      "debatedoras",
      "panelistler",
      "paneliści",
      "panelisci",
      "panel ekspertów",
      "panel ekspertow",
      "eksperci",
    ],
  ],
  [
    "discussant",
    [
      "discussant",
      "discussants",
      "commentator",
      "commentators",
      "comentarista",
      "comentaristas",
      "discussore",
      "discussori",
      "discutidor",
      "discutidora",
      "discutidores",
      "discutidoras",
      "tartışmacı",
      "tartışmacılar",
    ],
  ],
  [
    "speaker",
    [
      "speaker",
      "speakers",
      "speakers include",
      "presenter",
      "presenters",
      "faculty",
      "lecturer",
      "lecturers",
      "author",
      "authors",
      "keynote",
      "keynote speaker",
      "invited speaker",
      "presenting author",
      "orateur",
      "orateurs",
      "conférencier",
      "conférenciers",
      "referent",
      "referenten",
      "referentin",
      "vortragende",
      "ponente",
      "ponentes",
      "conferencista",
      "conferencistas",
      "relatore",
      "relatori",
      "relatrice",
      "relatrici",
      "palestrante",
      "palestrantes",
      "apresentador",
      "apresentadora",
      "apresentadores",
      "konuşmacı",
      "konuşmacılar",
      "konusmaci",
      "wykładowca",
      "wykładowcy",
      "prelegent",
      "prelegenci",
      "palestrantes convidados",
    ],
  ],
];
const ROLE_OF = new Map<string, Role>(
  ROLE_WORDS.flatMap(([role, words]) => words.map((w) => [w, role] as const)),
);
const CO = /^co-?\s?/;

/** Role labels that head a list inside running text, where a colon follows them: the common
 * ones only, as "Keynote:" or "Faculty:" there more often heads a title than names. */
export const ROLE_LABEL_IN_TEXT =
  "(?:co-?)?chairs?|chairpersons?|panell?ists?|(?:virtual |co-?)?moderators?|emcee|judges|rapporteurs?|discussants?|speakers?|presidente|presidentes|presidenti|coordinan?|coordinadore?s?|coordinatori|modérateurs?|moderador(?:es)?|moderatori|moderatore|panelistas?|panelisti|ponentes?|relatori|relatore";

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
  const text = clean(label);
  const key = text.toLowerCase();
  const named = ROLE_OF.get(key);
  if (named) return named;
  if (key.startsWith("co")) {
    const co = ROLE_OF.get(key.replace(CO, ""));
    if (co === "chair" || co === "moderator") return co;
  }
  // A qualified role names it last: "Session organizer and chair", "Virtual Moderator".
  const space = text.lastIndexOf(" ");
  if (space < 0 || text.length > 40) return undefined;
  const last = text.slice(space + 1).toLowerCase();
  return LAST_WORDS.get(last);
}
