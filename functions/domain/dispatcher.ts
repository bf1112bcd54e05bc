import type { OutgoingMail } from "../../schemas/mail";
import type { Db } from "../store/db";
import {
  advanceDispatchCursor,
  claimMail,
  type DueMail,
  dispatchCursor,
  dueBucket,
  dueMail,
  markFailed,
  markSent,
  retryLater,
  withdrawMail,
} from "../store/outbox";
import { inBatches } from "../store/paging";
import { mailProblem } from "./reminders/bounces";
import { renderReminder } from "./reminders/message";

export interface DispatchDeps {
  db: Db;
  /** Hands one message to SES; resolves to its message id. */
  send: (mail: OutgoingMail) => Promise<string>;
  /** The web app's address, for the links in each message. */
  appUrl: string;
  now: () => Date;
  /** Sends a second at most, to stay within the SES account's rate. */
  sendsPerSecond?: number;
  /** Tries before a mail is parked as failed. */
  maxAttempts?: number;
  /** How long a run holds a mail it claimed; longer than any send takes. */
  leaseMs?: number;
  /** How long one run may go on claiming mail; the rest waits for the next run. */
  runMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface DispatchResult {
  sent: number;
  failed: number;
  retried: number;
  cancelled: number;
}

const hourMs = 3_600_000;
/** With no cursor (a first run, or a clock set back), mail this old is still looked for. */
const lookbackHours = 7 * 24;
const defaults = { sendsPerSecond: 10, maxAttempts: 5, leaseMs: 5 * 60_000, runMs: 3 * 60_000 };

/** Why a reminder was not sent to an address that bounced or complained; the user sees it. */
export const bouncedReason =
  "Not sent: mail to your address bounced or was marked as spam. Check your address in Rapport, then clear the warning.";

const hourOf = (at: Date) => at.toISOString().slice(0, 13);

/** The hours from `from` to `to`, both included, as bucket hours. */
function hoursBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}:00:00Z`); t <= Date.parse(`${to}:00:00Z`); t += hourMs) {
    out.push(hourOf(new Date(t)));
  }
  return out;
}

/**
 * Sends every reminder that is due: reads each hour's bucket from the oldest unfinished one up to
 * now, every page, claims each mail with a conditional update and a lease, renders it from the
 * current data, sends it, then marks it sent. A run stopped between the send and the mark sends
 * that one mail again after the lease, never loses it; a mark that fails stops the run the same
 * way. Mail with nothing left to say is cancelled. Throttling and server errors are tried
 * again later with exponential backoff and jitter; after `maxAttempts` the mail is parked as
 * failed for the user to see.
 */
export async function dispatchDue(deps: DispatchDeps): Promise<DispatchResult> {
  const o = { ...defaults, ...definedOf(deps) };
  const random = deps.random ?? Math.random;
  const sleep = deps.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const now = deps.now();
  const nowHour = hourOf(now);
  const cursor = await dispatchCursor(deps.db);
  const oldest = hourOf(new Date(now.getTime() - lookbackHours * hourMs));
  const from = cursor && cursor <= nowHour && cursor >= oldest ? cursor : oldest;
  const result: DispatchResult = { sent: 0, failed: 0, retried: 0, cancelled: 0 };
  const gap = 1000 / o.sendsPerSecond;
  let nextSlot = 0;
  const started = Date.now();
  let finishedEveryBucket = true;

  // Asked once per user and run: a user with many reminders due reads it once.
  const problems = new Map<string, Promise<boolean>>();
  const hasMailProblem = (userId: string) => {
    let known = problems.get(userId);
    if (!known) {
      known = mailProblem(deps.db, userId).then((p) => p !== undefined);
      problems.set(userId, known);
    }
    return known;
  };

  const dispatchOne = async ({ userId, mail }: DueMail) => {
    const at = now.toISOString();
    if (mail.status !== "planned" || mail.sendAt > at) return;
    if (!(await claimMail(deps.db, userId, mail.id, now, new Date(now.getTime() + o.leaseMs)))) {
      return;
    }
    const wait = nextSlot - Date.now();
    nextSlot = Math.max(nextSlot, Date.now()) + gap;
    if (wait > 0) await sleep(wait);
    const attempt = mail.attempts + 1;
    let messageId: string;
    try {
      if (await hasMailProblem(userId)) {
        await markFailed(deps.db, userId, mail.id, bouncedReason);
        result.failed++;
        return;
      }
      const message = await renderReminder(deps.db, deps.appUrl, userId, mail, now);
      if (message === undefined) {
        // What it was about is gone, or the user turned its kind off: the plan no longer wants it.
        if (await withdrawMail(deps.db, userId, mail.id, "cancelled")) result.cancelled++;
        return;
      }
      messageId = await deps.send(message);
    } catch (error) {
      const why = describe(error);
      if (isRetryable(error) && attempt < o.maxAttempts) {
        // Exponential backoff with full jitter: 1, 2, 4, 8… minutes at most.
        const backoff = 60_000 * 2 ** (attempt - 1) * random();
        await retryLater(deps.db, userId, mail.id, new Date(now.getTime() + backoff), why);
        result.retried++;
      } else {
        await markFailed(deps.db, userId, mail.id, why);
        result.failed++;
      }
      return;
    }
    // SES has the message, so a failure here is no failed send: it stops the run, and the mail,
    // still leased, goes once more when the lease ends (one duplicate, never a loss).
    await markSent(deps.db, userId, mail.id, deps.now(), messageId);
    result.sent++;
  };

  let unfinished = from;
  for (const hour of hoursBetween(from, nowHour)) {
    for await (const page of dueMail(deps.db, dueBucket(`${hour}:00:00.000Z`))) {
      // A few at a time: SES answers in tens of milliseconds, and the pace is kept by `gap`.
      // Every mail of a batch settles before a failure stops the run, so none is left mid-way.
      await inBatches(page, 8, dispatchOne);
      if (Date.now() - started > o.runMs) {
        finishedEveryBucket = false;
        break;
      }
    }
    if (!finishedEveryBucket) break;
    // Hours before this one are done; the current hour may still get mail, so it stays.
    if (hour < nowHour) unfinished = hoursBetween(hour, nowHour)[1] ?? nowHour;
  }
  // One write a run, however many hours it finished (a first run looks back a week).
  if (unfinished > from && (cursor ?? "") < unfinished) {
    await advanceDispatchCursor(deps.db, unfinished);
  }
  return result;
}

/** SES throttling, its server errors and lost connections pass with time; a rejected message
 * (a bad address, say) will be rejected again. */
function isRetryable(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number }; code?: string };
  if (e?.name && /Throttl|TooManyRequests|ServiceUnavailable|InternalFailure/i.test(e.name)) {
    return true;
  }
  const status = e?.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  return e?.code === "ECONNRESET" || e?.code === "ECONNREFUSED" || e?.code === "ETIMEDOUT";
}

const describe = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

function definedOf(deps: DispatchDeps) {
  const out: Partial<typeof defaults> = {};
  if (deps.sendsPerSecond !== undefined) out.sendsPerSecond = deps.sendsPerSecond;
  if (deps.maxAttempts !== undefined) out.maxAttempts = deps.maxAttempts;
  if (deps.leaseMs !== undefined) out.leaseMs = deps.leaseMs;
  if (deps.runMs !== undefined) out.runMs = deps.runMs;
  return out;
}
