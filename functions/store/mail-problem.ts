import type { MailProblem } from "../../schemas/mail-problem";
import { held } from "./conditional";
import type { Db } from "./db";
import { keys } from "./keys";

const key = (userId: string) => ({ pk: keys.user(userId), sk: keys.mailProblem });

/** Records the user's mail problem unless they cleared one after `sentAt`: a report about mail
 * sent before they checked their address says nothing about the address now. False when it was
 * not recorded for that reason. */
export function putMailProblem(
  db: Db,
  userId: string,
  problem: MailProblem,
  sentAt: string,
): Promise<boolean> {
  return held(() =>
    db.update({
      Key: key(userId),
      UpdateExpression: "SET problem = :problem",
      ConditionExpression: "attribute_not_exists(clearedAt) OR clearedAt < :sentAt",
      ExpressionAttributeValues: { ":problem": problem, ":sentAt": sentAt },
    }),
  );
}

export async function getMailProblem(db: Db, userId: string): Promise<MailProblem | undefined> {
  const item = await db.get({ Key: key(userId), ConsistentRead: true });
  return item?.problem as MailProblem | undefined;
}

/** Clears the problem and remembers when; false when there was none. */
export function clearMailProblem(db: Db, userId: string, at: Date): Promise<boolean> {
  return held(() =>
    db.update({
      Key: key(userId),
      UpdateExpression: "SET clearedAt = :at REMOVE problem",
      ConditionExpression: "attribute_exists(problem)",
      ExpressionAttributeValues: { ":at": at.toISOString() },
    }),
  );
}
