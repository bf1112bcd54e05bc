import type { Db } from "./db";
import { keys } from "./keys";

/** Turns the user's calendar feed on under a new token hash; a feed already on is replaced, so
 * its old address stops working. */
export async function putFeed(db: Db, userId: string, tokenHash: string): Promise<void> {
  await deleteFeed(db, userId);
  // The feed item first: a user item left without it would point at nothing.
  await db.put({ Item: { pk: keys.feed(tokenHash), sk: keys.feedSort, userId } });
  await db.put({ Item: { pk: keys.user(userId), sk: keys.userFeed, tokenHash } });
}

/** The user a feed token hash belongs to, while that feed is on. */
export async function feedUser(db: Db, tokenHash: string): Promise<string | undefined> {
  const item = await db.get({ Key: { pk: keys.feed(tokenHash), sk: keys.feedSort } });
  return typeof item?.userId === "string" ? item.userId : undefined;
}

export async function hasFeed(db: Db, userId: string): Promise<boolean> {
  return (await db.get({ Key: { pk: keys.user(userId), sk: keys.userFeed } })) !== undefined;
}

/** Turns the feed off; false when it was not on. */
export async function deleteFeed(db: Db, userId: string): Promise<boolean> {
  const mine = await db.get({
    Key: { pk: keys.user(userId), sk: keys.userFeed },
    ConsistentRead: true,
  });
  if (typeof mine?.tokenHash !== "string") return false;
  await db.delete({ Key: { pk: keys.feed(mine.tokenHash), sk: keys.feedSort } });
  await db.delete({ Key: { pk: keys.user(userId), sk: keys.userFeed } });
  return true;
}
