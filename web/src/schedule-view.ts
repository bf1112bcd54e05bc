import type { MailKind } from "../../schemas/mail-plan";
import type { MailStatus, ScheduledMail } from "../../schemas/outbox";
import { dayLabel } from "./program-view";

/** One email of each kind, as the schedule names it. */
export const mailLabels: Record<MailKind, string> = {
  outreach: "Reminder to send your intro emails",
  "day-plan": "Day plan",
  "follow-up": "Follow-up reminder",
  "follow-up-last-call": "Last follow-up reminder",
  "keep-in-touch": "Keep-in-touch reminder",
};

/** "Day plan for Thu, Apr 15": the kind in words, with the conference day a day plan is for. */
export function mailTitle(mail: Pick<ScheduledMail, "kind" | "date">, locale?: string): string {
  const label = mailLabels[mail.kind];
  return mail.kind === "day-plan" && mail.date
    ? `${label} for ${dayLabel(mail.date, locale)}`
    : label;
}

export const mailStatusLabels: Record<MailStatus, string> = {
  planned: "Planned",
  sending: "Sending now",
  sent: "Sent",
  failed: "Failed",
  cancelled: "Cancelled",
  skipped: "Skipped",
};

/** Soonest first; mail due at the same moment keeps one order across loads. */
export const bySendTime = (a: ScheduledMail, b: ScheduledMail) =>
  a.sendAt < b.sendAt ? -1 : a.sendAt > b.sendAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The planned email that goes out first, if any is planned. */
export function nextPlanned(mail: readonly ScheduledMail[]): ScheduledMail | undefined {
  return mail.filter((m) => m.status === "planned").sort(bySendTime)[0];
}

/** The page that lists an email: its conference's schedule, or the whole schedule for reminders
 * about contacts outside any conference. */
export const scheduleHref = (mail: Pick<ScheduledMail, "conferenceId">) =>
  mail.conferenceId ? `/conferences/${mail.conferenceId}/schedule` : "/schedule";
