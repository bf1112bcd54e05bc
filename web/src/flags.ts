import { createMemo, createResource, createSignal } from "solid-js";
import type { Contact } from "../../schemas/contact";
import { createAction } from "./action";
import { messageOf } from "./api";
import type { Notice } from "./components/NoticeBar";
import { conflictCurrent } from "./conflict";
import {
  type ContactSummary,
  deleteContact,
  editableOf,
  editContact,
  type FullContact,
  flagPerson,
  listContacts,
  readContact,
} from "./contacts";
import { settled } from "./settled";

/** The contacts of one conference, by program person, with flagging and unflagging: what the
 * Program and Targets pages share. */
export function createFlags(conferenceId: () => string) {
  const [contacts, { mutate }] = createResource(conferenceId, (id) => listContacts(id));
  const list = () => settled(contacts) ?? [];
  const byPerson = createMemo(
    () => new Map(list().flatMap((c) => (c.personId ? [[c.personId, c] as const] : []))),
  );
  // What flagging did last, for the page's notice bar; an unflag without a log can be undone.
  const [notice, setNotice] = createSignal<Notice>();
  const [pending, setPending] = createSignal<string>();
  const action = createAction();

  /** Puts a contact's latest state into the list, in place or at its end. */
  const keep = (contact: ContactSummary) =>
    mutate((old = []) =>
      old.some((c) => c.id === contact.id)
        ? old.map((c) => (c.id === contact.id ? contact : c))
        : [...old, contact],
    );
  const drop = (id: string) => mutate((old = []) => old.filter((c) => c.id !== id));

  const busyWith = async <T>(personId: string, work: () => Promise<T>) => {
    if (action.busy()) return undefined;
    setPending(personId);
    try {
      return await action.run(work, { failure: (e) => `Not changed: ${messageOf(e)}` });
    } finally {
      setPending(undefined);
    }
  };

  const flag = (personId: string, name: string) =>
    busyWith(personId, async () => {
      const contact = await flagPerson({ conferenceId: conferenceId(), personId });
      keep(contact);
      setNotice({ text: `Flagged ${name} as a target.` });
      return contact;
    });

  /** A contact with a log is removed only once the user confirms; one without can be taken back
   * from the notice, so it needs no question. */
  const unflag = (summary: ContactSummary) =>
    busyWith(summary.personId ?? summary.id, async () => {
      const { contact, log } = await readContact(summary.id);
      if (
        log.length > 0 &&
        !window.confirm(
          `Unflag ${contact.name}? This deletes the contact with its notes and ${entries(log.length)}.`,
        )
      ) {
        return;
      }
      await deleteContact(contact.id);
      drop(contact.id);
      setNotice(
        log.length > 0
          ? { text: `Unflagged ${contact.name}; the contact and its log are deleted.` }
          : { text: `Unflagged ${contact.name}.`, undo: () => undo(contact) },
      );
    });

  /** Flags the person again and puts back every field as it was. */
  const undo = (contact: FullContact) =>
    busyWith(contact.personId ?? contact.id, async () => {
      const { personId } = contact;
      if (!personId) return;
      const again = await flagPerson({ conferenceId: conferenceId(), personId });
      keep(await editContact(again.id, { version: again.version, ...editableOf(contact) }));
      setNotice({ text: `${contact.name} is flagged again.` });
    });

  /** A priority change on the version the list holds; when the contact changed elsewhere, the
   * list takes its current state and the user chooses again. */
  const prioritize = (summary: ContactSummary, priority: Contact["priority"]) =>
    busyWith(summary.personId ?? summary.id, async () => {
      try {
        keep(await editContact(summary.id, { version: summary.version, priority }));
      } catch (e) {
        const current = conflictCurrent(e);
        if (current) keep(current);
        throw e;
      }
    });

  const toggle = (personId: string, name: string) => {
    const existing = byPerson().get(personId);
    return existing ? unflag(existing) : flag(personId, name);
  };

  return {
    contacts,
    list,
    byPerson,
    notice,
    clearNotice: () => setNotice(undefined),
    /** The person whose flag is being changed now. */
    pending,
    action,
    flag,
    unflag,
    prioritize,
    toggle,
  };
}

export type Flags = ReturnType<typeof createFlags>;

const entries = (n: number) => (n === 1 ? "one logged entry" : `${n} logged entries`);
