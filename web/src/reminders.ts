import type { MailPatch } from "../../schemas/outbox";
import { api, readBody } from "./api";

/** The scheduled email of one conference, or every one of the user's. */
export const loadSchedule = async (conferenceId?: string) =>
  (
    await readBody(
      conferenceId
        ? api.api.conferences[":id"].schedule.$get({ param: { id: conferenceId } })
        : api.api.me.schedule.$get(),
    )
  ).emails;

export type ScheduledEmail = Awaited<ReturnType<typeof loadSchedule>>[number];

/** One email with the message it would carry if it went out now. */
export const previewMail = (mailId: string) =>
  readBody(api.api.schedule[":mailId"].$get({ param: { mailId } }));

export type MailPreview = Awaited<ReturnType<typeof previewMail>>;

/** Skips an email, brings it back, or moves it; answers the email as it now stands. */
export const changeMail = (mailId: string, patch: MailPatch) =>
  readBody(api.api.schedule[":mailId"].$patch({ param: { mailId }, json: patch }));
