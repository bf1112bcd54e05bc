import { createMemo, createSignal, For, Show } from "solid-js";
import type { Interaction, NewInteraction } from "../../../schemas/contact";
import { createAction } from "../action";
import { messageOf } from "../api";
import { kindLabels } from "../contact-view";
import {
  deleteInteraction,
  editInteraction,
  type FullContact,
  type LogEntry,
  logInteraction,
  newEntryId,
} from "../contacts";
import { formatDateTime } from "../format";
import { type EntryFields, EntryForm } from "./EntryForm";
import { type Notice, NoticeBar } from "./NoticeBar";

/** A contact's log, newest first, with the two entries logged most often one tap away, and
 * every entry editable. */
export function Timeline(props: {
  contact: FullContact;
  log: LogEntry[];
  timeZone: string;
  onChange: (contact: FullContact, log: LogEntry[]) => void;
}) {
  const logging = createAction();
  const [adding, setAdding] = createSignal(false);
  const [editing, setEditing] = createSignal<string>();
  const [notice, setNotice] = createSignal<Notice>();
  const newestFirst = createMemo(() =>
    [...props.log].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)),
  );
  const sessionTitle = (id: string | undefined) =>
    id ? props.contact.sessions.find((s) => s.id === id)?.title : undefined;
  let addButton: HTMLButtonElement | undefined;
  let list: HTMLOListElement | undefined;

  const focusEntry = (id: string, selector = "button") =>
    queueMicrotask(() =>
      list?.querySelector<HTMLElement>(`[data-entry="${id}"] ${selector}`)?.focus(),
    );

  /** A new entry; without a time, the server's clock says when. */
  const add = async (fields: Omit<NewInteraction, "id">, say: string) => {
    const answer = await logging.run(
      () => logInteraction(props.contact.id, { ...fields, id: newEntryId() }),
      { failure: (e) => `Not logged: ${messageOf(e)}` },
    );
    if (!answer) return undefined;
    props.onChange(answer.contact, answer.created ? [...props.log, answer.interaction] : props.log);
    setNotice({ text: say });
    return answer.interaction;
  };

  const quick = (kind: Interaction["kind"], say: string) => add({ kind, note: "" }, say);

  const addFromForm = async (fields: EntryFields) => {
    const entry = await add(fields, `Logged “${kindLabels[fields.kind]}”.`);
    if (entry) {
      setAdding(false);
      focusEntry(entry.id);
    }
  };

  const saveEdit = async (entry: LogEntry, fields: EntryFields) => {
    const answer = await logging.run(
      () =>
        editInteraction(props.contact.id, entry.id, {
          kind: fields.kind,
          at: fields.at,
          note: fields.note,
          sessionId: fields.sessionId ?? null,
          place: fields.place ?? null,
        }),
      { failure: (e) => `Not saved: ${messageOf(e)}` },
    );
    if (!answer) return;
    props.onChange(
      answer.contact,
      props.log.map((e) => (e.id === entry.id ? answer.interaction : e)),
    );
    setEditing(undefined);
    setNotice({ text: "Entry saved." });
    focusEntry(entry.id);
  };

  /** Logged again under its own id, so that the entry comes back as it was. */
  const restore = (entry: LogEntry) =>
    logging.run(async () => {
      const { contactId: _, ...fields } = entry;
      const answer = await logInteraction(props.contact.id, fields);
      props.onChange(answer.contact, [...props.log, answer.interaction]);
      setNotice({ text: "Entry restored." });
    });

  const remove = async (entry: LogEntry) => {
    const answer = await logging.run(() => deleteInteraction(props.contact.id, entry.id), {
      failure: (e) => `Not deleted: ${messageOf(e)}`,
    });
    if (!answer) return;
    props.onChange(
      answer.contact,
      props.log.filter((e) => e.id !== entry.id),
    );
    setNotice({
      text: `Deleted the entry “${kindLabels[entry.kind]}” of ${formatDateTime(entry.at, props.timeZone)}.`,
      undo: () => restore(entry),
    });
  };

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <div class="actions">
        <button
          type="button"
          aria-disabled={logging.busy()}
          onClick={() => quick("emailed", "Logged that you sent the intro.")}
        >
          I sent the intro
        </button>
        <button
          type="button"
          aria-disabled={logging.busy()}
          onClick={() => quick("met", `Logged that you met ${props.contact.name}.`)}
        >
          Met
        </button>
        <Show when={!adding()}>
          <button
            type="button"
            class="secondary"
            ref={addButton}
            onClick={() => {
              setAdding(true);
              queueMicrotask(() => document.getElementById("entry-new-kind")?.focus());
            }}
          >
            Add an entry
          </button>
        </Show>
      </div>
      <Show when={adding()}>
        <EntryForm
          id="entry-new"
          sessions={props.contact.sessions}
          timeZone={props.timeZone}
          action={logging}
          submitLabel="Add to the timeline"
          onSubmit={addFromForm}
          onCancel={() => {
            setAdding(false);
            queueMicrotask(() => addButton?.focus());
          }}
        />
      </Show>
      <Show
        when={newestFirst().length > 0}
        fallback={
          <p class="empty">
            Nothing logged yet. When you email {props.contact.name} or meet them, log it here; the
            follow-up draft and reminders go by it.
          </p>
        }
      >
        <ol class="timeline" ref={list}>
          <For each={newestFirst()}>
            {(entry) => (
              <li class="timeline-entry" data-entry={entry.id}>
                <Show
                  when={editing() === entry.id}
                  fallback={
                    <>
                      <p class="timeline-head">
                        <strong>{kindLabels[entry.kind]}</strong>{" "}
                        <time datetime={entry.at}>{formatDateTime(entry.at, props.timeZone)}</time>
                      </p>
                      <Show when={sessionTitle(entry.sessionId) ?? entry.place}>
                        {(where) => <p class="meta">At {where()}</p>}
                      </Show>
                      <Show when={entry.note}>
                        <p class="timeline-note">{entry.note}</p>
                      </Show>
                      <div class="actions">
                        <button
                          type="button"
                          class="secondary"
                          onClick={() => {
                            setEditing(entry.id);
                            focusEntry(entry.id, "select");
                          }}
                        >
                          Edit<span class="visually-hidden"> this entry</span>
                        </button>
                        <button
                          type="button"
                          class="secondary"
                          aria-disabled={logging.busy()}
                          onClick={() => remove(entry)}
                        >
                          Delete<span class="visually-hidden"> this entry</span>
                        </button>
                      </div>
                    </>
                  }
                >
                  <EntryForm
                    id={`entry-${entry.id}`}
                    entry={entry}
                    sessions={props.contact.sessions}
                    timeZone={props.timeZone}
                    action={logging}
                    submitLabel="Save the entry"
                    onSubmit={(fields) => saveEdit(entry, fields)}
                    onCancel={() => {
                      setEditing(undefined);
                      focusEntry(entry.id);
                    }}
                  />
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <NoticeBar notice={notice()} action={logging} onDismiss={() => setNotice(undefined)} />
    </section>
  );
}
