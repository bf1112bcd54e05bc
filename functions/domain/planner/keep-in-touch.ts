import { Temporal } from "temporal-polyfill";
import { type Contact, lastContactIn } from "../../../schemas/contact";
import { atHour, dateIn, instantOf } from "./clock";
import type { MailDraft, PlanContext } from "./draft";

/** "Keep in touch with your mentor": every `keepInTouchDays` days after the last logged contact
 * (any entry but "not met"; the day the contact was added when there is none), at the send hour
 * (user's zone). The reminder's date is part of its id, so a newly logged contact replaces the
 * pending reminder with one under a new id. With no contact logged since, the cadence goes on:
 * the next reminder falls a whole number of periods after the last contact. The one before it
 * is drafted too, so that a pending reminder missed while the system was down still goes out. */
export function keepInTouchDrafts(contact: Contact, ctx: PlanContext): MailDraft[] {
  if (!contact.mentor) return [];
  const { sendHour } = ctx.reminders;
  const period = ctx.keepInTouchDays;
  const anchor = instantOf(lastContactIn(ctx.logOf(contact.id)) ?? contact.createdAt);
  const anchorDay = dateIn(anchor, ctx.userZone);
  const elapsed = anchorDay.until(dateIn(ctx.now, ctx.userZone)).days;
  const draft = (periods: number): MailDraft => {
    const day = anchorDay.add({ days: periods * period });
    return {
      kind: "keep-in-touch",
      slot: [contact.id, day.toString()],
      sendAt: atHour(day, sendHour, ctx.userZone),
      contactIds: [contact.id],
    };
  };
  // Whole periods since the last contact, at least one. A whole period that ends today may
  // still be ahead by the hour; otherwise the next reminder is one period further.
  const periods = Math.max(1, Math.floor(elapsed / period));
  const next = Temporal.Instant.compare(draft(periods).sendAt, ctx.now) > 0 ? periods : periods + 1;
  return next > 1 ? [draft(next - 1), draft(next)] : [draft(next)];
}
