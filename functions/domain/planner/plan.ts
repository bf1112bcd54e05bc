import { Temporal } from "temporal-polyfill";
import type { ConferenceSummary } from "../../../schemas/conference";
import type { Contact, Interaction } from "../../../schemas/contact";
import {
  keepInTouchDaysDefault,
  type MailKind,
  type PlannedMail,
} from "../../../schemas/mail-plan";
import type { Profile } from "../../../schemas/profile";
import { isoText } from "./clock";
import { dayPlanDrafts } from "./day-plan";
import type { ExistingMail } from "./diff";
import { addTo, type MailDraft, type PlanContext } from "./draft";
import { followUpDrafts } from "./follow-up";
import { mailId } from "./ids";
import { keepInTouchDrafts } from "./keep-in-touch";
import { outreachDrafts } from "./outreach";

export interface PlanInput {
  profile: Pick<Profile, "timeZone" | "reminders"> & {
    keepInTouchDays?: number;
    mailKindsOff?: readonly MailKind[];
  };
  /** All of the user's conferences and contacts: what is left out is planned as unwanted. */
  conferences: readonly ConferenceSummary[];
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  /** What the outbox holds, in any state. */
  existing: readonly Pick<ExistingMail, "id" | "kind" | "sendAt" | "status">[];
  now: Date;
}

/** The reminders that should be in the outbox, by send time. Mail due at or before `now` is
 * left out unless the outbox still holds it as pending (missed while the system was down: late
 * beats never), and an id the outbox holds as sent, failed or skipped is never planned again. */
export function planMail(input: PlanInput): PlannedMail[] {
  const ctx = contextOf(input);
  const off = new Set(input.profile.mailKindsOff);
  const drafts = [
    ...input.conferences.flatMap((conference) => [
      ...outreachDrafts(conference, ctx),
      ...dayPlanDrafts(conference, ctx),
      ...followUpDrafts(conference, ctx),
    ]),
    ...input.contacts.flatMap((contact) => keepInTouchDrafts(contact, ctx)),
  ].filter((draft) => !off.has(draft.kind));
  const statusOf = new Map(input.existing.map((mail) => [mail.id, mail.status]));
  const planned: PlannedMail[] = [];
  for (const draft of drafts) {
    const id = mailId(draft, (id) => statusOf.get(id));
    const status = statusOf.get(id);
    const wanted =
      status === undefined
        ? Temporal.Instant.compare(draft.sendAt, ctx.now) > 0
        : status === "planned";
    if (wanted) planned.push(plannedMail(id, draft));
  }
  return planned.sort((a, b) => compareText(a.sendAt, b.sendAt) || compareText(a.id, b.id));
}

function contextOf(input: PlanInput): PlanContext {
  const contactsByConference = new Map<string, Contact[]>();
  for (const contact of input.contacts)
    if (contact.conferenceId !== undefined)
      addTo(contactsByConference, contact.conferenceId, contact);
  const logByContact = new Map<string, Interaction[]>();
  for (const entry of input.interactions) addTo(logByContact, entry.contactId, entry);
  return {
    userZone: input.profile.timeZone,
    reminders: input.profile.reminders,
    keepInTouchDays: input.profile.keepInTouchDays ?? keepInTouchDaysDefault,
    now: Temporal.Instant.fromEpochMilliseconds(input.now.getTime()),
    contactsOf: (conferenceId) => contactsByConference.get(conferenceId) ?? [],
    logOf: (contactId) => logByContact.get(contactId) ?? [],
  };
}

function plannedMail(id: string, draft: MailDraft): PlannedMail {
  return {
    id,
    kind: draft.kind,
    sendAt: isoText(draft.sendAt),
    ...(draft.conferenceId === undefined ? {} : { conferenceId: draft.conferenceId }),
    contactIds: draft.contactIds,
    ...(draft.date === undefined ? {} : { date: draft.date }),
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
