import type {
  Contact,
  ContactFields,
  ContactPatch,
  ContactSession,
  CreateContact,
  FlagRequest,
  Interaction,
} from "../../../schemas/contact";
import type { Profile } from "../../../schemas/profile";
import type { Session } from "../../../schemas/program";
import { listConferences, readProgram } from "../../store/conference";
import {
  type ContactSummary,
  createContact,
  deleteContact,
  getContact,
  listContacts,
  listInteractions,
  updateContactFields,
} from "../../store/contact";
import type { Db } from "../../store/db";
import { definedOnly } from "../defined";
import { DomainError } from "../errors";
import { get as getProfile } from "../profile";
import { replanAfterChange } from "../reminders/schedule";
import { sha256 } from "../secrets";
import { contactLogCsv } from "./csv";
import { draftsFor } from "./drafts";

export const notFound = () =>
  new DomainError("contact.not_found", "There is no such contact. It may have been deleted.");

/** A flagged person's contact id follows from the conference and the person, so flagging the
 * same person again finds the same contact instead of making a twin. */
const flaggedId = (conferenceId: string, personId: string) =>
  sha256(`${conferenceId}\n${personId}`).slice(0, 22);

const newId = () => crypto.randomUUID().replaceAll("-", "");

function blankFields(profile: Profile): ContactFields {
  return {
    name: "",
    credentials: [],
    title: "",
    institution: "",
    email: "",
    profileUrl: "",
    priority: "must",
    mentor: false,
    why: "",
    questions: [...profile.questions],
    notes: "",
    interests: "",
    howWeMet: "",
    nextStep: "",
  };
}

/** The sessions a person takes part in, in time order, with their role in each. */
export function sessionsOf(sessions: readonly Session[], personId: string): ContactSession[] {
  const out: ContactSession[] = [];
  for (const session of sessions) {
    const seat = session.people.find((p) => p.personId === personId);
    if (!seat) continue;
    out.push({
      id: session.id,
      title: session.title,
      start: session.start,
      end: session.end,
      ...(session.room ? { room: session.room } : {}),
      role: seat.role,
    });
  }
  // A keynote speaker in every session of a long program stays a readable contact.
  return out.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)).slice(0, 100);
}

/** Flags a person of a saved program: the contact starts from what the program says of them.
 * Returns whether it is new; flagging again returns the contact already there. */
export async function flag(
  db: Db,
  userId: string,
  request: FlagRequest,
  now: Date,
): Promise<{ contact: Contact; created: boolean }> {
  const id = flaggedId(request.conferenceId, request.personId);
  const existing = await getContact(db, userId, id, true);
  if (existing) return { contact: existing, created: false };
  const program = await readProgram(db, userId, request.conferenceId);
  if (!program) {
    throw new DomainError("conference.not_found", "There is no such conference.");
  }
  const person = program.people.find((p) => p.id === request.personId);
  if (!person) {
    throw new DomainError(
      "person.not_found",
      "This person is not in the conference's program. Reload the program and try again.",
    );
  }
  const profile = await getProfile(db, userId);
  const contact: Contact = {
    ...blankFields(profile),
    name: person.name,
    credentials: [...person.credentials],
    title: person.title ?? "",
    institution: person.affiliation ?? "",
    priority: request.priority,
    why: request.why ?? "",
    id,
    version: 1,
    conferenceId: request.conferenceId,
    personId: request.personId,
    sessions: sessionsOf(program.sessions, person.id),
    status: "target",
    createdAt: now.toISOString(),
  };
  if (await createContact(db, userId, contact)) return { contact, created: true };
  // Flagged at the same moment from elsewhere: that one stands.
  const raced = await getContact(db, userId, id, true);
  if (!raced) throw notFound();
  return { contact: raced, created: false };
}

/** Adds a person met outside any program (or typed in by hand). An id given by the caller makes
 * adding again with it a no-op. */
export async function add(
  db: Db,
  userId: string,
  fields: Partial<ContactFields> & { name: string; conferenceId?: string },
  now: Date,
  id = newId(),
): Promise<Contact> {
  const profile = await getProfile(db, userId);
  const { conferenceId, ...given } = fields;
  const contact: Contact = {
    ...blankFields(profile),
    ...definedOnly(given),
    id,
    version: 1,
    ...(conferenceId ? { conferenceId } : {}),
    sessions: [],
    status: "target",
    createdAt: now.toISOString(),
  };
  await createContact(db, userId, contact);
  return contact;
}

/** Adds a contact in whichever of the three ways the request asks: flagging a program person,
 * typing one in, or pasting a card. Only a flag can find an existing contact. */
export async function create(
  db: Db,
  userId: string,
  request: CreateContact,
  now: Date,
): Promise<{ contact: Contact; created: boolean }> {
  let answer: { contact: Contact; created: boolean };
  if ("personId" in request) answer = await flag(db, userId, request, now);
  else if ("vcard" in request) {
    // The card reader (ical.js) loads only when a card is pasted.
    const { readVcard } = await import("./vcard");
    const { fields } = readVcard(request.vcard);
    const { vcard: _, ...rest } = request;
    const contact = await add(db, userId, { ...fields, ...definedOnly(rest) }, now);
    answer = { contact, created: true };
  } else answer = { contact: await add(db, userId, request, now), created: true };
  if (answer.created) await replanAfterChange(db, userId, now);
  return answer;
}

export function list(db: Db, userId: string, conferenceId?: string): Promise<ContactSummary[]> {
  return listContacts(db, userId, conferenceId === undefined ? {} : { conferenceId });
}

/** One contact with its whole log, oldest entry first. */
export async function read(
  db: Db,
  userId: string,
  contactId: string,
): Promise<{ contact: Contact; log: Interaction[] }> {
  const contact = await getContact(db, userId, contactId, true);
  if (!contact) throw notFound();
  return { contact, log: await listInteractions(db, userId, contactId) };
}

const editable: (keyof ContactFields)[] = [
  "name",
  "credentials",
  "title",
  "institution",
  "email",
  "profileUrl",
  "priority",
  "mentor",
  "why",
  "questions",
  "notes",
  "interests",
  "howWeMet",
  "nextStep",
];

/** Applies an edit made on `version`. An edit made on an older version is refused with what
 * changed since, so that nothing is overwritten silently. */
export async function edit(
  db: Db,
  userId: string,
  contactId: string,
  patch: ContactPatch,
  now: Date,
): Promise<Contact> {
  const { version, ...fields } = patch;
  const written = await updateContactFields(db, userId, contactId, version, fields);
  if (written.held && written.value) {
    await replanAfterChange(db, userId, now);
    return written.value;
  }
  const current = await getContact(db, userId, contactId, true);
  if (!current) throw notFound();
  const differs = editable.filter(
    (field) =>
      fields[field] !== undefined &&
      JSON.stringify(fields[field]) !== JSON.stringify(current[field]),
  );
  throw new DomainError(
    "contact.conflict",
    differs.length > 0
      ? `This contact was changed elsewhere since you opened it (${differs.map(label).join(", ")} now differ). Review the current version, then make your change again.`
      : "This contact was changed elsewhere since you opened it. Review the current version, then make your change again.",
    { current, changed: differs },
  );
}

const labels: Partial<Record<keyof ContactFields, string>> = {
  profileUrl: "profile link",
  howWeMet: "how we met",
  nextStep: "next step",
  why: "why they matter",
};
const label = (field: keyof ContactFields) => labels[field] ?? field;

/** The intro draft, and the follow-up draft once they have met, from the user's templates: about
 * the contact's first session, with the note of the latest meeting. */
export async function drafts(db: Db, userId: string, contactId: string, now: Date) {
  const { contact, log } = await read(db, userId, contactId);
  const profile = await getProfile(db, userId);
  const conference = contact.conferenceId
    ? (await listConferences(db, userId, now)).conferences.find(
        (c) => c.id === contact.conferenceId,
      )
    : undefined;
  const meetings = log.filter((entry) => entry.kind === "met");
  return draftsFor({
    profile,
    contact,
    conference,
    session: contact.sessions[0],
    note: meetings.at(-1)?.note,
    introTemplate: profile.introScript,
    followUpTemplate: profile.followUpTemplate,
    met: meetings.length > 0 || contact.status === "met" || contact.status === "followed-up",
  });
}

/** The contact log as CSV, a row per contact in name order, times in the user's zone. */
export async function contactLog(db: Db, userId: string): Promise<string> {
  const profile = await getProfile(db, userId);
  const contacts = await listContacts(db, userId);
  contacts.sort((a, b) => a.name.localeCompare(b.name));
  return contactLogCsv(contacts, profile.timeZone);
}

/** Every contact as vCard 4.0. */
export async function vcards(db: Db, userId: string): Promise<string> {
  await getProfile(db, userId);
  const { contactsToVcard } = await import("./vcard");
  return contactsToVcard((await listContacts(db, userId, { whole: true })) as Contact[]);
}

/** Unflags a target or deletes a contact, with its whole log. */
export async function remove(db: Db, userId: string, contactId: string, now: Date): Promise<void> {
  if (!(await deleteContact(db, userId, contactId))) throw notFound();
  await replanAfterChange(db, userId, now);
}
