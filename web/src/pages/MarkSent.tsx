import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import { createAction } from "../action";
import { AsyncView } from "../components/AsyncView";
import { ErrorNotice } from "../components/ErrorNotice";
import { nameWithCredentials } from "../contact-view";
import { type FullContact, logInteraction, newEntryId, readContact } from "../contacts";
import { formatDateTime } from "../format";
import { myTimeZone } from "../my-zone";
import { pageTitle } from "../title";

/** One button that logs the intro email as sent. The entry's id is chosen once, so a second press
 * or a retry after a lost answer logs it once. */
function Confirm(props: { contact: FullContact; emailedBefore?: string }) {
  const entryId = newEntryId();
  const logging = createAction();
  const [done, setDone] = createSignal(false);
  let said: HTMLParagraphElement | undefined;
  const name = () => props.contact.name;
  const mark = async () => {
    const logged = await logging.run(() =>
      logInteraction(props.contact.id, { kind: "emailed", note: "", id: entryId }),
    );
    if (!logged) return;
    setDone(true);
    said?.focus();
  };
  return (
    <Show
      when={done()}
      fallback={
        <>
          <p>
            Did you send your intro email to {nameWithCredentials(props.contact)}? Rapport logs it,
            takes them off your outreach reminders and times the follow-up from it.
          </p>
          <Show when={props.emailedBefore}>
            {(at) => (
              <p class="meta">
                You already logged an email to {name()} on {at()}.
              </p>
            )}
          </Show>
          <button type="button" onClick={mark} disabled={logging.busy()} aria-busy={logging.busy()}>
            {logging.busy() ? "Marking…" : `Mark as sent to ${name()}`}
          </button>
          <ErrorNotice message={logging.error()} />
        </>
      }
    >
      <p class="notice" role="status" tabindex="-1" ref={said}>
        Marked as sent: your email to {name()} is in their timeline.
      </p>
      <p>
        <A href={`/contacts/${props.contact.id}`}>Open {name()}'s page</A>
      </p>
    </Show>
  );
}

/** `/contacts/:id/sent`, the "mark as sent" link of an outreach reminder. */
export function MarkSent() {
  pageTitle("Mark as sent");
  const params = useParams();
  const [contact] = createResource(() => params.id, readContact);
  return (
    <section aria-labelledby="mark-sent-title" class="narrow">
      <h1 id="mark-sent-title">Mark as sent</h1>
      <AsyncView
        resource={contact}
        loading="Loading the contact…"
        afterError={<A href="/contacts">Back to your contacts</A>}
      >
        {(read) => {
          const emailed = read.log.find((entry) => entry.kind === "emailed");
          return (
            <Confirm
              contact={read.contact}
              emailedBefore={emailed ? formatDateTime(emailed.at, myTimeZone()) : undefined}
            />
          );
        }}
      </AsyncView>
    </section>
  );
}
