import { Temporal } from "temporal-polyfill";
import type { ConferenceSummary } from "../../../schemas/conference";
import { atHour, dateIn, instantOf } from "./clock";
import { addTo, idsOf, type MailDraft, type PlanContext, stillToMeet } from "./draft";

const dayPlanHour = 7;

/** "Here is today's plan": 07:00 in the conference's zone on each conference day on which a
 * target still to meet has a session; the day of a session is its date in that zone. */
export function dayPlanDrafts(conference: ConferenceSummary, ctx: PlanContext): MailDraft[] {
  const firstDay = Temporal.PlainDate.from(conference.startDate);
  const lastDay = Temporal.PlainDate.from(conference.endDate);
  const targetsByDay = new Map<string, { id: string }[]>();
  for (const contact of ctx.contactsOf(conference.id)) {
    if (!stillToMeet(contact)) continue;
    for (const session of contact.sessions) {
      const day = dateIn(instantOf(session.start), conference.timeZone);
      if (
        Temporal.PlainDate.compare(day, firstDay) < 0 ||
        Temporal.PlainDate.compare(day, lastDay) > 0
      )
        continue;
      addTo(targetsByDay, day.toString(), contact);
    }
  }
  return [...targetsByDay].map(([day, targets]) => ({
    kind: "day-plan",
    slot: [conference.id, day],
    sendAt: atHour(Temporal.PlainDate.from(day), dayPlanHour, conference.timeZone),
    conferenceId: conference.id,
    contactIds: idsOf(targets),
    date: day,
  }));
}
