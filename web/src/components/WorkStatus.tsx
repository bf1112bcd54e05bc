import { Show } from "solid-js";

/** What a form is doing now (with a progress bar) and what went wrong, announced to screen
 * readers. */
export function WorkStatus(props: { busy?: string; error?: string }) {
  return (
    <>
      <Show when={props.busy}>
        {(busy) => (
          <p class="notice" role="status" aria-live="polite">
            <progress aria-label={busy()} /> {busy()}
          </p>
        )}
      </Show>
      <Show when={props.error}>
        <p class="notice notice-error" role="alert">
          {props.error}
        </p>
      </Show>
    </>
  );
}
