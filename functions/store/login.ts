import { conditionally, held } from "./conditional";
import type { Db } from "./db";
import { epochSeconds, keys } from "./keys";
import { deleteKeys, pages } from "./paging";

/** Stores a sign-in token's hash until `expiresAt`; the secret itself is never stored. */
export async function putToken(
  db: Db,
  addressKey: string,
  tokenHash: string,
  email: string,
  expiresAt: Date,
) {
  await db.put({
    Item: {
      pk: keys.login(addressKey),
      sk: keys.loginToken(tokenHash),
      email,
      expiresAt: expiresAt.toISOString(),
      ttl: epochSeconds(expiresAt),
    },
  });
}

/** Uses a token once: the conditional delete succeeds for exactly one caller, and only before
 * the token expires. Returns the address it was issued to. */
export async function consumeToken(db: Db, addressKey: string, tokenHash: string, now: Date) {
  const used = await conditionally(() =>
    db.delete({
      Key: { pk: keys.login(addressKey), sk: keys.loginToken(tokenHash) },
      ConditionExpression: "attribute_exists(pk) AND expiresAt > :now",
      ExpressionAttributeValues: { ":now": now.toISOString() },
      ReturnValues: "ALL_OLD",
    }),
  );
  return used.held ? (used.value?.email as string | undefined) : undefined;
}

/** Takes the address's one-per-interval slot; false when the last request was too recent. */
export async function claimAddressSlot(db: Db, addressKey: string, now: Date, intervalMs: number) {
  return held(() =>
    db.put({
      Item: {
        pk: keys.login(addressKey),
        sk: keys.loginRate,
        lastAt: now.toISOString(),
        ttl: epochSeconds(now) + 3600,
      },
      ConditionExpression: "attribute_not_exists(pk) OR lastAt <= :cutoff",
      ExpressionAttributeValues: { ":cutoff": new Date(now.getTime() - intervalMs).toISOString() },
    }),
  );
}

/** Counts a request from `ip` in the current window; false once the window's cap is reached. */
export async function countIpRequest(db: Db, ip: string, now: Date, windowMs: number, max: number) {
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  return held(() =>
    db.update({
      Key: { pk: keys.ipRate(ip, new Date(windowStart).toISOString()), sk: keys.loginRate },
      UpdateExpression: "ADD requests :one SET #ttl = :ttl",
      ConditionExpression: "attribute_not_exists(requests) OR requests < :max",
      ExpressionAttributeNames: { "#ttl": "ttl" },
      ExpressionAttributeValues: {
        ":one": 1,
        ":max": max,
        ":ttl": epochSeconds(new Date(windowStart + windowMs)),
      },
    }),
  );
}

/** Removes every token and rate item of one address. */
export async function deleteLogin(db: Db, addressKey: string) {
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.login(addressKey) },
    ProjectionExpression: "pk, sk",
  };
  for await (const page of pages(db, query)) await deleteKeys(db, page);
}
