import type {
  ContactFields,
  ContactPatch,
  CreateContact,
  FlagRequest,
  InteractionPatch,
  NewInteraction,
} from "../../schemas/contact";
import { api, readBody, succeeded } from "./api";

export const listContacts = async (conferenceId?: string) =>
  (await readBody(api.api.contacts.$get({ query: conferenceId ? { conferenceId } : {} }))).contacts;

/** A contact as the list carries it: no why, questions or notes. */
export type ContactSummary = Awaited<ReturnType<typeof listContacts>>[number];

export const readContact = (id: string) =>
  readBody(api.api.contacts[":id"].$get({ param: { id } }));

export type ContactWithLog = Awaited<ReturnType<typeof readContact>>;
export type FullContact = ContactWithLog["contact"];
export type LogEntry = ContactWithLog["log"][number];

export const createContact = (request: CreateContact) =>
  readBody(api.api.contacts.$post({ json: request }));

/** Flagging the same person twice finds the same contact, so a retry never makes a twin. */
export const flagPerson = (request: Omit<FlagRequest, "priority"> & Partial<FlagRequest>) =>
  readBody(api.api.contacts.$post({ json: { priority: "must", ...request } }));

export const editContact = (id: string, patch: ContactPatch) =>
  readBody(api.api.contacts[":id"].$patch({ param: { id }, json: patch }));

export const deleteContact = async (id: string) => {
  await succeeded(api.api.contacts[":id"].$delete({ param: { id } }));
};

/** An id for a new log entry, chosen here so that a retry after a lost answer logs once. */
export const newEntryId = () => crypto.randomUUID().replaceAll("-", "");

export const logInteraction = (id: string, entry: NewInteraction) =>
  readBody(api.api.contacts[":id"].interactions.$post({ param: { id }, json: entry }));

export const editInteraction = (id: string, interactionId: string, patch: InteractionPatch) =>
  readBody(
    api.api.contacts[":id"].interactions[":interactionId"].$patch({
      param: { id, interactionId },
      json: patch,
    }),
  );

export const deleteInteraction = (id: string, interactionId: string) =>
  readBody(
    api.api.contacts[":id"].interactions[":interactionId"].$delete({
      param: { id, interactionId },
    }),
  );

export const listSuggestions = async (conferenceId: string) =>
  (await readBody(api.api.conferences[":id"].suggestions.$get({ param: { id: conferenceId } })))
    .suggestions;

export type SuggestionItem = Awaited<ReturnType<typeof listSuggestions>>[number];

export const dismissSuggestion = (conferenceId: string, personId: string) =>
  readBody(
    api.api.conferences[":id"].suggestions.dismissed.$post({
      param: { id: conferenceId },
      json: { personId },
    }),
  );

/** The fields a user edits, from a whole contact: what an edit or a restore sends. */
export function editableOf(contact: FullContact): ContactFields {
  return {
    name: contact.name,
    credentials: [...contact.credentials],
    title: contact.title,
    institution: contact.institution,
    email: contact.email,
    profileUrl: contact.profileUrl,
    priority: contact.priority,
    mentor: contact.mentor,
    why: contact.why,
    questions: [...contact.questions],
    notes: contact.notes,
    interests: contact.interests,
    howWeMet: contact.howWeMet,
    nextStep: contact.nextStep,
  };
}
