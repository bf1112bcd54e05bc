import * as v from "valibot";
import { mailKindSchema } from "./mail-plan";

/** Where a scheduled email stands. `planned` waits for its time; `sending` is held by one
 * dispatcher run for a short lease; `failed` gave up after its attempts; `cancelled` is mail the
 * plan no longer wants; `skipped` is mail the user chose not to receive. */
export const mailStatuses = [
  "planned",
  "sending",
  "sent",
  "failed",
  "cancelled",
  "skipped",
] as const;
export const mailStatusSchema = v.picklist(mailStatuses);
export type MailStatus = v.InferOutput<typeof mailStatusSchema>;

export const scheduledMailSchema = v.object({
  id: v.string(),
  kind: mailKindSchema,
  /** When it goes out, as a UTC ISO instant. */
  sendAt: v.string(),
  status: mailStatusSchema,
  conferenceId: v.optional(v.string()),
  contactIds: v.array(v.string()),
  /** The conference day a day plan is for. */
  date: v.optional(v.string()),
  attempts: v.number(),
  /** The user moved it; re-planning keeps the time they chose. */
  movedByUser: v.optional(v.boolean()),
  sentAt: v.optional(v.string()),
  lastError: v.optional(v.string()),
});
export type ScheduledMail = v.InferOutput<typeof scheduledMailSchema>;

export const mailIdSchema = v.object({
  mailId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,100}$/, "Not an email id")),
});

/** The user's change to one scheduled email: skip it, bring it back, or move it. */
export const mailPatchSchema = v.union(
  [
    v.strictObject({ skip: v.boolean("Send skip as true or false.") }),
    v.strictObject({
      sendAt: v.pipe(
        v.string(),
        v.isoTimestamp("Give the time as an ISO date and time, such as 2027-04-10T13:00:00Z."),
      ),
    }),
  ],
  "Send {skip: true} to skip this email, {skip: false} to bring it back, or {sendAt} to move it.",
);
export type MailPatch = v.InferOutput<typeof mailPatchSchema>;
