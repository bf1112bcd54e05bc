import type { ConferencePage, ConferenceSummary, SaveConference } from "../../schemas/conference";
import {
  type ImportRequest,
  type Person,
  programRequestProblem,
  type Session,
} from "../../schemas/program";
import { ApiError, api, readBody, succeeded } from "./api";

export const listConferences = async () => (await readBody(api.api.conferences.$get())).conferences;

/** A program too large to reach the API is refused here, with the reason, before it is sent. */
function checkSendable(request: ImportRequest): void {
  const problem = programRequestProblem(JSON.stringify(request));
  if (problem) throw new ApiError("request.too_large", problem);
}

export const previewImport = async (request: ImportRequest) => {
  checkSendable(request);
  return readBody(api.api.imports.$post({ json: request }));
};

export const saveConference = async (request: SaveConference) => {
  checkSendable(request);
  return readBody(api.api.conferences.$post({ json: request }));
};

/** No body either way: `apiFetch` still sends `{}` as JSON, which the server requires, and the
 * answer is a bare 204. */
export const deleteConference = async (id: string) => {
  await succeeded(api.api.conferences[":id"].$delete({ param: { id } }));
};

export interface LoadedConference {
  conference: ConferenceSummary;
  warnings: ConferencePage["warnings"];
  sessions: Session[];
  people: Person[];
}

/** Reads every page of a conference, reporting sessions loaded so far. */
export async function loadConference(
  id: string,
  onProgress: (loaded: number, total: number) => void,
): Promise<LoadedConference> {
  let cursor: string | undefined;
  let result: LoadedConference | undefined;
  do {
    const page = await readBody(
      api.api.conferences[":id"].$get({ param: { id }, query: cursor ? { cursor } : {} }),
    );
    if (!result) {
      if (!page.conference) throw new Error("The conference came without its summary.");
      result = { conference: page.conference, warnings: page.warnings, sessions: [], people: [] };
    }
    result.sessions.push(...page.sessions);
    result.people.push(...page.people);
    onProgress(result.sessions.length, result.conference.sessionCount);
    cursor = page.next;
  } while (cursor);
  return result;
}

/** The sample congress ships as a static file in iCalendar form, which carries its own zone. */
export async function saveSampleConference(): Promise<ConferenceSummary> {
  const [response, saved] = await Promise.all([
    fetch("/samples/surgical-congress.ics"),
    listConferences(),
  ]);
  if (!response.ok) throw new Error("The sample conference file could not be loaded.");
  const text = await response.text();
  // Asked for twice, the sample opens the copy already saved rather than saving another.
  const title = /^X-WR-CALNAME:(.+)$/m.exec(text)?.[1]?.trim();
  return saved.find((c) => c.format === "ics" && c.title === title) ?? saveConference({ text });
}

/** One saved conference's summary, without its program. */
export async function findConference(id: string): Promise<ConferenceSummary> {
  const found = (await listConferences()).find((c) => c.id === id);
  if (!found) {
    throw new ApiError("conference.not_found", "There is no such conference. It may be deleted.");
  }
  return found;
}
