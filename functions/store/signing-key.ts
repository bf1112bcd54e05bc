import { randomBytes } from "node:crypto";
import { held } from "./conditional";
import type { Db } from "./db";
import { keys } from "./keys";

const cached = new WeakMap<Db, Buffer>();

/** The key that signs links mailed to users (unsubscribe). Made once, by whichever process
 * needs it first (a conditional write settles a race), and kept in the table: every Lambda and
 * every restart reads the same key, and no deploy setting has to carry it. */
export async function signingKey(db: Db): Promise<Buffer> {
  const known = cached.get(db);
  if (known) return known;
  let item = await db.get({ Key: keys.signingKey, ConsistentRead: true });
  if (typeof item?.key !== "string") {
    await held(() =>
      db.put({
        Item: { ...keys.signingKey, key: randomBytes(32).toString("base64url") },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    item = await db.get({ Key: keys.signingKey, ConsistentRead: true });
  }
  if (typeof item?.key !== "string") throw new Error("the signing key could not be stored");
  const key = Buffer.from(item.key, "base64url");
  cached.set(db, key);
  return key;
}
