import type { Db, Item } from "./db";
import { keys } from "./keys";

async function queryAll(db: Db, pk: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    // Consistent: deleting an account must see a conference saved a moment before.
    const page = await db.query({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": pk },
      ExclusiveStartKey: start,
      ConsistentRead: true,
    });
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every item of the user: the user's partition, then each conference's partition. */
export async function allUserItems(db: Db, userId: string): Promise<Item[]> {
  const own = await queryAll(db, keys.user(userId));
  const conferenceIds = own
    .map((item) => String(item.sk))
    .filter((sk) => sk.startsWith("CONF#"))
    .map((sk) => sk.slice("CONF#".length));
  const partitions = await Promise.all(
    conferenceIds.map((id) => queryAll(db, keys.conferencePartition(userId, id))),
  );
  return [...own, ...partitions.flat()];
}

/** Deletes the items one by one, in the order given. */
export async function deleteItems(db: Db, items: Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += 8) {
    await Promise.all(
      items.slice(i, i + 8).map((item) => db.delete({ Key: { pk: item.pk, sk: item.sk } })),
    );
  }
}
