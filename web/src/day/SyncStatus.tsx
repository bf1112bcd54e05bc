import { createSignal, For, onCleanup, Show } from "solid-js";
import { dismissChange, refused, sendNow, waiting } from "../offline/changes";

const counted = (n: number) => `${n} ${n === 1 ? "change" : "changes"} waiting`;

/** How many changes wait for the network, and each change the server refused, kept in view
 * until the user dismisses it. */
export function SyncStatus() {
  const [online, setOnline] = createSignal(navigator.onLine);
  const update = () => setOnline(navigator.onLine);
  window.addEventListener("online", update);
  window.addEventListener("offline", update);
  onCleanup(() => {
    window.removeEventListener("online", update);
    window.removeEventListener("offline", update);
  });
  return (
    <div class="sync">
      <p class="sync-line" role="status" aria-live="polite">
        <Show when={waiting().length > 0} fallback={online() ? "All changes saved." : "Offline."}>
          {counted(waiting().length)}
          {online() ? "" : " · offline, sent when the network is back"}
        </Show>
      </p>
      <Show when={waiting().length > 0 && online()}>
        <button type="button" class="secondary" onClick={() => void sendNow()}>
          Send now
        </button>
      </Show>
      <Show when={refused().length > 0}>
        <ul class="refused" aria-label="Changes the server refused">
          <For each={refused()}>
            {(change) => (
              <li class="notice notice-error">
                <p>
                  Not saved: {change.label}. {change.refused}
                </p>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => void dismissChange(change.key)}
                >
                  Dismiss
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
