import { mailKinds, type PlannedMail } from "../../../schemas/mail-plan";

/** A mail as the outbox holds it. `kind` is any kind the outbox knows, not only the planner's
 * (sign-in mail lives there too). */
export interface ExistingMail {
  id: string;
  kind: string;
  sendAt: string;
  /** Only "planned" mail is still to go, and only it may be rescheduled or cancelled. A plan
   * marks pending mail it no longer wants "cancelled"; wanted again, it comes back under a new
   * id. "sent", "failed" and "skipped" (the user's own "don't send this one") are final, and so
   * is any other status the outbox gives mail in flight. */
  status: string;
  contactIds: readonly string[];
}

export interface PlanDiff {
  add: PlannedMail[];
  reschedule: PlannedMail[];
  /** Ids of pending mail to mark cancelled; nothing is deleted, so the schedule shows it. */
  cancel: string[];
}

const plannerKinds: ReadonlySet<string> = new Set(mailKinds);

/** What turns the outbox into the plan: new mail to add, pending mail whose time or contacts
 * changed, and pending planner mail that is no longer wanted. Mail that is not pending is left
 * as it is. */
export function diffPlan(
  planned: readonly PlannedMail[],
  existing: readonly ExistingMail[],
): PlanDiff {
  const byId = new Map(existing.map((mail) => [mail.id, mail]));
  const wanted = new Set(planned.map((mail) => mail.id));
  const diff: PlanDiff = { add: [], reschedule: [], cancel: [] };
  for (const mail of planned) {
    const before = byId.get(mail.id);
    if (!before) diff.add.push(mail);
    else if (before.status === "planned" && changed(before, mail)) diff.reschedule.push(mail);
  }
  for (const mail of existing)
    if (mail.status === "planned" && plannerKinds.has(mail.kind) && !wanted.has(mail.id))
      diff.cancel.push(mail.id);
  return diff;
}

const changed = (before: ExistingMail, mail: PlannedMail) =>
  Date.parse(before.sendAt) !== Date.parse(mail.sendAt) ||
  idList(before.contactIds) !== idList(mail.contactIds);

// Ids hold no line breaks, so the joined sorted lists match when they hold the same ids.
const idList = (ids: readonly string[]) => [...ids].sort().join("\n");
