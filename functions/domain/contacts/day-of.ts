import type { ConferenceSummary } from "../../../schemas/conference";
import type { Contact, ContactFields, Interaction } from "../../../schemas/contact";
import type { NoteChange, QuickAdd } from "../../../schemas/day-of";
import { appliedChange, recordChange } from "../../store/change";
import { getConference } from "../../store/conference";
import {
  getContact,
  listAllInteractions,
  listContacts,
  updateContactFields,
} from "../../store/contact";
import type { Db } from "../../store/db";
import { DomainError } from "../errors";
import { get as getProfile } from "../profile";
import { replanAfterChange } from "../reminders/schedule";
import { sha256 } from "../secrets";
import { add, notFound } from "./contact";
import { draftsFor } from "./drafts";
import { logInteraction } from "./log";
import { mergeNotes } from "./notes";

/** A contact as the day page shows it: the whole contact, its intro script filled in, and the
 * latest "met" or "not met" entry of its log (which the page's toggle undoes). */
export interface DayContact {
  contact: Contact;
  intro: string;
  outcome?: { id: string; kind: "met" | "not-met"; at: string };
}

export interface DayOf {
  conference: ConferenceSummary;
  contacts: DayContact[];
}

/** Everything the day page needs for one conference, for every one of its days at once, so
 * that a phone which opened it once can show any day of it offline. */
export async function dayOf(db: Db, userId: string, conferenceId: string): Promise<DayOf> {
  const conference = await getConference(db, userId, conferenceId);
  if (!conference) throw new DomainError("conference.not_found", "There is no such conference.");
  const profile = await getProfile(db, userId);
  const contacts = (await listContacts(db, userId, { conferenceId, whole: true })) as Contact[];
  const outcomes = new Map<string, Interaction>();
  for (const entry of await listAllInteractions(db, userId)) {
    // The log comes oldest first, so the last one kept per contact is the latest.
    if (entry.kind === "met" || entry.kind === "not-met") outcomes.set(entry.contactId, entry);
  }
  return {
    conference,
    contacts: contacts.map((contact) => {
      const outcome = outcomes.get(contact.id);
      const { intro } = draftsFor({
        profile,
        contact,
        conference,
        session: contact.sessions[0],
        introTemplate: profile.introScript,
        followUpTemplate: profile.followUpTemplate,
        met: false,
      });
      return {
        contact,
        intro: intro.body,
        ...(outcome
          ? { outcome: { id: outcome.id, kind: outcome.kind as "met" | "not-met", at: outcome.at } }
          : {}),
      };
    }),
  };
}

export interface QuickAdded {
  contact: Contact;
  /** False when this change was applied before: nothing was added. */
  created: boolean;
}

/** Adds a person met outside any session, typed in or from a pasted card, with "met" logged.
 * The contact's id and the log entry's id follow from the change's key, so a retry adds
 * nothing even when it finds the change half done. */
export async function quickAdd(
  db: Db,
  userId: string,
  request: QuickAdd,
  now: Date,
): Promise<QuickAdded> {
  const earlier = await appliedChange<QuickAdded>(db, userId, request.key);
  if (earlier) return { ...earlier, created: false };
  let fields: Partial<ContactFields> & { name: string } = { name: request.name ?? "" };
  if (request.vcard?.trim()) {
    const { readVcard } = await import("./vcard");
    fields = readVcard(request.vcard).fields;
    if (request.name) fields.name = request.name;
  }
  if (request.institution) fields.institution = request.institution;
  const note = request.note ?? "";
  if (note) fields.notes = fields.notes ? `${fields.notes}\n\n${note}` : note;
  if (request.place) fields.howWeMet = request.place;
  const id = sha256(`quick-add\n${request.key}`).slice(0, 22);
  const existing = await getContact(db, userId, id, true);
  if (!existing) {
    await add(
      db,
      userId,
      { ...fields, ...(request.conferenceId ? { conferenceId: request.conferenceId } : {}) },
      now,
      id,
    );
  }
  const logged = await logInteraction(
    db,
    userId,
    id,
    {
      kind: "met",
      id: request.key,
      note,
      ...(request.at ? { at: request.at } : {}),
      ...(request.place ? { place: request.place } : {}),
    },
    now,
  );
  const answer: QuickAdded = { contact: logged.contact, created: true };
  await recordChange(db, userId, request.key, answer, now);
  return answer;
}

export interface NoteChanged {
  contact: Contact;
  /** True when the note had been changed elsewhere too and both texts were kept. */
  merged: boolean;
}

/** Saves the note written on the day page. A note changed elsewhere since the phone read it is
 * never overwritten: both texts are kept. Sent again with the same key, nothing changes. */
export async function changeNote(
  db: Db,
  userId: string,
  contactId: string,
  change: NoteChange,
  now: Date,
): Promise<NoteChanged> {
  const earlier = await appliedChange<NoteChanged>(db, userId, change.key);
  if (earlier) return earlier;
  // Another save between the read and the write moves the version; read again and merge again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await getContact(db, userId, contactId, true);
    if (!current) throw notFound();
    const notes = mergeNotes(current.notes, change.base, change.notes);
    const merged = current.notes !== change.base && notes !== change.notes;
    let answer: NoteChanged | undefined;
    if (notes === current.notes) answer = { contact: current, merged };
    else {
      const written = await updateContactFields(db, userId, contactId, current.version, { notes });
      if (written.held && written.value) answer = { contact: written.value, merged };
    }
    if (answer) {
      await recordChange(db, userId, change.key, answer, now);
      if (notes !== current.notes) await replanAfterChange(db, userId, now);
      return answer;
    }
  }
  throw new DomainError(
    "contact.conflict",
    "This contact is being changed elsewhere right now. Try again in a moment.",
  );
}
