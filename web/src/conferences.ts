import type {
  ConferencePage,
  ConferenceSummary,
  ImportPreview,
  SaveConference,
} from "../../schemas/conference";
import type { ImportRequest, Person, Session } from "../../schemas/program";
import { api, readJson } from "./api";

export const listConferences = async () =>
  (await readJson<{ conferences: ConferenceSummary[] }>(await api.api.conferences.$get()))
    .conferences;

export const previewImport = async (request: ImportRequest) =>
  readJson<ImportPreview>(await api.api.imports.$post({ json: request }));

export const saveConference = async (request: SaveConference) =>
  readJson<ConferenceSummary>(await api.api.conferences.$post({ json: request }));

/** No body of its own: `apiFetch` still sends `{}` as JSON, which the server requires. */
export const deleteConference = async (id: string) => {
  const response = await api.api.conferences[":id"].$delete({ param: { id } });
  if (!response.ok) await readJson(response);
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
    const page = await readJson<ConferencePage>(
      await api.api.conferences[":id"].$get({ param: { id }, query: cursor ? { cursor } : {} }),
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
  const response = await fetch("/samples/surgical-congress.ics");
  if (!response.ok) throw new Error("The sample conference file could not be loaded.");
  return saveConference({ text: await response.text() });
}
