import { Temporal } from "temporal-polyfill";
import type { ConferenceSummary } from "../../../schemas/conference";
import { atHour } from "./clock";
import { idsOf, type MailDraft, type PlanContext, stillToMeet } from "./draft";

const lastCallAfterDays = 2;

/** "Follow up with the people you met": `followUpDay` days after the last day, at the send hour
 * (user's zone), for the contacts met and, to ask "did you meet them?", the targets still
 * unmarked. The last call comes two days later, only for contacts met whose follow-up is not
 * logged. */
export function followUpDrafts(conference: ConferenceSummary, ctx: PlanContext): MailDraft[] {
  const contacts = ctx.contactsOf(conference.id);
  const met = contacts.filter((c) => c.status === "met");
  const unmarked = contacts.filter(stillToMeet);
  const notFollowedUp = met.filter(
    (c) => !ctx.logOf(c.id).some((entry) => entry.kind === "followed-up"),
  );
  const followUpDay = Temporal.PlainDate.from(conference.endDate).add({
    days: ctx.reminders.followUpDay,
  });
  const draft = (
    kind: "follow-up" | "follow-up-last-call",
    day: Temporal.PlainDate,
    contactIds: string[],
  ): MailDraft => ({
    kind,
    slot: [conference.id],
    sendAt: atHour(day, ctx.reminders.sendHour, ctx.userZone),
    conferenceId: conference.id,
    contactIds,
  });
  return [
    draft("follow-up", followUpDay, idsOf([...met, ...unmarked])),
    draft(
      "follow-up-last-call",
      followUpDay.add({ days: lastCallAfterDays }),
      idsOf(notFollowedUp),
    ),
  ].filter((d) => d.contactIds.length > 0);
}
