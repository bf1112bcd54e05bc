import { createEffect, on, Show } from "solid-js";

/** What went wrong, announced to screen readers as it appears; nothing without a message. With
 * `focus`, each new message is scrolled into view and focused. */
export function ErrorNotice(props: { message: string | undefined; focus?: boolean }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p
          class="notice notice-error"
          role="alert"
          tabindex={props.focus ? -1 : undefined}
          ref={(notice) => {
            if (!props.focus) return;
            createEffect(
              on(message, () => {
                notice.scrollIntoView({ block: "center" });
                notice.focus({ preventScroll: true });
              }),
            );
          }}
        >
          {message()}
        </p>
      )}
    </Show>
  );
}

/** A failure that asking again may cure (the server or the network was away), with the button. */
export function RetryNotice(props: { message: string; retry: () => void }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{props.message}</p>
      <button type="button" class="secondary" onClick={() => props.retry()}>
        Try again
      </button>
    </div>
  );
}
