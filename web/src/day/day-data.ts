import { api, type JsonBody, readBody } from "../api";

const dayOfCall = (id: string) => api.api.conferences[":id"]["day-of"].$get({ param: { id } });

/** One conference's day-of data as the server last sent it: every target with its sessions,
 * questions, note, intro script and latest outcome. */
export type DayData = JsonBody<Awaited<ReturnType<typeof dayOfCall>>>;
export type DayContact = DayData["contacts"][number];
export type DayConference = DayData["conference"];

const fetchDay = (conferenceId: string) => readBody(dayOfCall(conferenceId));

/** How long an answer asked for ahead stays good for the page that asked. */
const earlyLifetimeMs = 10_000;
let early: { conferenceId: string; at: number; answer: Promise<DayData> } | undefined;

const fresh = (asked: typeof early, conferenceId: string) =>
  asked?.conferenceId === conferenceId && Date.now() - asked.at < earlyLifetimeMs;

/** Asks for a conference's day-of data when its day route is matched (or a link to it is pointed
 * at), so that the request runs beside the sign-in check and the page's code instead of after
 * both. A request already on its way for that conference is not repeated. */
export function requestDay(conferenceId: string): void {
  if (fresh(early, conferenceId)) return;
  const answer = fetchDay(conferenceId);
  // A failure is reported by the page that takes the answer, or by nobody if none does.
  answer.catch(() => undefined);
  early = { conferenceId, at: Date.now(), answer };
}

/** The day-of data. A page's first load takes the answer asked for ahead, when it is for this
 * conference and recent; a refetch (after changes were sent) always asks the server again. */
export function loadDay(conferenceId: string, refetching = false): Promise<DayData> {
  const taken = early;
  early = undefined;
  if (!refetching && taken && fresh(taken, conferenceId)) return taken.answer;
  return fetchDay(conferenceId);
}

export const loadConferences = async () => (await readBody(api.api.conferences.$get())).conferences;
export type ConferenceItem = Awaited<ReturnType<typeof loadConferences>>[number];
