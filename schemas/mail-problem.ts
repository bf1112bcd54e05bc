import * as v from "valibot";

export const mailProblemKinds = ["bounce", "complaint"] as const;

/** Why reminders to the user stopped: their address bounced for good, or a reminder was marked as
 * spam. It stays until the user says they checked their address. */
export const mailProblemSchema = v.object({
  kind: v.picklist(mailProblemKinds),
  /** When the report came in, as a UTC ISO instant. */
  at: v.string(),
  /** What the report said: the receiving server's answer, or the kind of complaint. */
  detail: v.string(),
});
export type MailProblem = v.InferOutput<typeof mailProblemSchema>;

const instant = v.pipe(
  v.string(),
  v.check((text) => !Number.isNaN(Date.parse(text)), "not a date and time"),
  v.transform((text) => new Date(text).toISOString()),
);

/** The message the event was about; `timestamp` is when it was handed to SES. */
const sentMail = v.looseObject({ timestamp: instant });

const bouncedRecipient = v.looseObject({
  emailAddress: v.string(),
  diagnosticCode: v.optional(v.string()),
});

/** The parts Rapport reads of the records SES event publishing sends through SNS. SES may add
 * fields at any time, so every object lets unknown ones through. */
export const sesMailEventSchema = v.variant("eventType", [
  v.looseObject({
    eventType: v.literal("Bounce"),
    mail: sentMail,
    bounce: v.looseObject({
      /** Permanent, Transient or Undetermined. */
      bounceType: v.string(),
      bounceSubType: v.optional(v.string()),
      bouncedRecipients: v.pipe(v.array(bouncedRecipient), v.minLength(1)),
      timestamp: instant,
    }),
  }),
  v.looseObject({
    eventType: v.literal("Complaint"),
    mail: sentMail,
    complaint: v.looseObject({
      complainedRecipients: v.pipe(
        v.array(v.looseObject({ emailAddress: v.string() })),
        v.minLength(1),
      ),
      complaintFeedbackType: v.optional(v.string()),
      complaintSubType: v.nullish(v.string()),
      timestamp: instant,
    }),
  }),
]);
export type SesMailEvent = v.InferOutput<typeof sesMailEventSchema>;
