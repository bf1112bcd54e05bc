import type { QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Db, Item } from "./db";

type QueryInput = Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">;

/** Every page of one Query, in order, from after `startKey` when given: the one way the store
 * reads past a first page. */
export async function* pages(
  db: Db,
  input: QueryInput,
  startKey?: Record<string, unknown>,
): AsyncGenerator<Item[]> {
  let start = startKey;
  do {
    const page = await db.query({ ...input, ExclusiveStartKey: start });
    yield page.Items ?? [];
    start = page.LastEvaluatedKey;
  } while (start);
}

/** Every item a Query finds, across all its pages. */
export async function queryAll(db: Db, input: QueryInput): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of pages(db, input)) items.push(...page);
  return items;
}

/** Deletes items by key, a few at a time; every write of a batch settles before a failure is
 * raised, so a caller cleaning up knows nothing is still in flight. */
export async function deleteKeys(db: Db, items: readonly Item[], width = 8): Promise<void> {
  await inBatches(items, width, async (item) => {
    await db.delete({ Key: { pk: item.pk, sk: item.sk } });
  });
}

/** Runs `width` at a time and waits for every run of a batch before failing. */
export async function inBatches<T>(
  items: readonly T[],
  width: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < items.length; i += width) {
    const results = await Promise.allSettled(items.slice(i, i + width).map(run));
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  }
}
