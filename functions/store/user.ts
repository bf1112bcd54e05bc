import type { Profile } from "../../schemas/profile";
import { held } from "./conditional";
import type { Db } from "./db";
import { keys } from "./keys";

export async function userIdForEmail(db: Db, email: string): Promise<string | undefined> {
  const item = await db.get({ Key: { pk: keys.email(email), sk: keys.emailSort } });
  return item?.userId as string | undefined;
}

/** Binds an address to a new user id unless another request bound it first; returns the id that
 * holds the address now. */
export async function claimEmail(
  db: Db,
  email: string,
  userId: string,
  attempts = 3,
): Promise<string> {
  const claimed = await held(() =>
    db.put({
      Item: { pk: keys.email(email), sk: keys.emailSort, userId },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  if (claimed) return userId;
  const holder = await userIdForEmail(db, email);
  if (holder) return holder;
  // Held by another request a moment ago and gone again (that account was deleted): try anew.
  if (attempts > 1) return claimEmail(db, email, userId, attempts - 1);
  throw new Error("the address kept changing hands while it was being claimed");
}

/** `consistent` reads the latest write, for checks that race with one (DynamoDB reads may
 * otherwise lag a write by a moment). */
export async function getProfile(
  db: Db,
  userId: string,
  consistent = false,
): Promise<Profile | undefined> {
  const item = await db.get({
    Key: { pk: keys.user(userId), sk: keys.profile },
    ConsistentRead: consistent,
  });
  return item?.profile as Profile | undefined;
}

/** Writes the first profile of a user; a profile that already exists is kept. */
export async function createProfile(db: Db, userId: string, profile: Profile): Promise<void> {
  await held(() =>
    db.put({
      Item: { pk: keys.user(userId), sk: keys.profile, profile },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
}

export async function putProfile(db: Db, userId: string, profile: Profile): Promise<void> {
  await db.put({ Item: { pk: keys.user(userId), sk: keys.profile, profile } });
}

export async function deleteEmail(db: Db, email: string): Promise<void> {
  await db.delete({ Key: { pk: keys.email(email), sk: keys.emailSort } });
}
