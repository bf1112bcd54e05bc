import type { ConferenceSummary } from "../../schemas/conference";
import type { ImportWarning, Person, Program, Session } from "../../schemas/program";
import { maxChunkBytes, packJson } from "./chunks";
import { isConditionFailure } from "./conditional";
import type { Db } from "./db";
import { epochSeconds, keys } from "./keys";

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

/**
 * A conference's sessions and people are stored as JSON chunks of up to ~300 KB in the
 * conference's own partition, not one item each: a 5,000-session program is then about twenty
 * writes instead of twenty thousand, and reading it back is one paged Query. Sessions are never
 * edited one by one; what a user does with a person lives in contact items.
 */
const sk = {
  meta: "META",
  people: (n: number) => `PEOPLE#${String(n).padStart(5, "0")}`,
  sessions: (firstStart: string, n: number) =>
    `SESSIONS#${firstStart}#${String(n).padStart(5, "0")}`,
};

export class ChunkTooLargeError extends Error {}

/** Writes the chunks first and the list entry last, so a conference is visible only once all of
 * it is stored; after a failure the chunks already written are removed again. */
export async function saveConference(
  db: Db,
  userId: string,
  summary: ConferenceSummary,
  program: Program,
): Promise<void> {
  const pk = keys.conferencePartition(userId, summary.id);
  const sessionChunks = packJson(program.sessions).map((c, i) => ({
    pk,
    sk: sk.sessions(c.first.start, i),
    data: c.json,
  }));
  const peopleChunks = packJson(program.people).map((c, i) => ({
    pk,
    sk: sk.people(i),
    data: c.json,
  }));
  const warnings = storedWarnings(program.warnings);
  const chunks = [...sessionChunks, ...peopleChunks];
  if (chunks.some((item) => Buffer.byteLength(item.data) > maxChunkBytes)) {
    throw new ChunkTooLargeError("one session or person is larger than a stored chunk");
  }
  const written: string[] = [];
  try {
    await inBatches(chunks, 4, async (item) => {
      await db.put({ Item: item });
      written.push(item.sk);
    });
    written.push(sk.meta);
    await db.put({ Item: { pk, sk: sk.meta, summary, warnings: JSON.stringify(warnings) } });
    await db.put({
      Item: { pk: keys.user(userId), sk: keys.conferenceListEntry(summary.id), summary },
      ConditionExpression: "attribute_not_exists(pk)",
    });
  } catch (error) {
    await Promise.allSettled(written.map((s) => db.delete({ Key: { pk, sk: s } })));
    throw error;
  }
}

/** How long a mark of a running save holds: longer than a save takes, and short enough that a
 * save cut off (its mark left behind) blocks a retry only briefly. */
const savingMarkSeconds = 60;

/** Marks a save of this exact request as running; false when one already is. The same program
 * sent twice at once (a double submit, a client retrying) is then stored once. */
export async function markSaving(
  db: Db,
  userId: string,
  requestHash: string,
  now: Date,
): Promise<boolean> {
  const until = epochSeconds(now) + savingMarkSeconds;
  try {
    await db.put({
      Item: { pk: keys.user(userId), sk: keys.savingMark(requestHash), until, ttl: until },
      ConditionExpression: "attribute_not_exists(pk) OR #until < :now",
      ExpressionAttributeNames: { "#until": "until" },
      ExpressionAttributeValues: { ":now": epochSeconds(now) },
    });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function clearSaving(db: Db, userId: string, requestHash: string): Promise<void> {
  await db.delete({ Key: { pk: keys.user(userId), sk: keys.savingMark(requestHash) } });
}

/** Runs `width` at a time and waits for every run of a batch before failing, so that a cleanup
 * after a failure knows everything that was written. */
async function inBatches<T>(items: T[], width: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width) {
    const results = await Promise.allSettled(items.slice(i, i + width).map(run));
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  }
}

export async function listConferences(db: Db, userId: string): Promise<ConferenceSummary[]> {
  const out: ConferenceSummary[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.query({
      KeyConditionExpression: "pk = :pk and begins_with(sk, :conf)",
      ExpressionAttributeValues: { ":pk": keys.user(userId), ":conf": "CONF#" },
      ExclusiveStartKey: start,
    });
    for (const item of page.Items ?? []) out.push(item.summary as ConferenceSummary);
    start = page.LastEvaluatedKey;
  } while (start);
  return out.sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title),
  );
}

export interface StoredPage {
  summary?: ConferenceSummary;
  warnings?: ImportWarning[];
  sessions: Session[];
  people: Person[];
  /** The sort key to continue after; the partition is always rebuilt from the user. */
  next?: string;
}

/** One page of the conference's partition; `undefined` when the conference does not exist. */
export async function readConferencePage(
  db: Db,
  userId: string,
  confId: string,
  after?: string,
): Promise<StoredPage | undefined> {
  const pk = keys.conferencePartition(userId, confId);
  const page = await db.query({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": pk },
    ExclusiveStartKey: after ? { pk, sk: after } : undefined,
  });
  const out: StoredPage = { sessions: [], people: [] };
  for (const item of page.Items ?? []) {
    const key = item.sk as string;
    if (key === sk.meta) {
      out.summary = item.summary as ConferenceSummary;
      out.warnings = JSON.parse(item.warnings as string);
    } else if (key.startsWith("SESSIONS#")) out.sessions.push(...JSON.parse(item.data as string));
    else if (key.startsWith("PEOPLE#")) out.people.push(...JSON.parse(item.data as string));
  }
  if (!after && !out.summary) return undefined;
  // A page after the last can legitimately be empty; an empty page of a conference that has
  // since been deleted must still read as "not found".
  if (after && page.Items?.length === 0 && !(await db.get({ Key: { pk, sk: sk.meta } }))) {
    return undefined;
  }
  const last = page.LastEvaluatedKey?.sk;
  if (typeof last === "string") out.next = last;
  return out;
}

/** Removes the list entry first, so the conference disappears at once, then its partition. */
export async function deleteConference(db: Db, userId: string, confId: string): Promise<boolean> {
  const removed = await db.delete({
    Key: { pk: keys.user(userId), sk: keys.conferenceListEntry(confId) },
    ReturnValues: "ALL_OLD",
  });
  const pk = keys.conferencePartition(userId, confId);
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.query({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": pk },
      ProjectionExpression: "pk, sk",
      ExclusiveStartKey: start,
    });
    await inBatches(page.Items ?? [], 4, async (item) => {
      await db.delete({ Key: { pk, sk: item.sk } });
    });
    start = page.LastEvaluatedKey;
  } while (start);
  return removed !== undefined;
}
