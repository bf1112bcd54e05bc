import { held } from "./conditional";
import type { Db } from "./db";
import { epochSeconds, keys } from "./keys";
import { deleteKeys, pages } from "./paging";

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
  await held(() =>
    db.update({
      Key: { pk: keys.user(userId), sk: keys.session(idHash) },
      UpdateExpression: "SET lastSeenAt = :now",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":now": now.toISOString() },
    }),
  );
}

export async function deleteSession(db: Db, userId: string, idHash: string) {
  await db.delete({ Key: { pk: keys.user(userId), sk: keys.session(idHash) } });
}

/** Ends every session of the user; returns how many there were. */
export async function deleteAllSessions(db: Db, userId: string): Promise<number> {
  const query = {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :s)",
    ExpressionAttributeValues: { ":pk": keys.user(userId), ":s": keys.sessionPrefix },
    ProjectionExpression: "pk, sk",
  };
  let count = 0;
  for await (const page of pages(db, query)) {
    await deleteKeys(db, page);
    count += page.length;
  }
  return count;
}
