import type { ConferenceSummary } from "../../schemas/conference";
import type { Contact } from "../../schemas/contact";
import type { Role } from "../../schemas/program";
import { download } from "./account";
import { apiFetch, succeeded } from "./api";

/** A drafted email: the text, and a mail link carrying it (shortened when the whole text would
 * make the link too long for mail apps). */
export interface Draft {
  to: string;
  subject: string;
  body: string;
  mailto: string;
  shortened: boolean;
}

/** The intro email, and the follow-up once the person is met. */
export interface Drafts {
  intro: Draft;
  followUp?: Draft;
}

export interface AgendaItem {
  session: { id: string; title: string; start: string; end: string; room?: string };
  targets: { contactId: string; name: string; priority: Contact["priority"]; role: Role }[];
  /** Ids of the other agenda sessions that share some of this one's time. */
  overlapsWith: string[];
}

export interface Agenda {
  conference: ConferenceSummary;
  items: AgendaItem[];
}

// The answers of the routes below are declared in this file; pages read them only through
// these functions.
const getJson = async <T>(path: string, init?: RequestInit): Promise<T> =>
  (await succeeded(apiFetch(path, init))).json() as Promise<T>;

const segment = encodeURIComponent;

export const loadDrafts = (contactId: string) =>
  getJson<Drafts>(`/api/contacts/${segment(contactId)}/drafts`);

export const loadAgenda = (conferenceId: string) =>
  getJson<Agenda>(`/api/conferences/${segment(conferenceId)}/agenda`);

export const downloadAgenda = (conferenceId: string) =>
  download(apiFetch(`/api/conferences/${segment(conferenceId)}/agenda.ics`), "rapport-agenda.ics");

export const downloadContactCards = () =>
  download(apiFetch("/api/me/export/contacts.vcf"), "rapport-contacts.vcf");

/** Whether the personal calendar feed is on. Its address is shown only when it is made. */
export const feedState = () => getJson<{ on: boolean }>("/api/me/calendar-feed");

/** Turns the feed on, or renews it: the address before stops working. */
export const newFeed = () => getJson<{ url: string }>("/api/me/calendar-feed", { method: "POST" });

export const stopFeed = async () => {
  await succeeded(apiFetch("/api/me/calendar-feed", { method: "DELETE" }));
};
