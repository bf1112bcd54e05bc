import type { PlannedMail } from "../../schemas/mail-plan";
import type { ScheduledMail } from "../../schemas/outbox";
import { held } from "./conditional";
import type { Db, Item } from "./db";
import { keys } from "./keys";
import { pages, queryAll } from "./paging";
import { tableKeys } from "./table";

/** A pending mail sits in the sparse index under the UTC hour it is due, so the dispatcher reads
 * one small partition an hour instead of scanning anything. Sent, failed, cancelled and skipped
 * mail leave the index. */
export const dueBucket = (sendAt: string) => `DUE#${sendAt.slice(0, 13)}`;

const dueAttributes = (userId: string, mail: { id: string; sendAt: string }) => ({
  gsi1pk: dueBucket(mail.sendAt),
  gsi1sk: `${mail.sendAt}#${userId}#${mail.id}`,
});

const mailOf = (item: Item): ScheduledMail => {
  const { pk: _pk, sk: _sk, gsi1pk: _gp, gsi1sk: _gs, userId: _u, leaseUntil: _l, ...mail } = item;
  return mail as ScheduledMail;
};

export async function listMail(db: Db, userId: string): Promise<ScheduledMail[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": keys.user(userId), ":prefix": keys.mailPrefix },
    ConsistentRead: true,
  });
  return items.map(mailOf).sort((a, b) => a.sendAt.localeCompare(b.sendAt));
}

export async function getMail(
  db: Db,
  userId: string,
  mailId: string,
): Promise<ScheduledMail | undefined> {
  const item = await db.get({
    Key: { pk: keys.user(userId), sk: keys.mail(mailId) },
    ConsistentRead: true,
  });
  return item ? mailOf(item) : undefined;
}

/** Adds a planned mail under its deterministic id; false when that id exists already. */
export function addMail(db: Db, userId: string, mail: PlannedMail): Promise<boolean> {
  const item: ScheduledMail = { ...mail, status: "planned", attempts: 0 };
  return held(() =>
    db.put({
      Item: {
        pk: keys.user(userId),
        sk: keys.mail(mail.id),
        userId,
        ...item,
        ...dueAttributes(userId, mail),
      },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
}

/** Moves a mail still waiting to a new time and list of contacts; false when it is no longer
 * waiting (a run took it, or it was sent, skipped or cancelled). A time already past files it
 * under the hour of `now`: the dispatcher never reads an hour again once it has finished it. */
export function rescheduleMail(
  db: Db,
  userId: string,
  mail: Pick<PlannedMail, "id" | "sendAt" | "contactIds">,
  now: Date,
  byUser = false,
): Promise<boolean> {
  const filedAt = Date.parse(mail.sendAt) > now.getTime() ? mail.sendAt : now.toISOString();
  const due = dueAttributes(userId, { id: mail.id, sendAt: filedAt });
  return held(() =>
    db.update({
      Key: { pk: keys.user(userId), sk: keys.mail(mail.id) },
      UpdateExpression: `SET sendAt = :sendAt, contactIds = :contacts, gsi1pk = :bucket, gsi1sk = :order${byUser ? ", movedByUser = :true" : ""}`,
      ConditionExpression: "#status = :planned",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":sendAt": mail.sendAt,
        ":contacts": mail.contactIds,
        ":bucket": due.gsi1pk,
        ":order": due.gsi1sk,
        ":planned": "planned",
        ...(byUser ? { ":true": true } : {}),
      },
    }),
  );
}

/** Takes a waiting mail out of the plan, as cancelled (the plan no longer wants it) or skipped
 * (the user does not want it); false when it was no longer waiting. */
export function withdrawMail(
  db: Db,
  userId: string,
  mailId: string,
  status: "cancelled" | "skipped",
): Promise<boolean> {
  return held(() =>
    db.update({
      Key: { pk: keys.user(userId), sk: keys.mail(mailId) },
      UpdateExpression: "SET #status = :status REMOVE gsi1pk, gsi1sk",
      ConditionExpression: "#status = :planned",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":status": status, ":planned": "planned" },
    }),
  );
}

/** Puts a skipped mail back in the plan at `sendAt`; false when it was not skipped. */
export function restoreMail(db: Db, userId: string, mailId: string, sendAt: string) {
  const due = dueAttributes(userId, { id: mailId, sendAt });
  return held(() =>
    db.update({
      Key: { pk: keys.user(userId), sk: keys.mail(mailId) },
      UpdateExpression:
        "SET #status = :planned, sendAt = :sendAt, gsi1pk = :bucket, gsi1sk = :order",
      ConditionExpression: "#status = :skipped",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":planned": "planned",
        ":skipped": "skipped",
        ":sendAt": sendAt,
        ":bucket": due.gsi1pk,
        ":order": due.gsi1sk,
      },
    }),
  );
}

/** A mail due in one bucket, as the index gives it. */
export interface DueMail {
  userId: string;
  mail: ScheduledMail;
  leaseUntil?: string;
}

/** Every mail of one hour's bucket, page by page. */
export async function* dueMail(db: Db, bucket: string): AsyncGenerator<DueMail[]> {
  const query = {
    IndexName: tableKeys.gsi1.name,
    KeyConditionExpression: "gsi1pk = :bucket",
    ExpressionAttributeValues: { ":bucket": bucket },
  };
  for await (const page of pages(db, query)) {
    yield page.map((item) => ({
      userId: String(item.userId),
      mail: mailOf(item),
      ...(typeof item.leaseUntil === "string" ? { leaseUntil: item.leaseUntil } : {}),
    }));
  }
}

/** Claims a due mail for one run until `leaseUntil`: only a planned mail whose time has come
 * and that no other run holds. The write that makes sending exactly-once in practice. The mail
 * moves to the bucket of the lease's end, so that if the run dies it is found again there,
 * whatever hours the dispatcher has finished with meanwhile. */
export function claimMail(
  db: Db,
  userId: string,
  mailId: string,
  now: Date,
  leaseUntil: Date,
): Promise<boolean> {
  const due = dueAttributes(userId, { id: mailId, sendAt: leaseUntil.toISOString() });
  return held(() =>
    db.update({
      Key: { pk: keys.user(userId), sk: keys.mail(mailId) },
      UpdateExpression:
        "SET leaseUntil = :lease, attempts = attempts + :one, gsi1pk = :bucket, gsi1sk = :order",
      ConditionExpression:
        "#status = :planned AND sendAt <= :now AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":planned": "planned",
        ":now": now.toISOString(),
        ":lease": leaseUntil.toISOString(),
        ":one": 1,
        ":bucket": due.gsi1pk,
        ":order": due.gsi1sk,
      },
    }),
  );
}

/** Records a sent mail and takes it out of the index. */
export async function markSent(
  db: Db,
  userId: string,
  mailId: string,
  sentAt: Date,
  messageId: string,
): Promise<void> {
  await db.update({
    Key: { pk: keys.user(userId), sk: keys.mail(mailId) },
    UpdateExpression:
      "SET #status = :sent, sentAt = :at, messageId = :id REMOVE gsi1pk, gsi1sk, leaseUntil, lastError",
    ExpressionAttributeNames: { "#status": "status" },
    ExpressionAttributeValues: { ":sent": "sent", ":at": sentAt.toISOString(), ":id": messageId },
  });
}

/** Gives a mail back after a failed try: it waits, in the bucket of `retryAt`, until then. */
export async function retryLater(
  db: Db,
  userId: string,
  mailId: string,
  retryAt: Date,
  error: string,
): Promise<void> {
  const due = dueAttributes(userId, { id: mailId, sendAt: retryAt.toISOString() });
  await db.update({
    Key: { pk: keys.user(userId), sk: keys.mail(mailId) },
    UpdateExpression:
      "SET leaseUntil = :retry, lastError = :error, gsi1pk = :bucket, gsi1sk = :order",
    ExpressionAttributeValues: {
      ":retry": retryAt.toISOString(),
      ":error": error,
      ":bucket": due.gsi1pk,
      ":order": due.gsi1sk,
    },
  });
}

/** Parks a mail as failed, out of the index, for the user to see. */
export async function markFailed(
  db: Db,
  userId: string,
  mailId: string,
  error: string,
): Promise<void> {
  await db.update({
    Key: { pk: keys.user(userId), sk: keys.mail(mailId) },
    UpdateExpression: "SET #status = :failed, lastError = :error REMOVE gsi1pk, gsi1sk, leaseUntil",
    ExpressionAttributeNames: { "#status": "status" },
    ExpressionAttributeValues: { ":failed": "failed", ":error": error },
  });
}

/** The first hour the dispatcher has not finished with, as it last recorded it. */
export async function dispatchCursor(db: Db): Promise<string | undefined> {
  const item = await db.get({ Key: keys.dispatchCursor, ConsistentRead: true });
  return typeof item?.hour === "string" ? item.hour : undefined;
}

/** Moves the cursor forward only: two runs at once never move it back. */
export async function advanceDispatchCursor(db: Db, hour: string): Promise<void> {
  await held(() =>
    db.put({
      Item: { ...keys.dispatchCursor, hour },
      ConditionExpression: "attribute_not_exists(pk) OR #hour < :hour",
      ExpressionAttributeNames: { "#hour": "hour" },
      ExpressionAttributeValues: { ":hour": hour },
    }),
  );
}
