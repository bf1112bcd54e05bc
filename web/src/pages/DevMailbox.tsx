import { createResource, For, Show } from "solid-js";
import type { DevMail } from "../../../schemas/mail";
import { apiFetch, succeeded } from "../api";
import { AsyncView } from "../components/AsyncView";
import { browserTimeZone, formatDateTime } from "../format";
import { pageTitle } from "../title";

/** The mailbox exists only in local mode, so its route is left out of the API's type (`AppType`)
 * and its answer is typed here, from the schema of one message. */
const loadMail = async () => {
  const response = await succeeded(apiFetch("/api/dev/mail"));
  return ((await response.json()) as { mail: DevMail[] }).mail;
};

function MailItem(props: { mail: DevMail }) {
  return (
    <li class="mail">
      <details>
        <summary>
          <span class="mail-subject">{props.mail.subject}</span>
          <span class="mail-meta">
            to {props.mail.to.join(", ")} ·{" "}
            <time datetime={props.mail.sentAt}>
              {formatDateTime(props.mail.sentAt, browserTimeZone())}
            </time>
          </span>
        </summary>
        <p class="mail-meta">From {props.mail.from}</p>
        <h3>Text</h3>
        <pre class="mail-text">{props.mail.text ?? "(no text part)"}</pre>
        <Show when={props.mail.html}>
          {(html) => (
            <>
              <h3>HTML</h3>
              <iframe
                class="mail-html"
                title={`HTML of "${props.mail.subject}"`}
                sandbox=""
                srcdoc={html()}
              />
            </>
          )}
        </Show>
      </details>
    </li>
  );
}

export function DevMailbox() {
  pageTitle("Dev mailbox");
  const [mail, { refetch }] = createResource(loadMail);
  return (
    <section aria-labelledby="mailbox-title">
      <h1 id="mailbox-title">Dev mailbox</h1>
      <p class="lead">
        Mail sent while Rapport runs locally lands here instead of a real inbox: sign-in links and
        reminders.
      </p>
      <button type="button" class="secondary" onClick={() => refetch()}>
        Refresh
      </button>
      <AsyncView resource={mail} loading="Loading mail…">
        {(list) => (
          <Show
            when={list.length > 0}
            fallback={<p class="empty">No mail yet. Anything Rapport sends will appear here.</p>}
          >
            <p class="count">{list.length === 1 ? "1 message" : `${list.length} messages`}</p>
            <ul class="mail-list">
              <For each={list}>{(item) => <MailItem mail={item} />}</For>
            </ul>
          </Show>
        )}
      </AsyncView>
    </section>
  );
}
