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
  ],
  date: ["date", "day", "session date", "event date", "when"],
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
  timeRange: ["time", "time range", "times", "session time", "timeslot", "time slot", "slot"],
  room: ["room", "location", "hall", "venue", "place", "room name", "salon"],
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
  ],
  affiliation: [
    "affiliation",
    "institution",
    "organization",
    "organisation",
    "company",
    "hospital",
    "affiliations",
    "employer",
  ],
  role: ["role", "faculty role", "speaker role", "participation"],
  description: ["description", "abstract", "summary", "details", "notes", "synopsis"],
  kind: ["kind", "type", "format", "session type", "session format", "category type"],
};

const LOOKUP = new Map<string, CsvField>();
for (const [field, names] of Object.entries(SYNONYMS)) {
  for (const name of names) LOOKUP.set(name, field as CsvField);
}

export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The field a header names, from the synonym table; undefined for unknown headers. */
export function headerField(header: string): CsvField | undefined {
  return LOOKUP.get(headerKey(header));
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
