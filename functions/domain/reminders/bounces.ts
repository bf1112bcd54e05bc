import * as v from "valibot";
import { normalizeEmail } from "../../../schemas/account";
import {
  type MailProblem,
  type SesMailEvent,
  sesMailEventSchema,
} from "../../../schemas/mail-problem";
import type { Db } from "../../store/db";
import {
  clearMailProblem as clear,
  getMailProblem,
  putMailProblem,
} from "../../store/mail-problem";
import { userIdForEmail } from "../../store/user";
import { DomainError } from "../errors";

/** What became of one recipient of a mail event. */
export type MailEventOutcome = { address: string } & (
  | { outcome: "recorded"; userId: string; problem: MailProblem }
  /** Transient and undetermined bounces pass with time (a full mailbox, a server down). */
  | { outcome: "ignored"; reason: string }
  | { outcome: "no-user" }
  /** The user cleared a problem after this mail was sent. */
  | { outcome: "cleared-since"; userId: string }
);

const maxDetail = 500;

/** The SES event an SNS message carries, or why there is none to read. */
export function readMailEvent(message: string): { event: SesMailEvent } | { unreadable: string } {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return { unreadable: "the message is not JSON" };
  }
  const parsed = v.safeParse(sesMailEventSchema, json);
  if (parsed.success) return { event: parsed.output };
  const issues = parsed.issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return { unreadable: issues.join("; ") };
}

/** A recipient as SES reports it, `Name <address>` or a bare address, as the store keys it. */
function addressOf(recipient: string): string {
  return normalizeEmail(/<([^<>]+)>\s*$/.exec(recipient)?.[1] ?? recipient);
}

/** Each recipient of an event with the problem it reports, or why it reports none. */
type Finding = { recipient: string } & ({ problem: MailProblem } | { ignored: string });

function findingsOf(event: SesMailEvent): Finding[] {
  if (event.eventType === "Complaint") {
    const { complaintFeedbackType: type, timestamp } = event.complaint;
    const detail = `Marked as spam${type ? ` (${type})` : ""}`;
    return event.complaint.complainedRecipients.map((r) => ({
      recipient: r.emailAddress,
      problem: { kind: "complaint" as const, at: timestamp, detail },
    }));
  }
  const { bounceType, bounceSubType, timestamp } = event.bounce;
  return event.bounce.bouncedRecipients.map((r): Finding => {
    if (bounceType !== "Permanent") {
      return { recipient: r.emailAddress, ignored: `${bounceType} bounce` };
    }
    const detail = [bounceSubType && `${bounceSubType} bounce`, r.diagnosticCode]
      .filter(Boolean)
      .join(": ")
      .slice(0, maxDetail);
    return { recipient: r.emailAddress, problem: { kind: "bounce", at: timestamp, detail } };
  });
}

/**
 * Records a permanent bounce or a complaint as a mail problem of the user whose address it names,
 * which stops their reminders. Transient bounces change nothing. Recording the same event again
 * writes the same item, so a retried delivery is harmless.
 */
export async function recordMailEvent(db: Db, event: SesMailEvent): Promise<MailEventOutcome[]> {
  const outcomes: MailEventOutcome[] = [];
  const seen = new Set<string>();
  for (const finding of findingsOf(event)) {
    const address = addressOf(finding.recipient);
    if (seen.has(address)) continue;
    seen.add(address);
    if ("ignored" in finding) {
      outcomes.push({ address, outcome: "ignored", reason: finding.ignored });
      continue;
    }
    const userId = await userIdForEmail(db, address);
    if (!userId) outcomes.push({ address, outcome: "no-user" });
    else if (await putMailProblem(db, userId, finding.problem, event.mail.timestamp)) {
      outcomes.push({ address, outcome: "recorded", userId, problem: finding.problem });
    } else outcomes.push({ address, outcome: "cleared-since", userId });
  }
  return outcomes;
}

/** The user's mail problem, if reminders to them are stopped by one. */
export function mailProblem(db: Db, userId: string): Promise<MailProblem | undefined> {
  return getMailProblem(db, userId);
}

/** The user checked their address: reminders go out again, and reports about mail sent before
 * now no longer stop them. */
export async function clearMailProblem(db: Db, userId: string, now: Date): Promise<void> {
  if (!(await clear(db, userId, now))) {
    throw new DomainError(
      "mail_problem.not_found",
      "There is no mail problem to clear: reminders already go to your address.",
    );
  }
}
