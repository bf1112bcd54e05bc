import { type MailEventOutcome, readMailEvent, recordMailEvent } from "../domain/reminders/bounces";
import { createDb } from "../store/db";
// Not ./deps: that module builds the mailer, and this function sends no mail.
import { required } from "./env";

/** The parts of the SNS event Lambda receives that are read here. */
interface SnsEvent {
  Records?: { Sns?: { MessageId?: string; Message?: unknown } }[];
}

const db = createDb(required("TABLE_NAME"));

/** One log line per recipient. The address shows only its domain and the problem only its kind:
 * a server's answer may quote the whole address. */
function logLine(o: MailEventOutcome): string {
  return JSON.stringify({
    mailEvent: o.outcome,
    domain: o.address.slice(o.address.lastIndexOf("@") + 1),
    userId: "userId" in o ? o.userId : undefined,
    kind: o.outcome === "recorded" ? o.problem.kind : undefined,
    reason: o.outcome === "ignored" ? o.reason : undefined,
  });
}

/**
 * Records the bounces and complaints SES publishes through SNS. A message that cannot be read will
 * never be readable, so it is logged and dropped. A failure to record (the table throttled or
 * unreachable) is thrown: Lambda tries the event twice more, then parks it in the dead-letter
 * queue, which raises an alarm.
 */
export const handler = async (event: SnsEvent): Promise<void> => {
  for (const record of event.Records ?? []) {
    const message = record.Sns?.Message;
    const read =
      typeof message === "string" ? readMailEvent(message) : { unreadable: "no SNS message" };
    if ("unreadable" in read) {
      console.warn(JSON.stringify({ droppedMessage: record.Sns?.MessageId, why: read.unreadable }));
      continue;
    }
    for (const outcome of await recordMailEvent(db, read.event)) console.log(logLine(outcome));
  }
};
