import type { CsvField, CsvMapping } from "../../../../../schemas/program";

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
  track: ["track", "category", "theme", "topic", "stream", "specialty"],
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
    "moderators",
    "panelists",
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

const LOOKUP = new Map<string, CsvField>();
for (const [field, names] of Object.entries(SYNONYMS)) {
  for (const name of names) LOOKUP.set(name, field as CsvField);
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
// "Presenter institution", "Session location". Checked in order: affiliation before person.
const WORDS: [RegExp, CsvField][] = [
  [
    /\b(?:affiliations?|institution|organi[sz]ation|hospital|employer|klinik|einrichtung)\b/,
    "affiliation",
  ],
  [/\b(?:first name|given name|vorname)\b/, "firstName"],
  [/\b(?:room|location|venue|hall|where|raum|saal|salle)\b/, "room"],
  [/\b(?:presenters?|speakers?|faculty|authors?|referent\w*|moderators?|full name)\b/, "speakers"],
];

/** The field a header names, from the synonym table, else from a word in it ("Speaker 1
 * Affiliation"); undefined for unknown headers. */
export function headerField(header: string): CsvField | undefined {
  const key = headerKey(header);
  const exact = LOOKUP.get(key.replace(/\s+\d+$/, ""));
  if (exact) return exact;
  for (const [re, field] of WORDS) if (re.test(key)) return field;
  return undefined;
}

/** Maps each header to a field; the first column wins when two name the same field.
 * Explicit entries in `override` replace the automatic choice. */
export function mapColumns(headers: string[], override?: CsvMapping): CsvMapping {
  const mapping: CsvMapping = {};
  const taken = new Set<CsvField>();
  for (const h of headers) {
    const chosen = override?.[h];
    if (chosen && chosen !== "ignore") taken.add(chosen);
  }
  for (const h of headers) {
    if (h in mapping) continue;
    const chosen = override?.[h];
    if (chosen) {
      mapping[h] = chosen;
      continue;
    }
    const field = headerField(h);
    if (field && !taken.has(field)) {
      mapping[h] = field;
      taken.add(field);
    } else mapping[h] = "ignore";
  }
  return mapping;
}

export type Columns = Partial<Record<Exclude<CsvField, "ignore">, number>>;

/** Each field's column index under a mapping. */
export function columnsOf(headers: string[], mapping: CsvMapping): Columns {
  const cols: Columns = {};
  headers.forEach((h, i) => {
    const f = mapping[h];
    if (f && f !== "ignore" && cols[f] === undefined) cols[f] = i;
  });
  return cols;
}
