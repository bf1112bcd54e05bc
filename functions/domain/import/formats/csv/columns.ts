import type { CsvField, CsvMapping } from "../../../../../schemas/program";
import { looksLikeName } from "../../people/name-shape";

const SYNONYMS: Record<Exclude<CsvField, "ignore">, string[]> = {
  title: [
    "title",
    "session",
    "session title",
    "session name",
    "talk",
    "talk title",
    "presentation",
    "presentation title",
    "topic title",
    "lecture",
    "paper title",
    "event",
    "event title",
    "session title",
    "content",
    "contents",
    "program",
    "programme",
    "veranstaltung",
    "titel",
    "thema",
    "vortrag",
    "sitzung",
    "titre",
  ],
  date: ["date", "day", "session date", "event date", "when", "date start", "datum", "tag", "jour"],
  start: [
    "start",
    "start time",
    "from",
    "begins",
    "begin",
    "time start",
    "starts",
    "starts at",
    "start date time",
    "start datetime",
  ],
  end: [
    "end",
    "end time",
    "to",
    "ends",
    "time end",
    "ends at",
    "until",
    "end date time",
    "end datetime",
  ],
  timeRange: [
    "time",
    "time range",
    "times",
    "session time",
    "timeslot",
    "time slot",
    "slot",
    "hour",
    "hours",
    "zeit",
    "uhrzeit",
    "horaire",
    "heure",
  ],
  room: [
    "room",
    "location",
    "hall",
    "venue",
    "place",
    "room name",
    "salon",
    "where",
    "raum",
    "saal",
    "ort",
    "salle",
  ],
  track: ["track", "category", "theme", "topic", "stream", "specialty", "panel title", "block"],
  speakers: [
    "speakers",
    "presenters",
    "faculty",
    "speaker",
    "name",
    "authors",
    "presenter",
    "author",
    "faculty name",
    "speaker name",
    "speaker names",
    "people",
    "full name",
    "last name",
    "surname",
    "family name",
    "nachname",
    "referent",
    "referentin",
    "referenten",
    "vortragende",
    "sprecher",
    "intervenant",
    "orateur",
  ],
  chairs: [
    "chairs",
    "chair",
    "chairpersons",
    "chairperson",
    "session chair",
    "session chairs",
    "co chairs",
    "vorsitz",
    "vorsitzende",
    "presidents",
    "presidenti",
  ],
  moderators: [
    "moderators",
    "moderator",
    "moderated by",
    "moderation",
    "moderatoren",
    "moderadores",
  ],
  panelists: ["panelists", "panellists", "panelist", "panel members"],
  discussants: ["discussants", "discussant", "diskutanten"],
  firstName: ["first name", "given name", "forename", "vorname", "prenom", "prénom"],
  affiliation: [
    "affiliation",
    "institution",
    "organization",
    "organisation",
    "company",
    "hospital",
    "affiliations",
    "employer",
    "klinik",
    "einrichtung",
    "institut",
    "arbeitgeber",
  ],
  role: ["role", "faculty role", "speaker role", "participation"],
  description: [
    "description",
    "abstract",
    "summary",
    "details",
    "notes",
    "synopsis",
    "session description",
    "beschreibung",
  ],
  kind: ["kind", "type", "format", "session type", "session format", "category type"],
};

/** Each synonym's field and its place in the field's list: where two headers name one field,
 * the one earlier in the list holds it ("title" over "session"). */
const LOOKUP = new Map<string, { field: CsvField; rank: number }>();
/** The same, keyed without spaces, for headers written run together ("starttime"). */
const RUN_TOGETHER = new Map<string, { field: CsvField; rank: number }>();
for (const [field, names] of Object.entries(SYNONYMS)) {
  names.forEach((name, rank) => {
    const entry = { field: field as CsvField, rank };
    if (!LOOKUP.has(name)) LOOKUP.set(name, entry);
    const joined = name.replaceAll(" ", "");
    if (!RUN_TOGETHER.has(joined)) RUN_TOGETHER.set(joined, entry);
  });
}

export function headerKey(header: string): string {
  return (
    header
      // "SessionTitle" and "StartTime" as exports write them.
      .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
  );
}

// Words that name a column's field wherever they stand in its header: "Speaker 1 Affiliation",
// "Presenter institution", "Session location", "sessionchair". Checked in order: affiliation
// before person.
const WORDS: [RegExp, CsvField][] = [
  [
    /\b(?:affiliations?|institution|organi[sz]ation|hospital|employer|klinik|einrichtung)\b/,
    "affiliation",
  ],
  [/\b(?:first name|given name|vorname)\b/, "firstName"],
  [/\b(?:room|location|venue|hall|where|raum|saal|salle)\b/, "room"],
  [/(?:\b|session|co)chair(?:s|persons?|men|women)?\b/, "chairs"],
  [/\bmoderat(?:ors?|ion|oren)\b/, "moderators"],
  [/\bpanel+ists?\b/, "panelists"],
  [/\bdiscussants?\b/, "discussants"],
  [/\b(?:presenters?|speakers?|faculty|authors?|referent\w*|full name)\b/, "speakers"],
];

/** A header's field and how surely it names it (lower is surer), or undefined. */
function headerMatch(header: string): { field: CsvField; rank: number } | undefined {
  const key = headerKey(header).replace(/\s+\d+$/, "");
  const exact = LOOKUP.get(key) ?? RUN_TOGETHER.get(key.replaceAll(" ", ""));
  if (exact) return exact;
  const at = WORDS.findIndex(([re]) => re.test(key));
  return at < 0 ? undefined : { field: (WORDS[at] as [RegExp, CsvField])[1], rank: 100 + at };
}

/** The field a header names, from the synonym table, else from a word in it ("Speaker 1
 * Affiliation"); undefined for unknown headers. */
export function headerField(header: string): CsvField | undefined {
  return headerMatch(header)?.field;
}

const TIME_FIELDS = new Set<CsvField>(["start", "end", "timeRange"]);
/** Cells looked at to tell what a column holds. */
const SAMPLED = 20;
const DIGIT = /\d/;

/** The first non-empty cells of column `i`. */
function sample(rows: readonly (readonly string[])[], i: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < rows.length && out.length < SAMPLED; r++) {
    const cell = String(rows[r]?.[i] ?? "").trim();
    if (cell !== "") out.push(cell);
  }
  return out;
}

/** What a header names, checked against its cells: a time column holds digits, and a column
 * headed only "name" holds people when most of its cells read as a person's name, and the
 * session's name otherwise ("Displays", "Keynote 1"). */
function fieldOf(header: string, cells: string[]): { field: CsvField; rank: number } | undefined {
  const match = headerMatch(header);
  if (!match) return undefined;
  if (TIME_FIELDS.has(match.field) && cells.length > 0 && !cells.some((c) => DIGIT.test(c)))
    return undefined;
  if (headerKey(header) === "name") {
    const names = cells.filter(looksLikeName).length;
    if (cells.length > 0 && names * 2 < cells.length) return { field: "title", rank: 50 };
  }
  return match;
}

/** Fields that several columns may hold at once: a person's affiliations, one column each. */
const SHARED = new Set<CsvField>(["affiliation"]);

/** Maps each header to a field. Where several name the same field, the surest holds it (the
 * first column of those equally sure), and the rest are ignored; a column headed "session" that
 * loses the title to one headed "title" is the track. Explicit entries in `override` replace the
 * automatic choice. `rows` are the body rows, whose first cells settle what an ambiguous header
 * holds. */
export function mapColumns(
  headers: string[],
  rows: readonly (readonly string[])[],
  override?: CsvMapping,
): CsvMapping {
  const mapping: CsvMapping = {};
  const holder = new Map<CsvField, { header: string; rank: number }>();
  for (const h of headers) {
    const chosen = override?.[h];
    if (chosen && chosen !== "ignore") holder.set(chosen, { header: h, rank: -1 });
  }
  const matches = headers.map((h, i) =>
    h in (override ?? {}) ? undefined : fieldOf(h, sample(rows, i)),
  );
  headers.forEach((h, i) => {
    const m = matches[i];
    if (!m || SHARED.has(m.field)) return;
    const held = holder.get(m.field);
    if (!held || m.rank < held.rank) holder.set(m.field, { header: h, rank: m.rank });
  });
  const sessionAsTrack = (h: string) =>
    !holder.has("track") &&
    ["session", "session name", "program", "programme"].includes(headerKey(h));
  for (const [i, h] of headers.entries()) {
    if (h in mapping) continue;
    const chosen = override?.[h];
    const m = matches[i];
    if (chosen) mapping[h] = chosen;
    else if (!m) mapping[h] = "ignore";
    else if (SHARED.has(m.field) || holder.get(m.field)?.header === h) mapping[h] = m.field;
    else if (m.field === "title" && sessionAsTrack(h)) {
      mapping[h] = "track";
      holder.set("track", { header: h, rank: 0 });
    } else mapping[h] = "ignore";
  }
  return mapping;
}

export type Columns = Partial<Record<Exclude<CsvField, "ignore">, number>> & {
  /** Every affiliation column, first to last ("primary", "secondary" affiliation). */
  affiliations: number[];
};

/** Each field's column index under a mapping (the first, where several hold one field). */
export function columnsOf(headers: string[], mapping: CsvMapping): Columns {
  const cols: Columns = { affiliations: [] };
  headers.forEach((h, i) => {
    const f = mapping[h];
    if (f === "affiliation") cols.affiliations.push(i);
    if (f && f !== "ignore" && cols[f] === undefined) cols[f] = i;
  });
  return cols;
}
