import * as v from "valibot";

/** Upper bounds on what one import may contain; the importer and the API body share them. */
export const importLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxSessions: 20_000,
  /** People one session lists; past that a list is not a faculty list, and it would not fit
   * the chunk the session is stored in. */
  maxPeoplePerSession: 300,
  maxCredentialsPerPerson: 20,
} as const;

/** "The file is larger than 5 MB", or with the file named: how an import over
 * `importLimits.maxBytes` is refused, wherever it is refused. */
export const fileTooLargeMessage = (file = "The file") =>
  `${file} is larger than ${importLimits.maxBytes / 1024 / 1024} MB`;

/** The title of a program whose file names no conference, until the user gives it one. */
export const untitledProgram = "Imported program";

/** A title made from a file's name when the file names no conference: "asge_2025-program.csv"
 * becomes "asge 2025 program". */
export const titleFromFileName = (name: string) =>
  name
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .replace(/[_\s-]+/g, " ")
    .trim();

const BINARY_SAMPLE = 4096;

/** Why a file's text is not a program at all, or undefined when it reads as text: a PDF, a
 * spreadsheet or document (ZIP archives), or other binary. Browsers and Node read invalid UTF-8 as
 * U+FFFD, so binary shows as NULs or a run of U+FFFD; a Latin-1 file read as UTF-8 has only the
 * odd U+FFFD and passes. The browser checks a chosen file with it, and the importer every text. */
export function notTextReason(
  text: string,
):
  | { code: "import.binary_pdf" | "import.binary_spreadsheet" | "import.binary"; message: string }
  | undefined {
  if (text.startsWith("%PDF-")) {
    return {
      code: "import.binary_pdf",
      message: "This is a PDF file. Open it, select the program text, copy it and paste it here.",
    };
  }
  // The ZIP signature: .xlsx, .docx, .numbers and .ods are all ZIP archives.
  if (text.startsWith("PK\u0003\u0004")) {
    return {
      code: "import.binary_spreadsheet",
      message:
        "This is a spreadsheet or document file, not text. Save the sheet as CSV and import that.",
    };
  }
  const sample = text.slice(0, BINARY_SAMPLE);
  const replaced = sample.split("\uFFFD").length - 1;
  if (sample.includes("\u0000") || replaced > sample.length / 4) {
    return {
      code: "import.binary",
      message:
        "This file is not text. Import a calendar (.ics), CSV, JSON or XML file, or paste the program text.",
    };
  }
  return undefined;
}

/** Longest text an import keeps in each kind of field (longer text is cut, with a warning), so
 * that any one session or person fits the chunks a conference is stored in. */
export const textLimits = {
  title: 500,
  label: 300,
  url: 2_000,
  description: 10_000,
  bio: 5_000,
  warning: 500,
} as const;

/** The most a request that carries a program may weigh on its way to the API. Lambda takes
 * 6 MB per invocation, and the request body sits in that event as a JSON string, so its quotes,
 * backslashes and line breaks are escaped once more; 64 KB is left for the rest of the event. */
export const maxProgramRequestBytes = 6 * 1024 * 1024 - 64 * 1024;

/** UTF-8 bytes of JSON.stringify(text), counted without building that string. */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x20)
      bytes += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += c >= 0xd800 && c <= 0xdfff ? 6 : 3;
  }
  return bytes;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Why a request body carrying a program cannot reach the API, or undefined when it can. */
export function programRequestProblem(body: string): string | undefined {
  // No character takes more than 6 bytes escaped, so a short body needs no count.
  if (body.length * 6 + 2 <= maxProgramRequestBytes) return undefined;
  const bytes = jsonStringBytes(body);
  if (bytes <= maxProgramRequestBytes) return undefined;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `This program is too large to send: it takes ${mb(bytes)} MB once encoded for the server, over the ${mb(maxProgramRequestBytes)} MB a request may carry. Remove columns or days you do not need, or split the file.`;
}

const zoneCache = new Map<string, string | null>();

/** An IANA zone name in the runtime's letter case ("america/new_york" -> "America/New_York"),
 * or undefined when it knows no such zone; offsets are not zones. A name the runtime knows
 * under another one ("Europe/Kyiv", which older ICU calls "Europe/Kiev") is kept as written,
 * so that what the user chose is what they see, on any runtime. */
export function canonicalTimeZone(name: string): string | undefined {
  const cached = zoneCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  let canonical: string | null = null;
  if (/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name) && name.length <= 64) {
    try {
      const resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions()
        .timeZone;
      canonical = resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
    } catch {
      canonical = null;
    }
  }
  if (zoneCache.size < 1000) zoneCache.set(name, canonical);
  return canonical ?? undefined;
}

/** True for IANA zone names the runtime knows ("America/New_York", "UTC"), in any case. */
export const isIanaTimeZone = (name: string): boolean => canonicalTimeZone(name) !== undefined;

export const timeZoneSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check(
    isIanaTimeZone,
    "Choose a time zone from the list, or type an IANA name such as America/New_York",
  ),
  v.transform((name) => canonicalTimeZone(name) ?? name),
);

const isoDateSchema = v.pipe(v.string(), v.isoDate());
// An instant with the conference zone's offset, e.g. 2026-05-14T08:00:00-04:00.
const instantSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$/,
    "Not an ISO instant",
  ),
);

export const roleSchema = v.picklist(["speaker", "chair", "moderator", "panelist", "discussant"]);

export const conferenceSchema = v.object({
  title: v.string(),
  timeZone: timeZoneSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  venue: v.optional(v.string()),
  acronym: v.optional(v.string()),
});

export const sessionPersonSchema = v.object({ personId: v.string(), role: roleSchema });

export const sessionSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  start: instantSchema,
  end: instantSchema,
  room: v.optional(v.string()),
  track: v.optional(v.string()),
  kind: v.optional(v.string()),
  url: v.optional(v.string()),
  description: v.optional(v.string()),
  people: v.array(sessionPersonSchema),
});

export const personSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  credentials: v.array(v.string()),
  affiliation: v.optional(v.string()),
  title: v.optional(v.string()),
  bio: v.optional(v.string()),
});

export const importWarningSchema = v.object({
  ref: v.string(),
  message: v.string(),
  line: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const programSchema = v.object({
  conference: conferenceSchema,
  sessions: v.pipe(v.array(sessionSchema), v.maxLength(importLimits.maxSessions)),
  people: v.array(personSchema),
  warnings: v.array(importWarningSchema),
});

/** Every format the importer reads. */
export const formats = ["ics", "frab-xml", "frab-json", "sessionize", "csv", "text"] as const;
export const formatSchema = v.picklist(formats);

/** Each format as a sentence names it: "The file could not be read as iCalendar". */
export const formatLabels: Record<Format, string> = {
  ics: "iCalendar",
  "frab-xml": "frab schedule XML",
  "frab-json": "frab schedule JSON",
  sessionize: "Sessionize",
  csv: "CSV",
  text: "program text",
};

/** Each choice of the import page's format picker, detection first. */
export const formatChoices: Record<Format | "auto", string> = {
  auto: "Detect from the content",
  ics: "iCalendar (.ics)",
  "frab-xml": "frab / Pentabarf XML",
  "frab-json": "frab / pretalx schedule JSON",
  sessionize: "Sessionize JSON",
  csv: "CSV spreadsheet",
  text: "Text copied from a PDF program",
};

export const csvFieldSchema = v.picklist([
  "title",
  "date",
  "start",
  "end",
  "timeRange",
  "room",
  "track",
  "speakers",
  "chairs",
  "moderators",
  "panelists",
  "discussants",
  "firstName",
  "affiliation",
  "role",
  "description",
  "kind",
  "ignore",
]);

export const csvMappingSchema = v.record(v.string(), csvFieldSchema);

export const dateOrderSchema = v.picklist(["dmy", "mdy"]);

/** The year typed for a program whose days name none. */
export const importYearSchema = v.pipe(
  v.number("Type the year as a number, such as 2026"),
  v.integer("Type the year as a whole number, such as 2026"),
  v.minValue(1990, "Type a year from 1990 on"),
  v.maxValue(2100, "Type a year before 2100"),
);

/** The first day typed for a program that names no dates. */
export const firstDaySchema = v.pipe(
  v.string(),
  v.isoDate("Type the first day as a date, such as 2026-05-14"),
);

export const importRequestSchema = v.strictObject({
  text: v.pipe(v.string(), v.maxBytes(importLimits.maxBytes, fileTooLargeMessage())),
  format: v.optional(v.union([formatSchema, v.literal("auto")])),
  timeZone: v.optional(timeZoneSchema),
  csvMapping: v.optional(csvMappingSchema),
  dateOrder: v.optional(dateOrderSchema),
  year: v.optional(importYearSchema),
  firstDay: v.optional(firstDaySchema),
});

export type Role = v.InferOutput<typeof roleSchema>;
export type Conference = v.InferOutput<typeof conferenceSchema>;
export type SessionPerson = v.InferOutput<typeof sessionPersonSchema>;
export type Session = v.InferOutput<typeof sessionSchema>;
export type Person = v.InferOutput<typeof personSchema>;
export type ImportWarning = v.InferOutput<typeof importWarningSchema>;
export type Program = v.InferOutput<typeof programSchema>;
export type Format = v.InferOutput<typeof formatSchema>;
export type CsvField = v.InferOutput<typeof csvFieldSchema>;
export type CsvMapping = v.InferOutput<typeof csvMappingSchema>;
export type DateOrder = v.InferOutput<typeof dateOrderSchema>;
export type ImportRequest = v.InferOutput<typeof importRequestSchema>;
