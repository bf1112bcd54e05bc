import type { ConferenceSummary } from "../../schemas/conference";
import type { Contact, Interaction } from "../../schemas/contact";
import type { Profile } from "../../schemas/profile";
import type { ImportWarning, Person, Session } from "../../schemas/program";
import { conferenceIds, deleteConferencePartition } from "./conference";
import type { Db, Item } from "./db";
import { deleteFeed } from "./feed";
import { conferenceIdOf, conferenceKeys, decodeCursor, encodeCursor, keys } from "./keys";
import { deleteKeys, pages } from "./paging";

/** What an account holds, as the export shows it; secrets (session hashes) and marks of saves in
 * progress are not records. */
export type AccountRecord =
  | { kind: "profile"; profile: Profile }
  | { kind: "conference"; conference: ConferenceSummary }
  | { kind: "warnings"; conferenceId: string; warnings: ImportWarning[] }
  | { kind: "sessions"; conferenceId: string; sessions: Session[] }
  | { kind: "people"; conferenceId: string; people: Person[] }
  | { kind: "contact"; contact: Contact }
  | { kind: "interaction"; interaction: Interaction };

const userPartition = "user";

/** Every record of the account in a fixed order (the user's own partition, then each finished
 * conference's program), each with the opaque cursor that resumes after it. `changed` is yielded
 * when the cursor names a conference that no longer exists. */
export async function* accountRecords(
  db: Db,
  userId: string,
  cursor?: string,
): AsyncGenerator<{ record: AccountRecord; cursor: string } | "changed" | "bad-cursor"> {
  const at = cursor === undefined ? undefined : decodeCursor(cursor);
  if (cursor !== undefined && at?.length !== 2) {
    yield "bad-cursor";
    return;
  }
  const [partition, after] = at ?? [userPartition, undefined];
  if (partition === userPartition) {
    for await (const page of partitionPages(db, keys.user(userId), after)) {
      for (const item of page) {
        const record = userRecord(item);
        if (record) yield { record, cursor: encodeCursor([userPartition, String(item.sk)]) };
      }
    }
  }
  const ids = await conferenceIds(db, userId);
  const from = partition === userPartition ? 0 : ids.indexOf(partition as string);
  if (from < 0) {
    yield "changed";
    return;
  }
  for (const id of ids.slice(from)) {
    const start = id === partition ? after : undefined;
    const pk = keys.conferencePartition(userId, id);
    for await (const page of partitionPages(db, pk, start)) {
      for (const item of page) {
        const record = programRecord(id, item);
        if (record) yield { record, cursor: encodeCursor([id, String(item.sk)]) };
      }
    }
  }
}

function partitionPages(db: Db, pk: string, after: string | undefined) {
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": pk },
    ConsistentRead: true,
  };
  return pages(db, query, after === undefined ? undefined : { pk, sk: after });
}

function userRecord(item: Item): AccountRecord | undefined {
  const sk = String(item.sk);
  if (sk === keys.profile) return { kind: "profile", profile: item.profile as Profile };
  if (sk.startsWith(keys.conferenceListPrefix) && item.pending === undefined) {
    return { kind: "conference", conference: item.summary as ConferenceSummary };
  }
  const { pk: _pk, sk: _sk, ...fields } = item;
  if (sk.startsWith(keys.contactPrefix)) return { kind: "contact", contact: fields as Contact };
  if (sk.startsWith(keys.allInteractionsPrefix)) {
    return { kind: "interaction", interaction: fields as Interaction };
  }
  return undefined;
}

function programRecord(conferenceId: string, item: Item): AccountRecord | undefined {
  const sk = String(item.sk);
  if (sk === conferenceKeys.meta) {
    return { kind: "warnings", conferenceId, warnings: JSON.parse(item.warnings as string) };
  }
  if (conferenceKeys.isSessions(sk)) {
    return { kind: "sessions", conferenceId, sessions: JSON.parse(item.data as string) };
  }
  if (conferenceKeys.isPeople(sk)) {
    return { kind: "people", conferenceId, people: JSON.parse(item.data as string) };
  }
  return undefined;
}

/** Removes every item of the user but the profile. A conference's program goes before its list
 * entry, so a deletion cut short never leaves a program that no list entry leads to. */
export async function deleteUserItemsButProfile(db: Db, userId: string): Promise<void> {
  const pk = keys.user(userId);
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": pk },
    ProjectionExpression: "pk, sk",
    ConsistentRead: true,
  };
  for await (const page of pages(db, query)) {
    for (const item of page) {
      const sk = String(item.sk);
      if (sk.startsWith(keys.conferenceListPrefix)) {
        await deleteConferencePartition(db, userId, conferenceIdOf(sk));
      }
      if (sk === keys.userFeed) await deleteFeed(db, userId);
    }
    await deleteKeys(
      db,
      page.filter((item) => item.sk !== keys.profile),
    );
  }
}

export async function deleteProfile(db: Db, userId: string): Promise<void> {
  await db.delete({ Key: { pk: keys.user(userId), sk: keys.profile } });
}
