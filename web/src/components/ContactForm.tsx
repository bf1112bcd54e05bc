import { useBeforeLeave } from "@solidjs/router";
import { createMemo, createSignal, For, Match, onCleanup, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import {
  type ContactFields,
  contactLimits,
  contactPatchSchema,
  priorities,
} from "../../../schemas/contact";
import { createAction } from "../action";
import { ApiError, messageOf } from "../api";
import { type Conflict, conflictOf } from "../conflict";
import { changedFields, fieldLabels, fieldText, priorityLabels } from "../contact-view";
import { editableOf, editContact, type FullContact } from "../contacts";
import { check, errorAt, type FieldErrors, joinList, problemsByField, splitList } from "../forms";
import { ErrorNotice } from "./ErrorNotice";
import { Field, FormProblems } from "./Field";
import { ListEditor } from "./ListEditor";

type TextKey = Exclude<keyof ContactFields, "credentials" | "priority" | "mentor" | "questions">;

/** A refused edit: what is on the server now, what changed there, and the edit itself. */
interface Refused extends Conflict {
  mine: Partial<ContactFields>;
}

/** Every field of a contact, saved together on the version it was loaded at. An edit refused
 * because the contact changed elsewhere shows what changed, and the user chooses: apply their
 * edit to the current version, or take the current version. Leaving with unsaved changes asks
 * first. */
export function ContactForm(props: { contact: FullContact; onSaved: (c: FullContact) => void }) {
  const [base, setBase] = createSignal(props.contact);
  const [draft, setDraft] = createStore<ContactFields>(editableOf(props.contact));
  const [credentials, setCredentials] = createSignal(joinList(props.contact.credentials));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [general, setGeneral] = createSignal<string[]>([]);
  const [refused, setRefused] = createSignal<Refused>();
  const [outcome, setOutcome] = createSignal<"saved" | "unchanged">();
  const saving = createAction();
  let form: HTMLFormElement | undefined;
  let conflictBox: HTMLDivElement | undefined;

  const edited = (): ContactFields => ({
    ...draft,
    questions: [...draft.questions],
    credentials: splitList(credentials()),
  });
  const changes = createMemo(() => changedFields(editableOf(base()), edited()));
  const dirty = () => Object.keys(changes()).length > 0;
  const errorFor = (path: string) => errorAt(errors(), path);

  useBeforeLeave((e) => {
    if (dirty() && !e.defaultPrevented) {
      e.preventDefault();
      if (window.confirm(`Leave without saving your changes to ${base().name}?`)) e.retry(true);
    }
  });
  const warnUnload = (e: BeforeUnloadEvent) => {
    if (dirty()) e.preventDefault();
  };
  window.addEventListener("beforeunload", warnUnload);
  onCleanup(() => window.removeEventListener("beforeunload", warnUnload));

  /** The form starts over from a version of the contact, as the server has it. */
  const take = (contact: FullContact) => {
    setBase(contact);
    setDraft(editableOf(contact));
    setCredentials(joinList(contact.credentials));
    setRefused(undefined);
    props.onSaved(contact);
  };

  const showProblems = (fieldErrors: FieldErrors, lines: string[]) => {
    setErrors(fieldErrors);
    setGeneral(lines);
    queueMicrotask(() => {
      const field = form?.querySelector<HTMLElement>("[aria-invalid=true]");
      field?.focus({ preventScroll: true });
      field?.scrollIntoView({ block: "center" });
    });
  };

  const send = (version: number, mine: Partial<ContactFields>) =>
    saving.run(() => editContact(base().id, { version, ...mine }), {
      status: "Saving…",
      failure: (e) => {
        const conflict = conflictOf(e);
        if (conflict) {
          setRefused({ ...conflict, mine });
          queueMicrotask(() => conflictBox?.focus());
          return undefined;
        }
        if (e instanceof ApiError && e.problems.length > 0) {
          const server = problemsByField(e.problems);
          showProblems(server.errors, server.general);
          return undefined;
        }
        return `Not saved: ${messageOf(e)}`;
      },
    });

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    const mine = changes();
    if (Object.keys(mine).length === 0) {
      setOutcome("unchanged");
      return;
    }
    const checked = check(contactPatchSchema, { version: base().version, ...mine });
    if (!checked.value) {
      saving.clear();
      return showProblems(checked.errors, checked.general);
    }
    setErrors({});
    setGeneral([]);
    const { version, ...fields } = checked.value;
    const saved = await send(version, fields);
    if (saved) {
      take(saved);
      setOutcome("saved");
    }
  };

  const reapply = async (conflict: Refused) => {
    const saved = await send(conflict.current.version, conflict.mine);
    if (saved) {
      take(saved);
      setOutcome("saved");
    }
  };

  const textField = (
    key: TextKey,
    extra: { multiline?: boolean; type?: string; hint?: string; autocomplete?: string } = {},
  ) => (
    <Field id={`contact-${key}`} label={fieldLabels[key]} error={errorFor(key)} hint={extra.hint}>
      {(a) =>
        extra.multiline ? (
          <textarea
            {...a}
            rows={4}
            value={draft[key]}
            onInput={(e) => setDraft(key, e.currentTarget.value)}
          />
        ) : (
          <input
            {...a}
            type={extra.type ?? "text"}
            autocomplete={extra.autocomplete ?? "off"}
            value={draft[key]}
            onInput={(e) => setDraft(key, e.currentTarget.value)}
          />
        )
      }
    </Field>
  );

  return (
    <form ref={form} novalidate onSubmit={save} class="contact-form" aria-label="Contact details">
      <Show when={refused()}>
        {(conflict) => (
          <div class="notice notice-error conflict" role="alert" tabindex="-1" ref={conflictBox}>
            <p>
              <strong>Not saved: this contact was changed elsewhere since you opened it.</strong>
            </p>
            <Show
              when={conflict().changed.length > 0}
              fallback={<p>None of the fields you changed were changed there.</p>}
            >
              <dl class="conflict-fields">
                <For each={conflict().changed as (keyof ContactFields)[]}>
                  {(key) => (
                    <>
                      <dt>{fieldLabels[key] ?? key}</dt>
                      <dd>
                        <p>Now: {fieldText(key, conflict().current[key])}</p>
                        <p>Yours: {fieldText(key, conflict().mine[key] ?? draft[key])}</p>
                      </dd>
                    </>
                  )}
                </For>
              </dl>
            </Show>
            <div class="actions">
              <button type="button" disabled={saving.busy()} onClick={() => reapply(conflict())}>
                Save my changes over theirs
              </button>
              <button
                type="button"
                class="secondary"
                disabled={saving.busy()}
                onClick={() => take(conflict().current)}
              >
                Discard mine and load theirs
              </button>
            </div>
          </div>
        )}
      </Show>

      <fieldset class="group">
        <legend>Who</legend>
        {textField("name", { autocomplete: "off" })}
        <Field
          id="contact-credentials"
          label={fieldLabels.credentials}
          error={errorFor("credentials")}
          hint="Separate with commas, e.g. MD, FACS"
        >
          {(a) => (
            <input
              {...a}
              value={credentials()}
              onInput={(e) => setCredentials(e.currentTarget.value)}
            />
          )}
        </Field>
        {textField("title")}
        {textField("institution")}
        {textField("email", { type: "email" })}
        {textField("profileUrl", {
          type: "url",
          hint: "A LinkedIn or faculty page, starting with https://",
        })}
      </fieldset>

      <fieldset class="group">
        <legend>Plan</legend>
        <Field id="contact-priority" label={fieldLabels.priority} error={errorFor("priority")}>
          {(a) => (
            <select
              id={a.id}
              aria-invalid={a["aria-invalid"]}
              aria-describedby={a["aria-describedby"]}
              value={draft.priority}
              onChange={(e) =>
                setDraft("priority", e.currentTarget.value as ContactFields["priority"])
              }
            >
              <For each={priorities}>{(p) => <option value={p}>{priorityLabels[p]}</option>}</For>
            </select>
          )}
        </Field>
        <div class="field checkbox-field">
          <input
            id="contact-mentor"
            type="checkbox"
            checked={draft.mentor}
            aria-describedby="contact-mentor-hint"
            onChange={(e) => setDraft("mentor", e.currentTarget.checked)}
          />
          <label for="contact-mentor">Mentor</label>
          <p id="contact-mentor-hint" class="meta">
            Mentors get a keep-in-touch reminder every few months.
          </p>
        </div>
        {textField("why", { multiline: true, hint: "What makes this person matter to you." })}
        {textField("nextStep")}
      </fieldset>

      <ListEditor
        id="contact-question"
        legend="Questions to ask"
        items={draft.questions}
        itemLabel="Question"
        empty="No questions yet. Add what you want to ask."
        max={contactLimits.questions}
        onChange={(items) => setDraft("questions", items)}
        errorFor={(index) => errorFor(`questions.${index}`)}
      />

      <fieldset class="group">
        <legend>Notes</legend>
        {textField("notes", { multiline: true })}
        {textField("interests")}
        {textField("howWeMet")}
      </fieldset>

      <FormProblems errors={errors()} general={general()} />
      <div class="save-bar">
        <button type="submit" disabled={saving.busy()} aria-busy={saving.busy()}>
          {saving.busy() ? "Saving…" : "Save changes"}
        </button>
        <p class="save-state" role="status" aria-live="polite">
          <Switch>
            <Match when={saving.busy()}>{null}</Match>
            <Match when={dirty()}>You have unsaved changes.</Match>
            <Match when={outcome() === "saved"}>
              <span class="state-ok">Saved.</span>
            </Match>
            <Match when={outcome() === "unchanged"}>Nothing to save: no field was changed.</Match>
          </Switch>
        </p>
      </div>
      <ErrorNotice message={saving.error()} />
    </form>
  );
}
