import { api, type JsonBody, readBody } from "../api";

const dayOfCall = (id: string) => api.api.conferences[":id"]["day-of"].$get({ param: { id } });

/** One conference's day-of data as the server last sent it: every target with its sessions,
 * questions, note, intro script and latest outcome. */
export type DayData = JsonBody<Awaited<ReturnType<typeof dayOfCall>>>;
export type DayContact = DayData["contacts"][number];
export type DayConference = DayData["conference"];

export const loadDay = (conferenceId: string) => readBody(dayOfCall(conferenceId));

export const loadConferences = async () => (await readBody(api.api.conferences.$get())).conferences;
export type ConferenceItem = Awaited<ReturnType<typeof loadConferences>>[number];
