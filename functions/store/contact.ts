import type { Contact, ContactFields, Interaction } from "../../schemas/contact";
import { type Conditional, conditionally, held } from "./conditional";
import type { Db, Item } from "./db";
import { keys } from "./keys";
import { deleteKeys, pages, queryAll } from "./paging";

/** What a list of contacts carries: every field but the long free texts, so that a few hundred
 * contacts stay within one page of a Query. */
export type ContactSummary = Omit<Contact, "why" | "questions" | "notes">;

const summaryFields = [
  "id",
  "version",
  "conferenceId",
  "personId",
  "sessions",
  "name",
  "credentials",
  "title",
  "institution",
  "email",
  "profileUrl",
  "priority",
  "status",
  "mentor",
  "interests",
  "howWeMet",
  "nextStep",
  "lastContact",
  "createdAt",
];
// Every field by a placeholder: several (name, status, version…) are DynamoDB reserved words.
const summaryProjection = {
  ProjectionExpression: summaryFields.map((_, i) => `#f${i}`).join(", "),
  ExpressionAttributeNames: Object.fromEntries(summaryFields.map((f, i) => [`#f${i}`, f])),
};

const contactOf = (item: Item): Contact => {
  const { pk: _pk, sk: _sk, ...contact } = item;
  return contact as Contact;
};

/** Stores a new contact; false when one with this id exists already (a person flagged twice). */
export function createContact(db: Db, userId: string, contact: Contact): Promise<boolean> {
  return held(() =>
    db.put({
      Item: { pk: keys.user(userId), sk: keys.contact(contact.id), ...contact },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
}

export async function getContact(
  db: Db,
  userId: string,
  contactId: string,
  consistent = false,
): Promise<Contact | undefined> {
  const item = await db.get({
    Key: { pk: keys.user(userId), sk: keys.contact(contactId) },
    ConsistentRead: consistent,
  });
  return item ? contactOf(item) : undefined;
}

/** Every contact of the user, whole or as summaries, optionally of one conference. */
export async function listContacts(
  db: Db,
  userId: string,
  options: { conferenceId?: string; whole?: boolean } = {},
): Promise<ContactSummary[] | Contact[]> {
  const values: Record<string, unknown> = {
    ":pk": keys.user(userId),
    ":prefix": keys.contactPrefix,
  };
  if (options.conferenceId !== undefined) values[":conf"] = options.conferenceId;
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: values,
    ...(options.conferenceId !== undefined ? { FilterExpression: "conferenceId = :conf" } : {}),
    ...(options.whole ? {} : summaryProjection),
  });
  return items.map(contactOf);
}

/** Writes edited fields if the contact is still at `version`; the new version is one more. */
export async function updateContactFields(
  db: Db,
  userId: string,
  contactId: string,
  version: number,
  fields: Partial<ContactFields>,
): Promise<Conditional<Contact | undefined>> {
  const names: Record<string, string> = { "#version": "version" };
  const values: Record<string, unknown> = { ":version": version, ":next": version + 1 };
  const sets = ["#version = :next"];
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    sets.push(`#${field} = :${field}`);
  }
  const result = await conditionally(() =>
    db.update({
      Key: { pk: keys.user(userId), sk: keys.contact(contactId) },
      UpdateExpression: `SET ${sets.join(", ")}`,
      ConditionExpression: "attribute_exists(pk) AND #version = :version",
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValues: "ALL_NEW",
    }),
  );
  return result.held ? { held: true, value: result.value && contactOf(result.value) } : result;
}

/** Stores what the log says of a contact: its status and its last contact. */
export async function setContactProgress(
  db: Db,
  userId: string,
  contactId: string,
  progress: Pick<Contact, "status" | "lastContact">,
): Promise<void> {
  await held(() =>
    db.update({
      Key: { pk: keys.user(userId), sk: keys.contact(contactId) },
      UpdateExpression:
        progress.lastContact === undefined
          ? "SET #status = :status REMOVE lastContact"
          : "SET #status = :status, lastContact = :last",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":status": progress.status,
        ...(progress.lastContact === undefined ? {} : { ":last": progress.lastContact }),
      },
    }),
  );
}

/** Removes the contact, then its log. False when there was no such contact. */
export async function deleteContact(db: Db, userId: string, contactId: string): Promise<boolean> {
  const removed = await db.delete({
    Key: { pk: keys.user(userId), sk: keys.contact(contactId) },
    ReturnValues: "ALL_OLD",
  });
  const query = {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: {
      ":pk": keys.user(userId),
      ":prefix": keys.interactionPrefix(contactId),
    },
    ProjectionExpression: "pk, sk",
  };
  for await (const page of pages(db, query)) await deleteKeys(db, page);
  return removed !== undefined;
}

const interactionOf = (item: Item): Interaction => {
  const { pk: _pk, sk: _sk, ...interaction } = item;
  return interaction as Interaction;
};

/** Logs an interaction once: the same id again is refused, and the stored one returned. */
export async function putInteraction(
  db: Db,
  userId: string,
  interaction: Interaction,
): Promise<{ created: boolean; interaction: Interaction }> {
  const key = {
    pk: keys.user(userId),
    sk: keys.interaction(interaction.contactId, interaction.id),
  };
  const created = await held(() =>
    db.put({ Item: { ...key, ...interaction }, ConditionExpression: "attribute_not_exists(pk)" }),
  );
  if (created) return { created, interaction };
  const stored = await db.get({ Key: key, ConsistentRead: true });
  return { created, interaction: stored ? interactionOf(stored) : interaction };
}

/** A contact's whole log, oldest first. Consistent: it is read right after a write to it. */
export async function listInteractions(
  db: Db,
  userId: string,
  contactId: string,
): Promise<Interaction[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: {
      ":pk": keys.user(userId),
      ":prefix": keys.interactionPrefix(contactId),
    },
    ConsistentRead: true,
  });
  return items.map(interactionOf).sort((a, b) => a.at.localeCompare(b.at));
}

/** Every log entry of the user, for exports and the reminder planner. */
export async function listAllInteractions(db: Db, userId: string): Promise<Interaction[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": keys.user(userId), ":prefix": keys.allInteractionsPrefix },
  });
  return items.map(interactionOf).sort((a, b) => a.at.localeCompare(b.at));
}

/** Replaces a stored interaction; false when it does not exist. */
export function replaceInteraction(
  db: Db,
  userId: string,
  interaction: Interaction,
): Promise<boolean> {
  return held(() =>
    db.put({
      Item: {
        pk: keys.user(userId),
        sk: keys.interaction(interaction.contactId, interaction.id),
        ...interaction,
      },
      ConditionExpression: "attribute_exists(pk)",
    }),
  );
}

export async function deleteInteraction(
  db: Db,
  userId: string,
  contactId: string,
  interactionId: string,
): Promise<boolean> {
  const removed = await db.delete({
    Key: { pk: keys.user(userId), sk: keys.interaction(contactId, interactionId) },
    ReturnValues: "ALL_OLD",
  });
  return removed !== undefined;
}

/** Remembers that a suggestion was dismissed, so it is not offered again. */
export async function dismissSuggestion(
  db: Db,
  userId: string,
  conferenceId: string,
  personId: string,
): Promise<void> {
  await db.put({
    Item: { pk: keys.user(userId), sk: keys.dismissed(conferenceId, personId), personId },
  });
}

export async function dismissedPeople(
  db: Db,
  userId: string,
  conferenceId: string,
): Promise<Set<string>> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: {
      ":pk": keys.user(userId),
      ":prefix": keys.dismissedPrefix(conferenceId),
    },
  });
  return new Set(items.map((item) => String(item.personId)));
}
