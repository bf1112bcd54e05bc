import { isConditionFailure } from "./conditional";
import type { Db } from "./db";
import { epochSeconds, keys } from "./keys";

export interface StoredSession {
  createdAt: string;
  lastSeenAt: string;
  absoluteExpiresAt: string;
}

/** Sessions live in their user's partition: signing out everywhere and deleting an account are
 * one Query, with no second index to keep in step. */
export async function putSession(db: Db, userId: string, idHash: string, session: StoredSession) {
  await db.put({
    Item: {
      pk: keys.user(userId),
      sk: keys.session(idHash),
      ...session,
      ttl: epochSeconds(new Date(session.absoluteExpiresAt)),
    },
  });
}

export async function getSession(
  db: Db,
  userId: string,
  idHash: string,
): Promise<StoredSession | undefined> {
  const item = await db.get({ Key: { pk: keys.user(userId), sk: keys.session(idHash) } });
  return item as StoredSession | undefined;
}

/** Slides the idle expiry; a session deleted meanwhile stays deleted. */
export async function touchSession(db: Db, userId: string, idHash: string, now: Date) {
  try {
    await db.update({
      Key: { pk: keys.user(userId), sk: keys.session(idHash) },
      UpdateExpression: "SET lastSeenAt = :now",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":now": now.toISOString() },
    });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

export async function deleteSession(db: Db, userId: string, idHash: string) {
  await db.delete({ Key: { pk: keys.user(userId), sk: keys.session(idHash) } });
}

/** Ends every session of the user; returns how many there were. */
export async function deleteAllSessions(db: Db, userId: string): Promise<number> {
  const pk = keys.user(userId);
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.query({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :s)",
      ExpressionAttributeValues: { ":pk": pk, ":s": "SESSION#" },
      ProjectionExpression: "pk, sk",
      ExclusiveStartKey: start,
    });
    await Promise.all((page.Items ?? []).map((item) => db.delete({ Key: { pk, sk: item.sk } })));
    count += page.Items?.length ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}
