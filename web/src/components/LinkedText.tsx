import { For, Show } from "solid-js";
import { linkParts } from "../text-links";

/** The API's own pages (an unsubscribe page) are documents of the server, not routes of the app,
 * so the app's router must let the browser open them. */
const rel = (href: string) => (new URL(href).pathname.startsWith("/api/") ? "external" : undefined);

/** An email's plain text as written, with each web address in it a link. */
export function LinkedText(props: { text: string }) {
  return (
    <pre class="mail-text">
      <For each={linkParts(props.text)}>
        {(part) => (
          <Show when={part.href} fallback={part.text}>
            {(href) => (
              <a href={href()} rel={rel(href())}>
                {part.text}
              </a>
            )}
          </Show>
        )}
      </For>
    </pre>
  );
}
