import * as v from "valibot";

/** One message as the app hands it to the mail layer. */
export const outgoingMailSchema = v.object({
  to: v.string(),
  subject: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  text: v.string(),
  html: v.optional(v.string()),
  headers: v.optional(v.record(v.string(), v.string())),
});
export type OutgoingMail = v.InferOutput<typeof outgoingMailSchema>;

/** A message as the local dev mailbox shows it. */
export const devMailSchema = v.object({
  id: v.string(),
  from: v.string(),
  to: v.array(v.string()),
  subject: v.string(),
  sentAt: v.string(),
  text: v.optional(v.string()),
  html: v.optional(v.string()),
  /** The exact message handed to SES. */
  raw: v.optional(v.string()),
});
export type DevMail = v.InferOutput<typeof devMailSchema>;
