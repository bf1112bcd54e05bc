import * as v from "valibot";
import { roleSchema } from "./program";
import { emailAddress, line, multiline, requiredLine } from "./text";

export const priorities = ["must", "nice"] as const;
export const prioritySchema = v.picklist(priorities, "Choose a priority: must or nice.");

/** Where a contact stands; the log moves it (see `statusAfter`). */
export const statuses = ["target", "emailed", "met", "followed-up", "not-met"] as const;
export const statusSchema = v.picklist(statuses);

/** What happened with a contact. All but `other` move the contact's status. */
export const interactionKinds = ["emailed", "met", "not-met", "followed-up", "other"] as const;
export const interactionKindSchema = v.picklist(
  interactionKinds,
  "Choose what happened: emailed, met, not-met, followed-up or other.",
);

export const contactLimits = {
  questions: 20,
  question: 300,
  notes: 5000,
  note: 2000,
  field: 500,
} as const;

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
const id = (what: string) => v.pipe(v.string(), v.regex(idPattern, `Not ${what}`));

const profileUrl = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(500, "The profile link is longer than 500 characters."),
  v.check(
    (url) => url === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url),
    "Use a web address that starts with https://, such as a LinkedIn or faculty page.",
  ),
);

const optionalEmail = v.union(
  [v.literal(""), emailAddress("Enter a valid email address, like name@hospital.org.")],
  "Enter a valid email address, like name@hospital.org, or leave it empty.",
);

/** The fields a user edits on a contact. */
export const contactFieldsSchema = v.strictObject({
  name: requiredLine(200, "The name"),
  credentials: v.pipe(
    v.array(requiredLine(20, "A credential")),
    v.maxLength(12, "List at most 12 credentials."),
  ),
  title: line(contactLimits.field, "The role or title"),
  institution: line(contactLimits.field, "The institution"),
  email: optionalEmail,
  profileUrl,
  priority: prioritySchema,
  mentor: v.boolean("Mentor is true or false."),
  why: multiline(contactLimits.field * 2, "Why they matter"),
  questions: v.pipe(
    v.array(requiredLine(contactLimits.question, "A question")),
    v.maxLength(contactLimits.questions, `List at most ${contactLimits.questions} questions.`),
  ),
  notes: multiline(contactLimits.notes, "The notes"),
  interests: line(contactLimits.field, "The interests"),
  howWeMet: line(contactLimits.field, "How we met"),
  nextStep: line(contactLimits.field, "The next step"),
});
export type ContactFields = v.InferOutput<typeof contactFieldsSchema>;

/** A session of the person a contact was flagged from, as the program lists it. Programs do not
 * change once saved, so the contact keeps its person's sessions and needs no program to show
 * them, draft about them or plan the day around them. */
export const contactSessionSchema = v.object({
  id: v.string(),
  title: v.string(),
  start: v.string(),
  end: v.string(),
  room: v.optional(v.string()),
  role: roleSchema,
});
export type ContactSession = v.InferOutput<typeof contactSessionSchema>;

export const contactSchema = v.object({
  ...contactFieldsSchema.entries,
  id: v.string(),
  /** Counts the edits of the fields above; an edit must name the version it started from. */
  version: v.number(),
  /** The program person the contact was flagged from; absent for people met elsewhere. */
  conferenceId: v.optional(v.string()),
  personId: v.optional(v.string()),
  sessions: v.array(contactSessionSchema),
  status: statusSchema,
  /** The time of the latest logged contact (not a "not met"), if any. */
  lastContact: v.optional(v.string()),
  createdAt: v.string(),
});
export type Contact = v.InferOutput<typeof contactSchema>;

/** Flags a person of a saved program. */
export const flagRequestSchema = v.strictObject({
  conferenceId: id("a conference id"),
  personId: id("a person id"),
  priority: v.optional(prioritySchema, "must"),
  why: v.optional(multiline(contactLimits.field * 2, "Why they matter")),
});

/** Adds a person met outside any program, by hand. */
export const manualContactSchema = v.strictObject({
  ...v.partial(contactFieldsSchema).entries,
  name: requiredLine(200, "The name"),
  conferenceId: v.optional(id("a conference id")),
});

/** Adds a person from a pasted vCard (3.0 or 4.0), as a phone shows a scanned card. */
export const vcardContactSchema = v.strictObject({
  vcard: v.pipe(
    v.string(),
    v.minLength(1, "Paste the card's text."),
    v.maxLength(20_000, "The card is longer than 20,000 characters."),
  ),
  priority: v.optional(prioritySchema),
  conferenceId: v.optional(id("a conference id")),
});

/** Which of the three ways to add a contact a request body means, by its fields: the schema
 * then names the field at fault instead of a union's "none of these" answer. */
export function createContactSchemaFor(body: unknown) {
  const fields = body !== null && typeof body === "object" ? body : {};
  if ("vcard" in fields) return vcardContactSchema;
  if ("personId" in fields) return flagRequestSchema;
  return manualContactSchema;
}
/** Any of the three ways to add a contact, each checked by its own schema. */
export const createContactSchema = v.lazy(createContactSchemaFor);
export type CreateContact = v.InferOutput<typeof createContactSchema>;
export type FlagRequest = v.InferOutput<typeof flagRequestSchema>;
export type ManualContact = v.InferOutput<typeof manualContactSchema>;
export type VcardContact = v.InferOutput<typeof vcardContactSchema>;

/** An edit: any editable fields, and the version it was made on. */
export const contactPatchSchema = v.strictObject({
  ...v.partial(contactFieldsSchema).entries,
  version: v.pipe(v.number("Send the contact's version."), v.integer(), v.minValue(1)),
});
export type ContactPatch = v.InferOutput<typeof contactPatchSchema>;

export const contactIdSchema = v.object({ id: id("a contact id") });
export const contactListQuerySchema = v.object({ conferenceId: v.optional(id("a conference id")) });

export const interactionSchema = v.object({
  id: v.string(),
  contactId: v.string(),
  kind: interactionKindSchema,
  /** When it happened, as an ISO instant. */
  at: v.string(),
  note: v.string(),
  /** Where it happened: a session of the contact's conference, or a place in words. */
  sessionId: v.optional(v.string()),
  place: v.optional(v.string()),
});
export type Interaction = v.InferOutput<typeof interactionSchema>;

const instant = v.pipe(
  v.string(),
  v.isoTimestamp("Give the time as an ISO date and time, such as 2027-04-15T10:30:00Z."),
);

export const newInteractionSchema = v.strictObject({
  kind: interactionKindSchema,
  note: v.optional(multiline(contactLimits.note, "The note"), ""),
  at: v.optional(instant),
  sessionId: v.optional(id("a session id")),
  place: v.optional(line(200, "The place")),
  /** Chosen by the client, so that a retry after a lost answer logs once. */
  id: v.optional(id("an interaction id")),
});
export type NewInteraction = v.InferOutput<typeof newInteractionSchema>;

export const interactionPatchSchema = v.strictObject({
  kind: v.optional(interactionKindSchema),
  note: v.optional(multiline(contactLimits.note, "The note")),
  at: v.optional(instant),
  sessionId: v.optional(v.nullable(id("a session id"))),
  place: v.optional(v.nullable(line(200, "The place"))),
});
export type InteractionPatch = v.InferOutput<typeof interactionPatchSchema>;

export const interactionIdSchema = v.object({
  id: id("a contact id"),
  interactionId: id("an interaction id"),
});

/** The status a contact has after its log: the latest entry that moves status decides. */
export function statusAfter(log: readonly Pick<Interaction, "kind" | "at">[]): Contact["status"] {
  let latest: Pick<Interaction, "kind" | "at"> | undefined;
  for (const entry of log) {
    if (entry.kind === "other") continue;
    if (!latest || entry.at >= latest.at) latest = entry;
  }
  return latest ? (latest.kind as Contact["status"]) : "target";
}

/** The time of the latest real contact in a log ("not met" is none). */
export function lastContactIn(
  log: readonly Pick<Interaction, "kind" | "at">[],
): string | undefined {
  let last: string | undefined;
  for (const entry of log) {
    if (entry.kind !== "not-met" && (last === undefined || entry.at > last)) last = entry.at;
  }
  return last;
}

/** Why a person is suggested: the target program or interest that matched, or the session
 * they chair. `strength` ranks the reasons. */
export const suggestionReasonSchema = v.object({
  kind: v.picklist(["target-program", "chair", "interest"]),
  matched: v.string(),
  text: v.string(),
  strength: v.number(),
});
export type SuggestionReason = v.InferOutput<typeof suggestionReasonSchema>;

export const suggestionSchema = v.object({
  personId: v.string(),
  name: v.string(),
  credentials: v.array(v.string()),
  affiliation: v.optional(v.string()),
  reasons: v.array(suggestionReasonSchema),
});
export type Suggestion = v.InferOutput<typeof suggestionSchema>;

export const dismissSuggestionSchema = v.strictObject({ personId: id("a person id") });
