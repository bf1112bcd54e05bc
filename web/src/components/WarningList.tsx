import { For, Show } from "solid-js";
import type { ImportWarning } from "../../../schemas/program";

/** Import warnings, each with what it refers to and, when the source text is at hand, the line
 * it names. */
export function WarningList(props: { warnings: ImportWarning[]; sourceLines?: string[] }) {
  return (
    <ul class="warnings">
      <For each={props.warnings}>
        {(w) => (
          <li>
            <span class="warning-ref">{w.ref}</span> {w.message}
            <Show when={w.line !== undefined && props.sourceLines?.[(w.line ?? 1) - 1]}>
              {(line) => <code class="warning-line">{line()}</code>}
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
