import { held } from "./conditional";
import type { Db } from "./db";
import { keys } from "./keys";

/** The answer given when the change with this key was applied, if it was. */
export async function appliedChange<T>(
  db: Db,
  userId: string,
  changeKey: string,
): Promise<T | undefined> {
  const item = await db.get({
    Key: { pk: keys.user(userId), sk: keys.change(changeKey) },
    ConsistentRead: true,
  });
  return item ? (JSON.parse(String(item.answer)) as T) : undefined;
}

/** Remembers that a change was applied, with its answer. The first record stands: a change
 * applied twice at the same moment answers the same both times. */
export async function recordChange(
  db: Db,
  userId: string,
  changeKey: string,
  answer: unknown,
  at: Date,
): Promise<void> {
  await held(() =>
    db.put({
      Item: {
        pk: keys.user(userId),
        sk: keys.change(changeKey),
        answer: JSON.stringify(answer),
        at: at.toISOString(),
      },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
}
