import * as v from "valibot";

/** The reminders the planner schedules into the user's own inbox. */
export const mailKinds = [
  "outreach",
  "day-plan",
  "follow-up",
  "follow-up-last-call",
  "keep-in-touch",
] as const;
export const mailKindSchema = v.picklist(
  mailKinds,
  "Choose a reminder: outreach, day-plan, follow-up, follow-up-last-call or keep-in-touch.",
);
export type MailKind = v.InferOutput<typeof mailKindSchema>;

/** What each kind of reminder is, in the words of its footer, its unsubscribe page and Settings. */
export const kindNames: Record<MailKind, string> = {
  outreach: "reminders to send intro emails",
  "day-plan": "day plans",
  "follow-up": "follow-up reminders",
  "follow-up-last-call": "last follow-up reminders",
  "keep-in-touch": "keep-in-touch reminders",
};

/** Days between a mentor's last logged contact and the keep-in-touch reminder, by default. */
export const keepInTouchDaysDefault = 60;
export const keepInTouchDaysSchema = v.pipe(
  v.number(),
  v.integer("Pick a whole number of days."),
  v.minValue(7, "Pick 7 to 365 days."),
  v.maxValue(365, "Pick 7 to 365 days."),
);

/** A reminder the planner wants in the outbox. */
export const plannedMailSchema = v.object({
  /** Follows from the kind and what the mail is about, so planning twice gives the same ids. */
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  kind: mailKindSchema,
  /** A UTC instant, as `Date.prototype.toISOString` writes it. */
  sendAt: v.pipe(v.string(), v.isoTimestamp()),
  conferenceId: v.optional(v.string()),
  contactIds: v.array(v.string()),
  /** The conference day a day plan is for, in the conference's zone. */
  date: v.optional(v.pipe(v.string(), v.isoDate())),
});
export type PlannedMail = v.InferOutput<typeof plannedMailSchema>;
