import { createResource, createSignal, createUniqueId, For, Show } from "solid-js";
import type { DevMail } from "../../../schemas/mail";
import { createAction } from "../action";
import { api, readBody } from "../api";
import { AsyncView } from "../components/AsyncView";
import { DevClock } from "../components/DevClock";
import { ErrorNotice } from "../components/ErrorNotice";
import { LinkedText } from "../components/LinkedText";
import { MailFrame } from "../components/MailFrame";
import { type DispatchOutcome, runDispatcher } from "../dev-tools";
import { formatDateTime } from "../format";
import { myTimeZone } from "../my-zone";
import { pageTitle } from "../title";
import "../reminders.css";

const loadMail = async () => (await readBody(api.api.dev.mail.$get())).mail;

/** The message exactly as handed to SES, shown on request. A button rather than a nested
 * <details>, so that each mail keeps a single summary line. */
function RawMime(props: { raw: string; subject: string }) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  return (
    <>
      <button
        type="button"
        class="link"
        aria-expanded={open()}
        aria-controls={id}
        onClick={() => setOpen(!open())}
      >
        Raw MIME, as handed to SES
      </button>
      {/* It scrolls, so it takes keyboard focus to be scrolled without a mouse. */}
      <section
        id={id}
        class="raw-scroll"
        tabindex="0"
        hidden={!open()}
        aria-label={`Raw MIME of "${props.subject}"`}
      >
        <pre>{props.raw}</pre>
      </section>
    </>
  );
}

function MailItem(props: { mail: DevMail }) {
  return (
    <li class="mail">
      <details>
        <summary>
          <span class="mail-subject">{props.mail.subject}</span>
          <span class="mail-meta">
            to {props.mail.to.join(", ")} ·{" "}
            <time datetime={props.mail.sentAt}>
              {formatDateTime(props.mail.sentAt, myTimeZone())}
            </time>
          </span>
        </summary>
        <p class="mail-meta">From {props.mail.from}</p>
        <h3>Text</h3>
        <Show when={props.mail.text} fallback={<p class="meta">(no text part)</p>}>
          {(text) => <LinkedText text={text()} />}
        </Show>
        <Show when={props.mail.html}>
          {(html) => (
            <>
              <h3>HTML</h3>
              <MailFrame html={html()} title={`HTML of "${props.mail.subject}"`} />
            </>
          )}
        </Show>
        <Show when={props.mail.raw}>
          {(raw) => <RawMime raw={raw()} subject={props.mail.subject} />}
        </Show>
      </details>
    </li>
  );
}

const outcomeText = (o: DispatchOutcome) =>
  `Sent ${o.sent}, failed ${o.failed}, retried later ${o.retried}, cancelled ${o.cancelled}.`;

/** One run of the reminder dispatcher at the app's clock, as the timer would run it. */
function Dispatch(props: { onRun: () => void }) {
  const running = createAction();
  const [outcome, setOutcome] = createSignal<DispatchOutcome>();
  const run = async () => {
    const result = await running.run(runDispatcher, { status: "Running the dispatcher…" });
    if (!result) return;
    setOutcome(result);
    props.onRun();
  };
  return (
    <section aria-labelledby="dispatch-title" class="dev-tool">
      <h2 id="dispatch-title">Reminders due</h2>
      <p class="meta">The dispatcher also runs by itself every minute.</p>
      <button type="button" onClick={run} disabled={running.busy()} aria-busy={running.busy()}>
        Run the dispatcher now
      </button>
      <p role="status" aria-live="polite" data-testid="dispatch-outcome">
        {running.status() || (outcome() ? outcomeText(outcome() as DispatchOutcome) : "")}
      </p>
      <ErrorNotice message={running.error()} />
    </section>
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
      <DevClock />
      <Dispatch onRun={() => refetch()} />
      <h2>Mail</h2>
      <p class="meta">Times in {myTimeZone()}.</p>
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
