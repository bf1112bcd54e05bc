import * as v from "valibot";
import {
  keepInTouchDaysDefault,
  keepInTouchDaysSchema,
  mailKindSchema,
  mailKinds,
} from "./mail-plan";
import { timeZoneSchema } from "./program";
import { multiline, requiredLine } from "./text";

/** Fields a template may use; each is filled from the profile, the contact, the conference or
 * the contact's session (see functions/domain/contacts/drafts.ts). */
export const mergeFields = [
  "targetName",
  "targetLastName",
  "targetTitle",
  "targetAffiliation",
  "conference",
  "sessionTitle",
  "sessionDate",
  "sessionTime",
  "topic",
  "note",
  "myName",
  "myPosition",
  "myInstitution",
] as const;
export type MergeField = (typeof mergeFields)[number];

export const defaultIntroScript = `Dear Dr. {{targetLastName}},

My name is {{myName}}, {{myPosition}} at {{myInstitution}}. I will be at {{conference}} and would be grateful for ten minutes of your time to hear about your work on {{topic}} and to ask your advice about training at {{targetAffiliation}}.

Would a short conversation during the meeting suit you?

With thanks,
{{myName}}`;

export const defaultFollowUpTemplate = `Dear Dr. {{targetLastName}},

Thank you for taking the time to talk with me at {{conference}}. {{note}}

I would value staying in touch as I prepare my applications, and I will keep you posted on my progress.

With thanks,
{{myName}}
{{myPosition}}, {{myInstitution}}`;

/** The questions a new target starts with; the user edits the list once in Settings. */
export const defaultQuestions = [
  "What do you look for in applicants to your categorical program?",
  "How does your program view international medical graduates who are not US citizens or permanent residents?",
  "Has your program converted preliminary residents to categorical positions, or taken PGY-2s off-cycle?",
];

const maxScript = 5000;
// No brace inside a field: each match attempt stops at the next brace, so a script of nothing
// but "{{" is read in linear time.
const MERGE_FIELD = /\{\{([^{}]*)\}\}/g;

const unknownMergeFields = (script: string) =>
  script.length > maxScript
    ? []
    : [...script.matchAll(MERGE_FIELD)]
        .map((m) => (m[1] ?? "").trim())
        .filter((name) => !(mergeFields as readonly string[]).includes(name));

/** A template of text with merge fields; unknown fields are refused when it is saved. */
const templateSchema = (what: string) =>
  v.pipe(
    multiline(maxScript, what),
    // A script over the length limit is refused for its length alone, before any pattern runs.
    v.check(
      (script) => unknownMergeFields(script).length === 0,
      (issue) =>
        `Unknown merge field ${unknownMergeFields(String(issue.input))
          .map((n) => `{{${n}}}`)
          .join(", ")}; use ${mergeFields.map((n) => `{{${n}}}`).join(", ")}.`,
    ),
  );

export const introScriptSchema = templateSchema("The intro script");
export const followUpTemplateSchema = templateSchema("The follow-up template");

export const targetProgramSchema = v.strictObject({
  name: requiredLine(200, "The program name"),
  note: multiline(500, "The note"),
});

export const reminderSettingsSchema = v.strictObject({
  /** Hour of the day, in the user's zone, when reminders go out. */
  sendHour: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0),
    v.maxValue(23, "Pick an hour from 0 to 23."),
  ),
  outreachDaysBefore: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(1),
    v.maxValue(60, "Pick 1 to 60 days."),
  ),
  followUpDay: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(14, "Pick 1 to 14 days.")),
});

// Empty (or only spaces) clears the field; otherwise an https address on linkedin.com.
const linkedInAddress = /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/\S*$/i;
const linkedInUrl = v.pipe(
  v.string(),
  v.trim(),
  v.check(
    (url) => url === "" || linkedInAddress.test(url),
    "Use a LinkedIn address such as https://www.linkedin.com/in/your-name.",
  ),
);

/** What the user edits on the settings page. */
export const profileFieldsSchema = v.strictObject({
  name: requiredLine(120, "Your name"),
  credentials: v.pipe(
    v.array(requiredLine(20, "A credential")),
    v.maxLength(12, "List at most 12 credentials."),
  ),
  position: requiredLine(120, "Your position"),
  institution: requiredLine(200, "Your institution"),
  linkedinUrl: linkedInUrl,
  timeZone: timeZoneSchema,
  goals: v.strictObject({
    planA: multiline(500, "Plan A"),
    planB: multiline(500, "Plan B"),
    planC: multiline(500, "Plan C"),
  }),
  interests: v.pipe(
    v.array(requiredLine(100, "An interest")),
    v.maxLength(30, "List at most 30 interests."),
  ),
  targetPrograms: v.pipe(
    v.array(targetProgramSchema),
    v.maxLength(100, "List at most 100 target programs."),
  ),
  introScript: introScriptSchema,
  /** Absent in a request: the saved one stays (older clients do not know these fields). */
  followUpTemplate: v.optional(followUpTemplateSchema),
  questions: v.optional(
    v.pipe(v.array(requiredLine(300, "A question")), v.maxLength(20, "List at most 20 questions.")),
  ),
  reminders: reminderSettingsSchema,
  keepInTouchDays: v.optional(keepInTouchDaysSchema),
  /** Kinds of reminder the user turned off (in Settings, or with a mail's unsubscribe link). */
  mailKindsOff: v.optional(
    v.pipe(v.array(mailKindSchema), v.maxLength(mailKinds.length, "List each kind once.")),
  ),
});

/** First sign-in asks only for these. */
export const onboardingSchema = v.strictObject({
  name: requiredLine(120, "Your name"),
  position: requiredLine(120, "Your position"),
  institution: requiredLine(200, "Your institution"),
  timeZone: timeZoneSchema,
});

export const profileSchema = v.object({
  ...profileFieldsSchema.entries,
  followUpTemplate: v.string(),
  questions: v.array(v.string()),
  keepInTouchDays: v.number(),
  mailKindsOff: v.array(mailKindSchema),
  email: v.string(),
  onboarded: v.boolean(),
  createdAt: v.string(),
});

export type ProfileFields = v.InferOutput<typeof profileFieldsSchema>;
export type Onboarding = v.InferOutput<typeof onboardingSchema>;
export type Profile = v.InferOutput<typeof profileSchema>;

/** A new account before onboarding. */
export function newProfile(email: string, createdAt: string): Profile {
  return {
    email,
    createdAt,
    onboarded: false,
    name: "",
    credentials: [],
    position: "",
    institution: "",
    linkedinUrl: "",
    timeZone: "UTC",
    goals: { planA: "", planB: "", planC: "" },
    interests: [],
    targetPrograms: [],
    introScript: defaultIntroScript,
    followUpTemplate: defaultFollowUpTemplate,
    questions: [...defaultQuestions],
    keepInTouchDays: keepInTouchDaysDefault,
    mailKindsOff: [],
    reminders: { sendHour: 8, outreachDaysBefore: 14, followUpDay: 3 },
  };
}

/** A stored profile with the fields added since it was saved read as their defaults. */
export function withDefaults(profile: Profile): Profile {
  return { ...newProfile(profile.email, profile.createdAt), ...profile };
}
