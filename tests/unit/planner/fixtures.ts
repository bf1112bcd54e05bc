import { createHash } from "node:crypto";
import * as v from "valibot";
import { type ExistingMail, type PlanInput, planMail } from "../../../functions/domain/planner";
import type { ConferenceSummary } from "../../../schemas/conference";
import type { ContactSession, Interaction } from "../../../schemas/contact";
import { type PlannedMail, plannedMailSchema } from "../../../schemas/mail-plan";
import { aContact } from "../../fixtures/contact";

/** The id scheme as documented, computed here without the planner's code. */
export const idOf = (...parts: string[]) =>
  createHash("sha256").update(parts.join("\n")).digest("base64url").slice(0, 22);
/** The id a slot takes after its first `n` ids were cancelled. */
export const reissuedId = (first: string, n: number) => idOf(first, String(n));

export function conference(
  fields: Pick<ConferenceSummary, "id" | "timeZone" | "startDate" | "endDate">,
): ConferenceSummary {
  return {
    title: `Conference ${fields.id}`,
    format: "ics",
    sessionCount: 10,
    peopleCount: 10,
    roomCount: 2,
    warningCount: 0,
    createdAt: "2026-01-01T00:00:00.000Z",
    ...fields,
  };
}

/** The planner tests' contacts: the shared fixture. */
export const contact = aContact;

export const session = (id: string, start: string): ContactSession => ({
  id,
  title: `Session ${id}`,
  start,
  end: start,
  role: "speaker",
});

export const logEntry = (
  contactId: string,
  kind: Interaction["kind"],
  at: string,
): Interaction => ({ id: `${contactId}-${at}`, contactId, kind, at, note: "" });

export const inOutbox = (mail: PlannedMail, status = "planned"): ExistingMail => ({
  id: mail.id,
  kind: mail.kind,
  sendAt: mail.sendAt,
  status,
  contactIds: mail.contactIds,
});

type Plan = Partial<Omit<PlanInput, "profile" | "now">> & {
  now: string;
  timeZone: string;
  reminders?: Partial<PlanInput["profile"]["reminders"]>;
  keepInTouchDays?: number;
  mailKindsOff?: PlanInput["profile"]["mailKindsOff"];
};

/** Plans with the default reminder settings unless told otherwise, and checks that every
 * planned mail fits its schema. */
export function plan(input: Plan): PlannedMail[] {
  const planned = planMail({
    profile: {
      timeZone: input.timeZone,
      reminders: { sendHour: 8, outreachDaysBefore: 14, followUpDay: 3, ...input.reminders },
      ...(input.keepInTouchDays === undefined ? {} : { keepInTouchDays: input.keepInTouchDays }),
      ...(input.mailKindsOff === undefined ? {} : { mailKindsOff: input.mailKindsOff }),
    },
    conferences: input.conferences ?? [],
    contacts: input.contacts ?? [],
    interactions: input.interactions ?? [],
    existing: input.existing ?? [],
    now: new Date(input.now),
  });
  return v.parse(v.array(plannedMailSchema), planned);
}

export const ofKind = (mails: PlannedMail[], kind: PlannedMail["kind"]) =>
  mails.filter((mail) => mail.kind === kind);
