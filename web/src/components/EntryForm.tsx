import { createSignal, For, Show } from "solid-js";
import {
  type ContactSession,
  type Interaction,
  interactionKinds,
  newInteractionSchema,
} from "../../../schemas/contact";
import type { Action } from "../action";
import { kindLabels } from "../contact-view";
import { check, type FieldErrors } from "../forms";
import { dayKey, dayLabel, timeRange } from "../program-view";
import { fromZonedInput, toZonedInput } from "../zoned-time";
import { Field } from "./Field";

/** What the form yields: a log entry's fields, checked by the API's own schema. */
export type EntryFields = Pick<Interaction, "kind" | "at" | "note"> & {
  sessionId?: string;
  place?: string;
};

/** One log entry's kind, time (on the wall clock of `timeZone`), note and place: for a new entry
 * or an edit. A failure to send shows in the timeline's notice bar. */
export function EntryForm(props: {
  id: string;
  entry?: Interaction;
  sessions: ContactSession[];
  timeZone: string;
  action: Action;
  submitLabel: string;
  onSubmit: (fields: EntryFields) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = createSignal<Interaction["kind"]>(props.entry?.kind ?? "met");
  const [when, setWhen] = createSignal(
    toZonedInput(props.entry?.at ?? new Date().toISOString(), props.timeZone),
  );
  const [note, setNote] = createSignal(props.entry?.note ?? "");
  const [sessionId, setSessionId] = createSignal(props.entry?.sessionId ?? "");
  const [place, setPlace] = createSignal(props.entry?.place ?? "");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const field = (name: string) => `${props.id}-${name}`;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const at = fromZonedInput(when(), props.timeZone);
    const checked = check(newInteractionSchema, {
      kind: kind(),
      note: note(),
      at: at ?? "",
      ...(sessionId() ? { sessionId: sessionId() } : {}),
      ...(place().trim() ? { place: place() } : {}),
    });
    const found = { ...checked.errors };
    if (!at) found.at = "Enter the date and time it happened.";
    setErrors(found);
    if (!checked.value || !at) {
      queueMicrotask(() =>
        document.querySelector<HTMLElement>(`#${props.id} [aria-invalid=true]`)?.focus(),
      );
      return;
    }
    const { id: _, ...fields } = checked.value;
    props.onSubmit({ ...fields, at });
  };

  return (
    <form id={props.id} class="entry-form" novalidate onSubmit={submit}>
      <div class="field-row">
        <Field id={field("kind")} label="What happened" error={errors().kind}>
          {(a) => (
            <select
              id={a.id}
              aria-invalid={a["aria-invalid"]}
              aria-describedby={a["aria-describedby"]}
              value={kind()}
              onChange={(e) => setKind(e.currentTarget.value as Interaction["kind"])}
            >
              <For each={interactionKinds}>{(k) => <option value={k}>{kindLabels[k]}</option>}</For>
            </select>
          )}
        </Field>
        <Field id={field("at")} label={`When (${props.timeZone})`} error={errors().at}>
          {(a) => (
            <input
              {...a}
              type="datetime-local"
              value={when()}
              onInput={(e) => setWhen(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <Field id={field("note")} label="Note" error={errors().note}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="field-row">
        <Show when={props.sessions.length > 0}>
          <Field id={field("session")} label="At a session" error={errors().sessionId}>
            {(a) => (
              <select
                id={a.id}
                aria-invalid={a["aria-invalid"]}
                aria-describedby={a["aria-describedby"]}
                value={sessionId()}
                onChange={(e) => setSessionId(e.currentTarget.value)}
              >
                <option value="">Not at one of their sessions</option>
                <For each={props.sessions}>
                  {(s) => (
                    <option value={s.id}>
                      {dayLabel(dayKey(s.start, props.timeZone))},{" "}
                      {timeRange(s.start, s.end, props.timeZone)}: {s.title}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
        </Show>
        <Field id={field("place")} label="Where" error={errors().place}>
          {(a) => (
            <input
              {...a}
              placeholder="Poster hall, reception…"
              value={place()}
              onInput={(e) => setPlace(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <div class="actions">
        <button type="submit" disabled={props.action.busy()} aria-busy={props.action.busy()}>
          {props.submitLabel}
        </button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
