import { For, type JSX, Show } from "solid-js";

/** The attributes a field's control spreads onto itself: `<input {...aria} />`. */
export interface FieldAria {
  readonly id: string;
  readonly "aria-invalid": "true" | undefined;
  readonly "aria-describedby": string | undefined;
}

/** A label, a control, its hint and its error, tied together for screen readers. */
export function Field(props: {
  id: string;
  label: JSX.Element;
  error?: string | undefined;
  hint?: JSX.Element;
  class?: string;
  children: (aria: FieldAria) => JSX.Element;
}) {
  const aria: FieldAria = {
    get id() {
      return props.id;
    },
    get "aria-invalid"() {
      return props.error ? "true" : undefined;
    },
    get "aria-describedby"() {
      const ids = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""];
      return ids.filter(Boolean).join(" ") || undefined;
    },
  };
  return (
    <div class={props.class ? `field ${props.class}` : "field"}>
      <label for={props.id}>{props.label}</label>
      {props.children(aria)}
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="meta">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

/** Says how many fields need attention and lists problems that belong to no single field. */
export function FormProblems(props: { errors: Record<string, string>; general: string[] }) {
  const count = () => Object.keys(props.errors).length;
  return (
    <Show when={count() > 0 || props.general.length > 0}>
      <div class="notice notice-error" role="alert">
        <Show when={count() > 0}>
          <p>
            {count() === 1 ? "One field needs" : `${count()} fields need`} attention; the message is
            beside {count() === 1 ? "it" : "each"}.
          </p>
        </Show>
        <For each={props.general}>{(line) => <p>{line}</p>}</For>
      </div>
    </Show>
  );
}
