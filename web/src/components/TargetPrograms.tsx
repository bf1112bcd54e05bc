import { For, Show } from "solid-js";
import type { ProfileFields } from "../../../schemas/profile";
import { Field } from "./Field";

type Programs = ProfileFields["targetPrograms"];

/** Rows of program name and note ("visa-friendly"), added and removed in place. */
export function TargetPrograms(props: {
  programs: Programs;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onEdit: (index: number, key: "name" | "note", value: string) => void;
  errorFor: (path: string) => string | undefined;
}) {
  let list: HTMLOListElement | undefined;
  let addButton: HTMLButtonElement | undefined;
  const add = () => {
    props.onAdd();
    list?.querySelector<HTMLInputElement>("li:last-child input")?.focus();
  };
  const remove = (index: number) => {
    props.onRemove(index);
    // The pressed button is gone; keep keyboard users in the list's neighbourhood.
    addButton?.focus();
  };
  return (
    <fieldset class="group">
      <legend>Target programs</legend>
      <p class="meta">
        The programs you hope to match at. Rapport suggests speakers from them as targets.
      </p>
      <Show when={props.programs.length === 0}>
        <p class="empty">No target programs yet. Add the first one below.</p>
      </Show>
      <ol class="program-rows" ref={list}>
        <For each={props.programs}>
          {(program, i) => (
            <li class="program-row">
              <Field
                id={`program-name-${i()}`}
                label={`Program ${i() + 1}`}
                error={props.errorFor(`targetPrograms.${i()}.name`)}
              >
                {(a) => (
                  <input
                    {...a}
                    value={program.name}
                    placeholder="Lakeside University General Surgery"
                    onInput={(e) => props.onEdit(i(), "name", e.currentTarget.value)}
                  />
                )}
              </Field>
              <Field
                id={`program-note-${i()}`}
                label={`Note on program ${i() + 1}`}
                error={props.errorFor(`targetPrograms.${i()}.note`)}
              >
                {(a) => (
                  <input
                    {...a}
                    value={program.note}
                    placeholder="visa-friendly"
                    onInput={(e) => props.onEdit(i(), "note", e.currentTarget.value)}
                  />
                )}
              </Field>
              <button
                type="button"
                class="secondary remove"
                aria-label={`Remove program ${i() + 1}${program.name ? `, ${program.name}` : ""}`}
                onClick={() => remove(i())}
              >
                Remove
              </button>
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="secondary" ref={addButton} onClick={add}>
        Add a program
      </button>
    </fieldset>
  );
}
