import { Temporal } from "temporal-polyfill";
import type { ConferenceSummary } from "../../../schemas/conference";
import { atHour, dateIn, instantOf } from "./clock";
import { addTo, idsOf, type MailDraft, type PlanContext } from "./draft";

/** "Send your intro emails": `outreachDaysBefore` days before day one at the send hour (user's
 * zone) for every target not yet emailed. A target flagged after that moment waits for a digest
 * the next morning; targets flagged on the same day share one. No digest falls on or after the
 * conference's first day, since the day plan takes over there. */
export function outreachDrafts(conference: ConferenceSummary, ctx: PlanContext): MailDraft[] {
  const { sendHour, outreachDaysBefore } = ctx.reminders;
  const firstDay = Temporal.PlainDate.from(conference.startDate);
  const mainDay = firstDay.subtract({ days: outreachDaysBefore });
  const mainAt = atHour(mainDay, sendHour, ctx.userZone);
  const targetsBySendDay = new Map<string, { id: string }[]>();
  for (const contact of ctx.contactsOf(conference.id)) {
    if (contact.status !== "target") continue;
    const flagged = instantOf(contact.createdAt);
    const sendDay =
      Temporal.Instant.compare(flagged, mainAt) <= 0
        ? mainDay
        : dateIn(flagged, ctx.userZone).add({ days: 1 });
    if (Temporal.PlainDate.compare(sendDay, firstDay) >= 0) continue;
    addTo(targetsBySendDay, sendDay.toString(), contact);
  }
  return [...targetsBySendDay].map(([day, targets]) => ({
    kind: "outreach",
    slot: [conference.id, day],
    sendAt: atHour(Temporal.PlainDate.from(day), sendHour, ctx.userZone),
    conferenceId: conference.id,
    contactIds: idsOf(targets),
  }));
}
