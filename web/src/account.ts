import type { ClientResponse } from "hono/client";
import { joinExportPages } from "../../schemas/export";
import type { Onboarding, Profile, ProfileFields } from "../../schemas/profile";
import { api, readBody, succeeded } from "./api";

export const requestSignIn = (email: string) =>
  readBody(api.api.auth["sign-in"].$post({ json: { email } }));

export const confirmSignIn = (token: string) =>
  readBody(api.api.auth.confirm.$post({ json: { token } }));

export const onboard = (answers: Onboarding) =>
  readBody(api.api.me.onboarding.$post({ json: answers }));

/** The profile as the server has it now. */
export const readProfile = () => readBody(api.api.me.$get());

export const updateProfile = (fields: ProfileFields) =>
  readBody(api.api.me.profile.$put({ json: fields }));

export const deleteAccount = (confirmEmail: string) =>
  readBody(api.api.me.$delete({ json: { confirmEmail } }));

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
    followUpTemplate: profile.followUpTemplate,
    questions: [...profile.questions],
    reminders: { ...profile.reminders },
    keepInTouchDays: profile.keepInTouchDays,
    mailKindsOff: [...profile.mailKindsOff],
  };
}

/** The whole account as one JSON document. The server hands the export out in pages (one
 * response may carry only so much), and they are joined here into the document they describe. */
export async function downloadExport(onPage: (page: number) => void): Promise<void> {
  let count = 0;
  const read = async (after?: string) => {
    onPage(++count);
    return readBody(api.api.me.export.$get({ query: after ? { after } : {} }));
  };
  const pages = [await read()];
  for (let next = pages[0]?.next; next; ) {
    const page = await read(next);
    pages.push(page);
    next = page.next;
  }
  const file = joinExportPages(pages);
  save(new Blob([JSON.stringify(file)], { type: "application/json" }), "rapport-export.json");
}

/** The contact log as CSV. The route answers with the file itself (`c.body`), so its body has no
 * JSON type to read; it is saved as it comes. */
export const downloadContactLog = () =>
  download(api.api.me.export["contact-log.csv"].$get(), "rapport-contact-log.csv");

/** Fetches a file with the session and hands it to the browser as a download, so a failure can
 * be shown on the page instead of saving an error as the file. */
export async function download(
  call: Promise<ClientResponse<unknown, number> | Response>,
  fallbackName: string,
) {
  const response = await succeeded(call);
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
