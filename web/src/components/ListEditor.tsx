import { Index, Show } from "solid-js";
import { Field } from "./Field";

/** A list of short texts (questions to ask), each edited, added and removed in place. */
export function ListEditor(props: {
  id: string;
  legend: string;
  hint?: string;
  items: readonly string[];
  /** "Question": each row is labelled "Question 1", "Question 2"… */
  itemLabel: string;
  empty: string;
  max: number;
  onChange: (items: string[]) => void;
  errorFor: (path: string) => string | undefined;
}) {
  let list: HTMLOListElement | undefined;
  let addButton: HTMLButtonElement | undefined;
  const add = () => {
    props.onChange([...props.items, ""]);
    list?.querySelector<HTMLElement>("li:last-child textarea")?.focus();
  };
  const remove = (index: number) => {
    props.onChange(props.items.filter((_, i) => i !== index));
    // The pressed button is gone; keep keyboard users in the list's neighbourhood.
    addButton?.focus();
  };
  const edit = (index: number, value: string) =>
    props.onChange(props.items.map((item, i) => (i === index ? value : item)));
  return (
    <fieldset class="group list-editor">
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p class="meta">{props.hint}</p>
      </Show>
      <Show when={props.items.length === 0}>
        <p class="empty">{props.empty}</p>
      </Show>
      <ol class="list-rows" ref={list}>
        {/* By position, so that typing in a row keeps its field (and focus). */}
        <Index each={props.items}>
          {(item, i) => (
            <li class="list-row">
              <Field
                id={`${props.id}-${i}`}
                label={`${props.itemLabel} ${i + 1}`}
                error={props.errorFor(String(i))}
              >
                {(a) => (
                  <textarea
                    {...a}
                    rows={2}
                    value={item()}
                    onInput={(e) => edit(i, e.currentTarget.value)}
                  />
                )}
              </Field>
              <button
                type="button"
                class="secondary remove"
                aria-label={`Remove ${props.itemLabel.toLowerCase()} ${i + 1}`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
            </li>
          )}
        </Index>
      </ol>
      <button
        type="button"
        class="secondary"
        ref={addButton}
        disabled={props.items.length >= props.max}
        onClick={add}
      >
        Add a {props.itemLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}
