import { createSignal, Show } from "solid-js";
import { makeChange, newChangeKey } from "../offline/changes";

/** Someone met outside a session: one tap opens the form, typing, one tap adds them as met. */
export function QuickAdd(props: { conferenceId: string }) {
  const [open, setOpen] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  const [added, setAdded] = createSignal<string>();
  let form: HTMLFormElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!form) return;
    const data = new FormData(form);
    const text = (field: string) => String(data.get(field) ?? "").trim();
    const name = text("name");
    const vcard = text("vcard");
    if (!name && !vcard) {
      setProblem("Give the person's name, or paste their card.");
      return;
    }
    setProblem(undefined);
    const key = newChangeKey();
    const body = {
      key,
      conferenceId: props.conferenceId,
      ...(name ? { name } : {}),
      ...(text("institution") ? { institution: text("institution") } : {}),
      ...(text("note") ? { note: text("note") } : {}),
      ...(vcard ? { vcard } : {}),
    };
    void makeChange({
      key,
      kind: "quick-add",
      method: "POST",
      path: "/api/contacts/quick-add",
      body,
      conferenceId: props.conferenceId,
      label: `Add ${name || "a person from a card"} as met`,
    });
    setAdded(name || "The person from the card");
    form.reset();
    setOpen(false);
  };

  return (
    <section class="quick-add" aria-labelledby="quick-add-title">
      <h2 id="quick-add-title">Met someone else?</h2>
      <Show when={added()}>
        <p role="status">{added()} was added as met.</p>
      </Show>
      <Show
        when={open()}
        fallback={
          <button type="button" onClick={() => setOpen(true)}>
            Add someone you met
          </button>
        }
      >
        <form ref={form} onSubmit={submit} novalidate>
          <label for="quick-name">Name</label>
          <input id="quick-name" name="name" autocomplete="off" maxLength={200} autofocus />
          <label for="quick-institution">Institution</label>
          <input id="quick-institution" name="institution" autocomplete="off" maxLength={500} />
          <label for="quick-note">Note</label>
          <textarea id="quick-note" name="note" rows={2} maxLength={2000} />
          <details>
            <summary>Or paste their card</summary>
            <label for="quick-vcard">Card text (BEGIN:VCARD …)</label>
            <textarea id="quick-vcard" name="vcard" rows={3} maxLength={20000} />
          </details>
          <Show when={problem()}>
            <p class="field-error" role="alert">
              {problem()}
            </p>
          </Show>
          <div class="target-actions">
            <button type="submit">Add as met</button>
            <button type="button" class="secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
