import { Show } from "solid-js";
import type { Action } from "../action";
import { ErrorNotice } from "./ErrorNotice";

export interface Notice {
  text: string;
  /** Takes the change back; offered as an Undo button while the notice shows. */
  undo?: () => Promise<unknown>;
}

/** What the last change did, with Undo when it can be taken back, and what went wrong. It stays
 * in view at the foot of the screen while a long list scrolls. */
export function NoticeBar(props: {
  notice: Notice | undefined;
  action: Action;
  onDismiss: () => void;
}) {
  let bar: HTMLDivElement | undefined;
  const undo = async () => {
    if (props.action.busy()) return;
    await props.notice?.undo?.();
    // The Undo button is gone; the notice saying what happened takes focus in its place.
    bar?.focus();
  };
  return (
    <div class="notice-bar" tabindex="-1" ref={bar}>
      <div role="status" aria-live="polite">
        <Show when={props.notice}>
          {(notice) => (
            <p class="notice bar-notice">
              <span>{notice().text}</span>
              <Show when={notice().undo}>
                <button
                  type="button"
                  class="secondary"
                  aria-disabled={props.action.busy()}
                  onClick={undo}
                >
                  Undo
                </button>
              </Show>
              <button
                type="button"
                class="link"
                onClick={() => {
                  props.onDismiss();
                  bar?.focus();
                }}
              >
                Dismiss
              </button>
            </p>
          )}
        </Show>
      </div>
      <ErrorNotice message={props.action.error()} />
    </div>
  );
}
