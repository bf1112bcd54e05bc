import type { Onboarding, Profile, ProfileFields } from "../../schemas/profile";
import { api, apiFetch, readJson } from "./api";

export const requestSignIn = async (email: string) =>
  readJson<{ sent: true; message: string }>(
    await api.api.auth["sign-in"].$post({ json: { email } }),
  );

export const confirmSignIn = async (token: string) =>
  readJson<{ signedIn: true }>(await api.api.auth.confirm.$post({ json: { token } }));

export const onboard = async (answers: Onboarding) =>
  readJson<Profile>(await api.api.me.onboarding.$post({ json: answers }));

export const updateProfile = async (fields: ProfileFields) =>
  readJson<Profile>(await api.api.me.profile.$put({ json: fields }));

export const deleteAccount = async (confirmEmail: string) =>
  readJson<{ deleted: true }>(await api.api.me.$delete({ json: { confirmEmail } }));

/** The fields the settings page edits, without the address, dates and onboarding flag. */
export function editableFields(profile: Profile): ProfileFields {
  return {
    name: profile.name,
    credentials: [...profile.credentials],
    position: profile.position,
    institution: profile.institution,
    linkedinUrl: profile.linkedinUrl,
    timeZone: profile.timeZone,
    goals: { ...profile.goals },
    interests: [...profile.interests],
    targetPrograms: profile.targetPrograms.map((p) => ({ ...p })),
    introScript: profile.introScript,
    reminders: { ...profile.reminders },
  };
}

type ExportPage = { exportedAt: string; email: string; items: unknown[]; next?: string };

/** Every item of the account as one JSON file. The server hands the export out in pages (one
 * response may carry only so much), and they are joined here into the file it describes. */
export async function downloadExport(onPage: (page: number) => void): Promise<void> {
  let pages = 0;
  const read = async (after?: string) => {
    onPage(++pages);
    return readJson<ExportPage>(await api.api.me.export.$get({ query: after ? { after } : {} }));
  };
  const first = await read();
  const items = [...first.items];
  for (let next = first.next; next; ) {
    const page = await read(next);
    items.push(...page.items);
    next = page.next;
  }
  const file = { exportedAt: first.exportedAt, email: first.email, items };
  save(new Blob([JSON.stringify(file)], { type: "application/json" }), "rapport-export.json");
}

export const contactLogUrl = api.api.me.export["contact-log.csv"].$path();

/** Fetches a file with the session and hands it to the browser as a download, so a failure can
 * be shown on the page instead of saving an error as the file. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await apiFetch(path);
  if (!response.ok) await readJson(response);
  const disposition = response.headers.get("content-disposition") ?? "";
  save(await response.blob(), /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName);
}

function save(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
