import type { Role } from "../../../../schemas/program";
import { HONORIFIC_WORDS, wordCount } from "../common/normalize";
import { looksLikeInstitution } from "../people/affiliation";
import { isTopic, looksLikeName } from "../people/name-shape";
import {
  isOffice,
  type ParsedPerson,
  parseNameList,
  parsePeople,
  sentenceEnds,
} from "../people/people";
import { ROLE_LABEL_IN_TEXT, roleOf } from "../people/roles";
import { isRoomText } from "./rooms";

const HONORIFIC_WORD = new RegExp(`^(?:${HONORIFIC_WORDS})\\.?$`, "i");
const HONORIFIC_START = new RegExp(`^(?:${HONORIFIC_WORDS})\\b\\.?`, "i");
const SPACED_DASH = /\s+[–—-]+\s+|\s+[–—]\s*|\s*[–—]\s+/;
// Before the names: a bullet, "a)", "1.", or "by" ("by Prof Jane Doe, Dean, VIT").
const LEAD = /^(?:[-–—•·*]+|[a-z]\)|\d{1,2}[.)]|[Bb]y(?=\s))\s*/;
const COMMA_AND = /,\s+(?:and|&)\s+/gi;
const ROLE_TAIL = /^[\s:–—-]+|[\s:–—-]+$/g;
const ROLE_DASH = /^([\p{L} ]{3,30}?)\s*[-–—]\s*(\S.*)$/u;
const ROLE_BY = /^(moderated|chaired|presided|hosted|facilitated)\s+by\s+(.+)$/i;
const MODERATED_AFTER = /\.?\s+(?:moderated|chaired)\s+by\s+/i;
// Where a talk line hands over to its speakers: a spaced dash, a dash before an honorific, a
// comma, colon or the end of a sentence before one ("Title, Dr Name", "Title. Dr. Name (USA)",
// "PL-10: PROFESSOR NAME"), or "by" before one ("Vorlesung von Prof. Dr. Name").
// The honorifics a speaker's name may start with after the hand-over, in the cases programs write.
const HANDOVER_HONORIFIC = "(?:[Dd]r[as]?|DR|[Pp]rof|PROF|[Pp]rofessor|PROFESSOR|[Pp]r|Mrs?|Ms)\\b";
const TALK_SPLIT = new RegExp(
  `(?:\\s+(?:by|von|par)\\s+(?=${HANDOVER_HONORIFIC})|\\s+[–—-]+\\s*|\\s*[–—-]+\\s+|\\s*[–—-]+(?=${HANDOVER_HONORIFIC})|[,.?:]\\s*(?=${HANDOVER_HONORIFIC}\\.?\\s))`,
  "g",
);
const MAX_LINE = 400;
const NOT_A_NAME_LINE = /[\d!?:()[\]–—]|\s-|-\s|[^.\s]{3}\.$/;
const SPACED_DASHES = /\s+[–—-]+\s+/g;
const QUOTED_TAIL = /(?:,|\s+[-–—])?\s*["“«].*$/;
// Role labels inside running text: "Chairs: A and B Panelists: C, D Virtual Moderator: E",
// "Session chair: Name".
const ROLE_IN_TEXT = new RegExp(
  `(?:^|[\\s.;,])((?:session\\s+)?(?:${ROLE_LABEL_IN_TEXT}))\\s*:\\s*`,
  "gi",
);

/** Puts a ";" before an honorific that starts the next person ("Dr Sadiq Abdul Dr Ahmad Ameer"),
 * but not inside "Prof Dr. Name", before an office ("Professor of Urology"), after "and", or
 * after a separator already there (a comma, a semicolon, a middle dot, a slash). */
function splitRunOn(text: string): string {
  const words = text.split(" ");
  let out = words[0] ?? "";
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    const before = words[i - 1] as string;
    const starts =
      HONORIFIC_START.test(w) &&
      // "Dr Name Professor of Urology": an office after the name, no second person.
      !isOffice(words.slice(i).join(" ")) &&
      !HONORIFIC_WORD.test(before) &&
      !HONORIFIC_START.test(before) &&
      !/^(?:and|&|et|und)$/i.test(before) &&
      !/[,;·•/]$/.test(before);
    out += starts ? `; ${w}` : ` ${w}`;
  }
  return out;
}

/** The people of a line that holds only names: each written with an honorific or credentials,
 * or two or more that read as personal names (one is enough when `single`, as under a role
 * label). "Dr Name – Office – Institution" is one person with an affiliation; "Prof A – Dr B"
 * two people. Undefined when the line is not only names. */
export function facultyLine(line: string, single = false): readonly ParsedPerson[] | undefined {
  if (line.length > MAX_LINE) return undefined;
  // A quoted title after the name ("Prof. Name, “Title”") is no part of it.
  let text = line.replace(LEAD, "").replace(COMMA_AND, ", ").replace(QUOTED_TAIL, "");
  if (text === "") return undefined;
  let affiliation: string | undefined;
  if (SPACED_DASH.test(text)) {
    const parts = text.split(SPACED_DASH).filter((p) => p.trim() !== "");
    if (parts.every((p) => HONORIFIC_START.test(p.trim()))) text = parts.join("; ");
    else if (HONORIFIC_START.test(parts[0] ?? "")) {
      text = parts[0] as string;
      affiliation = parts.slice(1).join(", ");
    } else if (parts.length >= 3 && parts.every((p) => looksLikeName(p.trim()))) {
      // "A – B – C" without honorifics: two could be a name and an office, three are names.
      text = parts.join("; ");
    } else if (
      single &&
      parts.length === 2 &&
      looksLikeName((parts[0] as string).trim()) &&
      looksLikePlace((parts[1] as string).trim())
    ) {
      // One person alone on a line, then where they are: "Miguel Gonçalves - Portugal".
      text = parts[0] as string;
      affiliation = parts[1] as string;
    } else return undefined;
  }
  const parsed = parsePeople(splitRunOn(text));
  const people = parsed.people;
  if (people.length === 0 || parsed.unreadable.length > 0) return undefined;
  const sure = (p: ParsedPerson) => p.titled === true || p.credentials.length > 0;
  const named = people.filter((p) => sure(p) || looksLikeName(p.name)).length;
  if (!(people.every(sure) || ((people.length >= 2 || single) && named >= people.length * 0.8)))
    return undefined;
  if (affiliation && people.length === 1 && people[0]?.affiliation === undefined)
    return [{ ...(people[0] as ParsedPerson), affiliation }];
  return people;
}

// A place or state after a name: up to three capitalised words ("Portugal", "MG", "Porto Alegre").
const PLACE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:\s\([\p{L} ]+\))?$/u;

/** Whether text after a name and a dash reads as where the person is, not as a second name or a
 * topic. */
function looksLikePlace(text: string): boolean {
  return PLACE.test(text) && !looksLikeName(text) && !isTopic(text);
}

const INITIAL = /^\p{Lu}\.\s?\p{Lu}/u;
// An initial and a family name or two, and nothing else: "K. Mizia-Stec", "R. Baranowski".
const INITIAL_NAME = /^\p{Lu}\.\s?\p{Lu}[\p{L}'’–-]+(?:\s\p{Lu}[\p{L}'’–-]+)?$/u;

/** One person alone on a line, written with an initial: the name only ("K. Mizia-Stec"), or with
 * where they work in brackets ("P. Rozentryt (Zabrze)"), as talk speakers are listed under their
 * titles. A bracket after a plain two-word phrase ("Heart Failure (HF)") is no person. */
export function initialledPerson(line: string): readonly ParsedPerson[] | undefined {
  const text = line.replace(LEAD, "");
  if (!INITIAL.test(text)) return undefined;
  const bracketed = text.charCodeAt(text.length - 1) === 0x29;
  if (!bracketed && !INITIAL_NAME.test(text)) return undefined;
  const people = facultyLine(text, true);
  const one = people?.length === 1 ? people[0] : undefined;
  return one && (one.affiliation !== undefined) === bracketed ? people : undefined;
}

/** Whether a line that is not read as names may still be one: short, with no digits, brackets
 * or sentence end, and every part (between commas, semicolons or spaced dashes) a plausible
 * name of at most four words ("Madonna", "Jane Doe – Team"). */
export function mayBeNames(line: string): boolean {
  if (line.length > 120) return false;
  // "A – B" joins two names as well as a name and an office.
  const text = line.replace(SPACED_DASHES, "; ");
  if (NOT_A_NAME_LINE.test(text)) return false;
  const parsed = parsePeople(text);
  return (
    parsed.people.length > 0 &&
    parsed.unreadable.length === 0 &&
    parsed.people.every((p) => wordCount(p.name) <= 4 && !isRoomText(p.name))
  );
}

/** A line that only names a role, with the names on the lines under it ("Chairpersons",
 * "Panelists:", "Participants-"). */
export function roleLabel(line: string): Role | undefined {
  if (line.length > 40) return undefined;
  const label = line.replace(ROLE_TAIL, "");
  // "Q&A: Chairpersons & Speakers" is a title that names roles, not a label.
  return label === "" || label.indexOf(":") >= 0 ? undefined : roleOf(label);
}

/** "Moderator - Dr Name", "Moderated by Name, MD": a role and its list on one line. */
export function inlineRole(line: string): { role: Role; list: string } | undefined {
  const by = ROLE_BY.exec(line);
  if (by) return { role: roleOf(`${by[1]} by`) ?? "moderator", list: by[2] as string };
  const dash = ROLE_DASH.exec(line);
  const role = dash && roleOf(dash[1] as string);
  return role ? { role, list: dash[2] as string } : undefined;
}

/** A role list that goes on to name a moderator: "A, B and C. Moderated by D". */
export function splitModerated(list: string): { list: string; moderators?: string } {
  const m = MODERATED_AFTER.exec(list);
  if (!m) return { list };
  return { list: list.slice(0, m.index), moderators: list.slice(m.index + m[0].length) };
}

/** The speakers at the end of a talk line ("Title – Dr Name", "Title, Drs A et B", "Title-Prof
 * Name", "Title by Dr A, Dr B"; with `single`, "Title – Jane Doe" too), or undefined when its end
 * names nobody. The first hand-over after which only names follow wins, so that "by Dr A, Dr B"
 * keeps both. */
export function talkSpeakers(line: string, single = false): readonly ParsedPerson[] | undefined {
  if (line.length > MAX_LINE) return undefined;
  TALK_SPLIT.lastIndex = 0;
  const splits: number[] = [];
  for (let m = TALK_SPLIT.exec(line); m; m = TALK_SPLIT.exec(line))
    if (m.index > 0) splits.push(m.index + m[0].length);
  for (const from of splits) {
    const tail = line.slice(from);
    const people = facultyLine(tail, single && !isRoomText(tail));
    if (people) return people;
  }
  return undefined;
}

/** A text's role labels and what follows each ("Chairs: A (China) and B Panelists: C, D"):
 * the text before the first label, then each label's role and list. */
export function roleSegments(text: string): {
  head: string;
  roles: { role: Role; list: string }[];
} {
  const marks = text.indexOf(":") < 0 ? [] : [...text.matchAll(ROLE_IN_TEXT)];
  const roles = marks.map((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = marks[k + 1]?.index ?? text.length;
    return { role: roleOf(m[1] as string) ?? "speaker", list: text.slice(from, to) };
  });
  return { head: marks[0] ? text.slice(0, marks[0].index) : text, roles };
}

/** "Session 2: Image processing Session chair: Dr.Murukeshan V M": a title with its role labels
 * and their people after it, when every list reads as names (with an honorific, credentials or
 * the shape of a name). */
export function titleThenRoles(
  text: string,
): { title: string; people: { person: ParsedPerson; role: Role }[] } | undefined {
  const { head, roles } = roleSegments(text);
  const title = head.replace(TITLE_TAIL, "");
  if (roles.length === 0 || title === "") return undefined;
  const people: { person: ParsedPerson; role: Role }[] = [];
  for (const { role, list } of roles) {
    const parsed = parseNameList(list);
    if (parsed.people.length === 0 || parsed.unreadable.length > 0) return undefined;
    for (const person of parsed.people) {
      // "Ask the Speaker: Why mesh fails" is a title: what follows its label names nobody.
      if (!person.titled && person.credentials.length === 0 && !looksLikeName(person.name))
        return undefined;
      people.push({ person, role });
    }
  }
  return { title, people };
}

const TITLE_TAIL = /[\s,;.–—-]+$/;

/** People named after role labels inside free text, such as a session description; each with
 * the role its label names. */
export function rolesInText(text: string): { person: ParsedPerson; role: Role }[] {
  const out: { person: ParsedPerson; role: Role }[] = [];
  for (const { role, list } of roleSegments(text).roles) {
    for (const person of parseNameList(list).people) out.push({ person, role });
  }
  return out;
}

/** The authors of "A, B, C: Title", written before the title and a colon. */
export function authorsBeforeTitle(line: string): readonly ParsedPerson[] | undefined {
  const colon = line.indexOf(": ");
  return colon > 0 && colon <= MAX_LINE ? facultyLine(line.slice(0, colon)) : undefined;
}

// A name before a title's colon is a few words.
const MAX_NAME_BEFORE_COLON = 60;

/** One speaker written before a title and a colon ("Edoardo Battaglia: Looking for…"), when
 * that part reads as a personal name and no institution. */
export function speakerBeforeColon(title: string): readonly ParsedPerson[] | undefined {
  const colon = title.indexOf(": ");
  if (colon <= 0 || colon > MAX_NAME_BEFORE_COLON) return undefined;
  const before = title.slice(0, colon);
  return looksLikeName(before) && !looksLikeInstitution(before)
    ? facultyLine(before, true)
    : undefined;
}

// A label before a name is a few words: "Hekim", "Genç Birikim Derneği".
const MAX_LABEL_WORDS = 4;

/** One person written after a short label that is no role ("Hekim: Meltem Dağdelen", a
 * physician; "Europadonna: Violet Aroya", the association she speaks for): the person, with the
 * label as their title. Undefined when the part after the colon is no name alone. */
export function labelledName(line: string): (ParsedPerson & { title: string })[] | undefined {
  const colon = line.indexOf(": ");
  if (colon <= 0 || colon > MAX_NAME_BEFORE_COLON) return undefined;
  const label = line.slice(0, colon);
  if (wordCount(label) > MAX_LABEL_WORDS || /\d/.test(label)) return undefined;
  const after = line.slice(colon + 2);
  // Alone under a label, facultyLine takes one person only when the name reads as one.
  const people = facultyLine(after, true);
  const person = people?.length === 1 ? people[0] : undefined;
  return person ? [{ ...person, title: label }] : undefined;
}

const QUOTED_HEAD = /^["“”«]([^"“”»]{3,})["“”»],?\s*(.+?)(?:,?\s+et\s+al\.?)?$/u;

/** The author of a paper written with its quoted title first ("“Title”, Jane Doe et al."). */
export function authorAfterQuotedTitle(line: string): readonly ParsedPerson[] | undefined {
  const m = line.length <= MAX_LINE ? QUOTED_HEAD.exec(line) : null;
  return m ? facultyLine(m[2] as string, true) : undefined;
}

/** The authors of a paper listed as "Title. A, B, C. Institution, Country", as proceedings print
 * their papers, each given that institution; undefined unless the part after the title's stop
 * reads as names. */
export function authorsAfterTitle(line: string): readonly ParsedPerson[] | undefined {
  if (line.length > MAX_LINE || line.indexOf(". ") < 0) return undefined;
  const ends = sentenceEnds(line);
  for (let k = 0; k < ends.length; k++) {
    const from = (ends[k] as number) + 2;
    const to = ends[k + 1];
    const names = line.slice(from, to).trim();
    const people = facultyLine(names, true);
    if (!people?.every((p) => p.credentials.length > 0 || looksLikeName(p.name))) continue;
    const place = to === undefined ? "" : line.slice(to + 2).trim();
    return place === ""
      ? people
      : people.map((p) => (p.affiliation === undefined ? { ...p, affiliation: place } : p));
  }
  return undefined;
}

/** A title that only names people, each with the brackets of where they work ("Daphne Koller
 * (insitro)", "A (Google Health) & B (Apple)"): a talk known by its speaker. */
export function peopleAsTitle(title: string): readonly ParsedPerson[] | undefined {
  if (title.charCodeAt(title.length - 1) !== 0x29) return undefined;
  const people = facultyLine(title, true);
  return people?.every((p) => p.affiliation !== undefined && looksLikeName(p.name))
    ? people
    : undefined;
}
