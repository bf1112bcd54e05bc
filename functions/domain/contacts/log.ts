import {
  type Contact,
  type Interaction,
  type InteractionPatch,
  lastContactIn,
  type NewInteraction,
  statusAfter,
} from "../../../schemas/contact";
import {
  deleteInteraction,
  getContact,
  listInteractions,
  putInteraction,
  replaceInteraction,
  setContactProgress,
} from "../../store/contact";
import type { Db } from "../../store/db";
import { definedOnly } from "../defined";
import { DomainError } from "../errors";
import { replanAfterChange } from "../reminders/schedule";
import { notFound } from "./contact";

export interface LogAnswer {
  interaction: Interaction;
  /** False when this interaction was logged before (a retry): nothing was added. */
  created: boolean;
  contact: Contact;
}

/** Logs an interaction and moves the contact's status and last contact. An id chosen by the
 * client makes a retry after a lost answer log once. */
export async function logInteraction(
  db: Db,
  userId: string,
  contactId: string,
  entry: NewInteraction,
  now: Date,
): Promise<LogAnswer> {
  const contact = await getContact(db, userId, contactId, true);
  if (!contact) throw notFound();
  const interaction: Interaction = {
    id: entry.id ?? crypto.randomUUID().replaceAll("-", ""),
    contactId,
    kind: entry.kind,
    at: instant(entry.at, now),
    note: entry.note,
    ...(entry.sessionId ? { sessionId: entry.sessionId } : {}),
    ...(entry.place ? { place: entry.place } : {}),
  };
  const stored = await putInteraction(db, userId, interaction);
  const answer = { ...stored, contact: await recordProgress(db, userId, contact) };
  await replanAfterChange(db, userId, now);
  return answer;
}

export async function editInteraction(
  db: Db,
  userId: string,
  contactId: string,
  interactionId: string,
  patch: InteractionPatch,
  now: Date,
): Promise<LogAnswer> {
  const contact = await getContact(db, userId, contactId, true);
  if (!contact) throw notFound();
  const stored = (await listInteractions(db, userId, contactId)).find(
    (i) => i.id === interactionId,
  );
  if (!stored) throw entryNotFound();
  const { sessionId, place, at, ...rest } = patch;
  const edited: Interaction = { ...stored, ...definedOnly(rest) };
  if (at !== undefined) edited.at = instant(at, now);
  if (sessionId === null) delete edited.sessionId;
  else if (sessionId !== undefined) edited.sessionId = sessionId;
  if (place === null) delete edited.place;
  else if (place !== undefined) edited.place = place;
  if (!(await replaceInteraction(db, userId, edited))) throw entryNotFound();
  return {
    interaction: edited,
    created: false,
    contact: await recordProgress(db, userId, contact),
  };
}

export async function removeInteraction(
  db: Db,
  userId: string,
  contactId: string,
  interactionId: string,
  now: Date,
): Promise<Contact> {
  const contact = await getContact(db, userId, contactId, true);
  if (!contact) throw notFound();
  if (!(await deleteInteraction(db, userId, contactId, interactionId))) throw entryNotFound();
  const progressed = await recordProgress(db, userId, contact);
  await replanAfterChange(db, userId, now);
  return progressed;
}

/** Status and last contact follow from the whole log, read again after each change, so a
 * change cut short is put right by the next one. */
async function recordProgress(db: Db, userId: string, contact: Contact): Promise<Contact> {
  const log = await listInteractions(db, userId, contact.id);
  const progress = { status: statusAfter(log), lastContact: lastContactIn(log) };
  await setContactProgress(db, userId, contact.id, progress);
  const { lastContact: _, ...rest } = contact;
  return {
    ...rest,
    status: progress.status,
    ...(progress.lastContact ? { lastContact: progress.lastContact } : {}),
  };
}

const entryNotFound = () =>
  new DomainError("interaction.not_found", "There is no such entry in this contact's log.");

/** Stored times are UTC ISO instants, so that they sort as text. */
function instant(at: string | undefined, now: Date): string {
  return at === undefined ? now.toISOString() : new Date(at).toISOString();
}
