import type { ConferenceSummary } from "../../schemas/conference";
import type { ImportWarning, Person, Program, Session } from "../../schemas/program";
import { maxChunkBytes, packJson } from "./chunks";
import { held } from "./conditional";
import type { Db } from "./db";
import {
  conferenceIdOf,
  conferenceKeys,
  decodeCursor,
  encodeCursor,
  epochSeconds,
  keys,
} from "./keys";
import { deleteKeys, inBatches, pages } from "./paging";

/** Warnings kept with a saved conference, by count and by size (they share one item with the
 * summary, and an item holds 400 KB); the preview showed them before saving. */
export const maxStoredWarnings = 500;
const maxStoredWarningBytes = 200_000;

function storedWarnings(warnings: ImportWarning[]): ImportWarning[] {
  let bytes = 0;
  let n = 0;
  for (; n < Math.min(warnings.length, maxStoredWarnings); n++) {
    bytes += Buffer.byteLength(JSON.stringify(warnings[n]));
    if (bytes > maxStoredWarningBytes) break;
  }
  return warnings.slice(0, n);
}

/** One session or person too large for any stored chunk; the importer's field limits keep this
 * from happening, so meeting it means a limit is missing. */
export class ChunkTooLargeError extends Error {}

/** A save's list entry is written first, marked pending, and made visible only after the whole
 * program is stored. Account deletion finds conferences through their list entries, so even a
 * save cut off between two writes (a Lambda timeout) leaves nothing deletion cannot reach. */
export async function saveConference(
  db: Db,
  userId: string,
  summary: ConferenceSummary,
  program: Program,
): Promise<"saved" | "account-gone"> {
  const pk = keys.conferencePartition(userId, summary.id);
  const chunks = [
    ...packJson(program.sessions).map((c, i) => ({
      pk,
      sk: conferenceKeys.sessions(c.first.start, i),
      data: c.json,
    })),
    ...packJson(program.people).map((c, i) => ({ pk, sk: conferenceKeys.people(i), data: c.json })),
  ];
  if (chunks.some((item) => Buffer.byteLength(item.data) > maxChunkBytes)) {
    throw new ChunkTooLargeError("one session or person is larger than a stored chunk");
  }
  const entry = { pk: keys.user(userId), sk: keys.conferenceListEntry(summary.id) };
  await db.put({
    Item: { ...entry, summary, pending: summary.createdAt },
    ConditionExpression: "attribute_not_exists(pk)",
  });
  const written: string[] = [];
  try {
    await inBatches(chunks, 4, async (item) => {
      await db.put({ Item: item });
      written.push(item.sk);
    });
    written.push(conferenceKeys.meta);
    await db.put({
      Item: {
        pk,
        sk: conferenceKeys.meta,
        summary,
        warnings: JSON.stringify(storedWarnings(program.warnings)),
      },
    });
    // The entry is gone only when the account's deletion removed it meanwhile.
    const shown = await held(() =>
      db.update({
        Key: entry,
        UpdateExpression: "REMOVE pending",
        ConditionExpression: "attribute_exists(pk)",
      }),
    );
    if (shown) return "saved";
  } catch (error) {
    await removeConferenceItems(db, pk, written, entry);
    throw error;
  }
  await removeConferenceItems(db, pk, written, entry);
  return "account-gone";
}

async function removeConferenceItems(
  db: Db,
  pk: string,
  sortKeys: string[],
  entry: { pk: string; sk: string },
): Promise<void> {
  const results = await Promise.allSettled(sortKeys.map((sk) => db.delete({ Key: { pk, sk } })));
  // An entry left pending keeps what could not be removed within reach of a later sweep.
  if (results.every((r) => r.status === "fulfilled")) await db.delete({ Key: entry });
}

/** How long a mark of a running save holds: longer than a save takes, and short enough that a
 * save cut off (its mark left behind) blocks a retry only briefly. */
const savingMarkSeconds = 60;

/** Marks a save of this exact request as running; false when one already is. The same program
 * sent twice at once (a double submit, a client retrying) is then stored once. */
export function markSaving(db: Db, userId: string, requestHash: string, now: Date) {
  const until = epochSeconds(now) + savingMarkSeconds;
  return held(() =>
    db.put({
      Item: { pk: keys.user(userId), sk: keys.savingMark(requestHash), until, ttl: until },
      ConditionExpression: "attribute_not_exists(pk) OR #until < :now",
      ExpressionAttributeNames: { "#until": "until" },
      ExpressionAttributeValues: { ":now": epochSeconds(now) },
    }),
  );
}

export async function clearSaving(db: Db, userId: string, requestHash: string): Promise<void> {
  await db.delete({ Key: { pk: keys.user(userId), sk: keys.savingMark(requestHash) } });
}

/** A save still pending after this long was cut off: no save runs for a quarter of an hour. */
const abandonedAfterMs = 15 * 60_000;

export interface ConferenceList {
  conferences: ConferenceSummary[];
  /** Ids of saves cut off long ago, whose items are still stored. */
  abandoned: string[];
}

export async function listConferences(db: Db, userId: string, now: Date): Promise<ConferenceList> {
  const out: ConferenceList = { conferences: [], abandoned: [] };
  for await (const page of pages(db, listEntryQuery(userId))) {
    for (const item of page) {
      const summary = item.summary as ConferenceSummary;
      if (typeof item.pending !== "string") out.conferences.push(summary);
      else if (now.getTime() - Date.parse(item.pending) > abandonedAfterMs) {
        out.abandoned.push(summary.id);
      }
    }
  }
  out.conferences.sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title),
  );
  return out;
}

/** One finished conference's summary, from its list entry. */
export async function getConference(
  db: Db,
  userId: string,
  confId: string,
): Promise<ConferenceSummary | undefined> {
  const item = await db.get({
    Key: { pk: keys.user(userId), sk: keys.conferenceListEntry(confId) },
  });
  return item && item.pending === undefined ? (item.summary as ConferenceSummary) : undefined;
}

/** The ids of the user's finished conferences, in list order. Consistent, because an export
 * resumed between pages must see a conference deleted a moment before. */
export async function conferenceIds(db: Db, userId: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of pages(db, { ...listEntryQuery(userId), ConsistentRead: true })) {
    for (const item of page) {
      if (item.pending === undefined) ids.push(conferenceIdOf(String(item.sk)));
    }
  }
  return ids;
}

const listEntryQuery = (userId: string) => ({
  KeyConditionExpression: "pk = :pk and begins_with(sk, :conf)",
  ExpressionAttributeValues: { ":pk": keys.user(userId), ":conf": keys.conferenceListPrefix },
});

export interface StoredPage {
  summary?: ConferenceSummary;
  warnings?: ImportWarning[];
  sessions: Session[];
  people: Person[];
  /** Where the next page starts; opaque to the caller. */
  next?: string;
}

/** One page of the conference's partition; `not-found` when the conference does not exist and
 * `bad-cursor` for a cursor this store did not make. */
export async function readConferencePage(
  db: Db,
  userId: string,
  confId: string,
  cursor?: string,
): Promise<StoredPage | "not-found" | "bad-cursor"> {
  const pk = keys.conferencePartition(userId, confId);
  let after: string | undefined;
  if (cursor !== undefined) {
    const parts = decodeCursor(cursor);
    after = parts?.length === 1 ? parts[0] : undefined;
    if (!after || !(conferenceKeys.isPeople(after) || conferenceKeys.isSessions(after))) {
      return "bad-cursor";
    }
  }
  const page = await db.query({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": pk },
    ExclusiveStartKey: after ? { pk, sk: after } : undefined,
  });
  const out: StoredPage = { sessions: [], people: [] };
  for (const item of page.Items ?? []) {
    const sk = item.sk as string;
    if (sk === conferenceKeys.meta) {
      out.summary = item.summary as ConferenceSummary;
      out.warnings = JSON.parse(item.warnings as string);
    } else if (conferenceKeys.isSessions(sk)) out.sessions.push(...JSON.parse(item.data as string));
    else if (conferenceKeys.isPeople(sk)) out.people.push(...JSON.parse(item.data as string));
  }
  if (!after && !out.summary) return "not-found";
  // A page after the last can legitimately be empty; an empty page of a conference that has
  // since been deleted must still read as "not found".
  if (
    after &&
    page.Items?.length === 0 &&
    !(await db.get({ Key: { pk, sk: conferenceKeys.meta } }))
  ) {
    return "not-found";
  }
  const last = page.LastEvaluatedKey?.sk;
  if (typeof last === "string") out.next = encodeCursor([last]);
  return out;
}

export interface StoredProgram {
  summary: ConferenceSummary;
  sessions: Session[];
  people: Person[];
}

/** A whole saved program, every page of its partition; undefined when there is no such
 * (finished) conference. */
export async function readProgram(
  db: Db,
  userId: string,
  confId: string,
): Promise<StoredProgram | undefined> {
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.conferencePartition(userId, confId) },
  };
  let summary: ConferenceSummary | undefined;
  const sessions: Session[] = [];
  const people: Person[] = [];
  for await (const page of pages(db, query)) {
    for (const item of page) {
      const sk = String(item.sk);
      if (sk === conferenceKeys.meta) summary = item.summary as ConferenceSummary;
      else if (conferenceKeys.isSessions(sk)) sessions.push(...JSON.parse(item.data as string));
      else if (conferenceKeys.isPeople(sk)) people.push(...JSON.parse(item.data as string));
    }
  }
  return summary ? { summary, sessions, people } : undefined;
}

/** A conference's people only, without its sessions; undefined without such a conference. */
export async function readPeople(
  db: Db,
  userId: string,
  confId: string,
): Promise<{ summary: ConferenceSummary; people: Person[] } | undefined> {
  const pk = keys.conferencePartition(userId, confId);
  const meta = await db.get({ Key: { pk, sk: conferenceKeys.meta } });
  if (!meta) return undefined;
  const query = {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :people)",
    ExpressionAttributeValues: { ":pk": pk, ":people": conferenceKeys.peoplePrefix },
  };
  const people: Person[] = [];
  for await (const page of pages(db, query)) {
    for (const item of page) people.push(...JSON.parse(item.data as string));
  }
  return { summary: meta.summary as ConferenceSummary, people };
}

/** Removes the list entry first, so the conference disappears at once, then its partition.
 * False when there was no such (finished) conference. */
export async function deleteConference(db: Db, userId: string, confId: string): Promise<boolean> {
  const removed = await db.delete({
    Key: { pk: keys.user(userId), sk: keys.conferenceListEntry(confId) },
    ReturnValues: "ALL_OLD",
  });
  await deleteConferencePartition(db, userId, confId);
  return removed !== undefined && removed.pending === undefined;
}

export async function deleteConferencePartition(
  db: Db,
  userId: string,
  confId: string,
): Promise<void> {
  const pk = keys.conferencePartition(userId, confId);
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": pk },
    ProjectionExpression: "pk, sk",
    ConsistentRead: true,
  };
  for await (const page of pages(db, query)) await deleteKeys(db, page, 4);
}
