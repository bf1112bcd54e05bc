import { createSignal, For, Show } from "solid-js";
import { makeChange, newChangeKey } from "../offline/changes";
import type { DayContact } from "./day-data";

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** One target on the day page: met or not met with one tap, a quick note, and what to say. */
export function TargetCard(props: {
  entry: DayContact;
  conferenceId: string;
  sessionId?: string;
  /** Unique on the page, for the note's label. */
  slot: string;
}) {
  const contact = () => props.entry.contact;
  const name = () => [contact().name, ...contact().credentials].join(", ");
  const outcome = () => props.entry.outcome;
  const pending = () => contact().id.startsWith("pending-");
  const base = `/api/contacts/${contact().id}`;

  const log = (kind: "met" | "not-met") => {
    const current = outcome();
    const key = newChangeKey();
    if (current?.kind === kind) {
      void makeChange({
        key,
        kind: "unmet",
        method: "DELETE",
        path: `${base}/interactions/${current.id}`,
        conferenceId: props.conferenceId,
        contactId: contact().id,
        label: `Undo “${kind === "met" ? "met" : "not met"}” for ${contact().name}`,
      });
      return;
    }
    const at = props.sessionId && idPattern.test(props.sessionId) ? props.sessionId : undefined;
    void makeChange({
      key,
      kind,
      method: "POST",
      path: `${base}/interactions`,
      body: { kind, id: key, ...(at && kind === "met" ? { sessionId: at } : {}) },
      conferenceId: props.conferenceId,
      contactId: contact().id,
      label: `${kind === "met" ? "Met" : "Not met"}: ${contact().name}`,
    });
  };

  const [draft, setDraft] = createSignal<string>();
  const saveNote = () => {
    const text = draft();
    if (text === undefined || text.trim() === contact().notes) {
      setDraft(undefined);
      return;
    }
    const key = newChangeKey();
    void makeChange({
      key,
      kind: "note",
      method: "PUT",
      path: `${base}/note`,
      body: { key, base: contact().notes, notes: text.trim() },
      conferenceId: props.conferenceId,
      contactId: contact().id,
      label: `Note on ${contact().name}`,
    });
    setDraft(undefined);
  };

  const [questionsOpen, setQuestionsOpen] = createSignal(false);
  const [introOpen, setIntroOpen] = createSignal(false);
  const noteId = () => `note-${props.slot}`;

  return (
    <article class="target" aria-label={name()}>
      <div class="target-head">
        <h3 class="target-name">{name()}</h3>
        <span class={`priority priority-${contact().priority}`}>
          {contact().priority === "must" ? "Must meet" : "Nice to meet"}
        </span>
      </div>
      <Show when={contact().title || contact().institution}>
        <p class="target-meta">
          {[contact().title, contact().institution].filter((part) => part).join(", ")}
        </p>
      </Show>
      <Show when={!pending()} fallback={<p class="target-meta">Met · waiting to be sent</p>}>
        <div class="target-actions">
          <button
            type="button"
            class="toggle"
            aria-pressed={outcome()?.kind === "met"}
            aria-label={`Met ${contact().name}`}
            onClick={() => log("met")}
          >
            Met
          </button>
          <button
            type="button"
            class="toggle toggle-not"
            aria-pressed={outcome()?.kind === "not-met"}
            aria-label={`Not met ${contact().name}`}
            onClick={() => log("not-met")}
          >
            Not met
          </button>
        </div>
        <label class="note-label" for={noteId()}>
          Note on {contact().name}
        </label>
        <textarea
          id={noteId()}
          class="note"
          rows={2}
          value={draft() ?? contact().notes}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onBlur={saveNote}
        />
        <Show when={draft() !== undefined}>
          <button type="button" class="secondary save-note" onClick={saveNote}>
            Save note
          </button>
        </Show>
        <Show when={contact().questions.length > 0}>
          <details onToggle={(event) => setQuestionsOpen(event.currentTarget.open)}>
            <summary>Questions to ask ({contact().questions.length})</summary>
            <Show when={questionsOpen()}>
              <ul class="questions">
                <For each={contact().questions}>{(question) => <li>{question}</li>}</For>
              </ul>
            </Show>
          </details>
        </Show>
        <Show when={props.entry.intro}>
          <details onToggle={(event) => setIntroOpen(event.currentTarget.open)}>
            <summary>Intro script</summary>
            <Show when={introOpen()}>
              <p class="intro">{props.entry.intro}</p>
            </Show>
          </details>
        </Show>
      </Show>
    </article>
  );
}
