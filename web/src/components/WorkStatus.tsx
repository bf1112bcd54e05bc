import { Show } from "solid-js";
import type { Action } from "../action";
import { ErrorNotice } from "./ErrorNotice";

/** What an action is doing now (with a progress bar) and what went wrong, announced to screen
 * readers. */
export function WorkStatus(props: { action: Action }) {
  return (
    <>
      <Show when={props.action.status()}>
        {(status) => (
          <p class="notice" role="status" aria-live="polite">
            <progress aria-label={status()} /> {status()}
          </p>
        )}
      </Show>
      <ErrorNotice message={props.action.error()} />
    </>
  );
}
