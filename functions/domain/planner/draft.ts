import type { Temporal } from "temporal-polyfill";
import type { Contact, Interaction } from "../../../schemas/contact";
import type { MailKind } from "../../../schemas/mail-plan";
import type { Profile } from "../../../schemas/profile";

/** What every kind of reminder is planned from. */
export interface PlanContext {
  userZone: string;
  reminders: Profile["reminders"];
  keepInTouchDays: number;
  now: Temporal.Instant;
  /** The contacts kept for a conference, in no particular order. */
  contactsOf(conferenceId: string): readonly Contact[];
  logOf(contactId: string): readonly Interaction[];
}

/** A wanted reminder before it has an id. `slot` is what makes it one of its kind (the
 * conference and a day, or a contact and a day); the id is derived from the kind and it. */
export interface MailDraft {
  kind: MailKind;
  slot: readonly string[];
  sendAt: Temporal.Instant;
  conferenceId?: string;
  contactIds: string[];
  date?: string;
}

/** Contacts the user still means to meet. */
export const stillToMeet = (contact: Contact) =>
  contact.status === "target" || contact.status === "emailed";

export const idsOf = (contacts: Iterable<Pick<Contact, "id">>) =>
  [...new Set([...contacts].map((c) => c.id))].sort();

/** Adds a value to the list a map keeps under a key. */
export function addTo<T>(lists: Map<string, T[]>, key: string, value: T) {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
