import { download } from "./account";
import { api, readBody, succeeded } from "./api";

export const loadDrafts = (contactId: string) =>
  readBody(api.api.contacts[":id"].drafts.$get({ param: { id: contactId } }));

/** A drafted email: the text, and a mail link carrying it (shortened when the whole text would
 * make the link too long for mail apps). */
export type Draft = Awaited<ReturnType<typeof loadDrafts>>["intro"];

export const loadAgenda = (conferenceId: string) =>
  readBody(api.api.conferences[":id"].agenda.$get({ param: { id: conferenceId } }));

export type Agenda = Awaited<ReturnType<typeof loadAgenda>>;
export type AgendaItem = Agenda["items"][number];

export const downloadAgenda = (conferenceId: string) =>
  download(
    api.api.conferences[":id"]["agenda.ics"].$get({ param: { id: conferenceId } }),
    "rapport-agenda.ics",
  );

export const downloadContactCards = () =>
  download(api.api.me.export["contacts.vcf"].$get(), "rapport-contacts.vcf");

/** Whether the personal calendar feed is on. Its address is shown only when it is made. */
export const feedState = () => readBody(api.api.me["calendar-feed"].$get());

/** Turns the feed on, or renews it: the address before stops working. */
export const newFeed = () => readBody(api.api.me["calendar-feed"].$post());

export const stopFeed = async () => {
  await succeeded(api.api.me["calendar-feed"].$delete());
};
