import { A, useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import type { ConferenceSummary } from "../../../schemas/conference";
import { createAction } from "../action";
import { messageOf } from "../api";
import { currentProfile } from "../auth";
import { AsyncView } from "../components/AsyncView";
import { ContactForm } from "../components/ContactForm";
import { DraftsView } from "../components/DraftsView";
import { ErrorNotice } from "../components/ErrorNotice";
import { Timeline } from "../components/Timeline";
import { listConferences } from "../conferences";
import { nameWithCredentials, priorityLabels, statusLabels } from "../contact-view";
import { type ContactWithLog, deleteContact, readContact } from "../contacts";
import { browserTimeZone } from "../format";
import { dayKey, dayLabel, roleLabels, timeRange } from "../program-view";
import { pageTitle } from "../title";

interface Loaded extends ContactWithLog {
  /** The conference the contact belongs to, when it still exists. */
  conference?: ConferenceSummary;
}

async function load(id: string): Promise<Loaded> {
  const [read, conferences] = await Promise.all([readContact(id), listConferences()]);
  const conference = conferences.find((c) => c.id === read.contact.conferenceId);
  return conference ? { ...read, conference } : read;
}

function ContactView(props: { loaded: Loaded }) {
  const navigate = useNavigate();
  const [contact, setContact] = createSignal(props.loaded.contact);
  const [log, setLog] = createSignal(props.loaded.log);
  pageTitle(props.loaded.contact.name);
  /** Times of the conference (its sessions, what happened there) are shown in its zone; a
   * contact met elsewhere is on the user's own clock. */
  const zone = () =>
    props.loaded.conference?.timeZone ?? currentProfile()?.timeZone ?? browserTimeZone();
  const removing = createAction();

  const remove = () => {
    const c = contact();
    const entries = log().length;
    const lost =
      entries === 0
        ? ""
        : ` Its ${entries === 1 ? "logged entry goes" : `${entries} logged entries go`} too.`;
    if (!window.confirm(`Delete ${c.name} from your contacts?${lost}`)) return;
    removing.run(
      async () => {
        await deleteContact(c.id);
        navigate("/contacts", { state: { deleted: c.name } });
      },
      { leaves: true, failure: (e) => `Not deleted: ${messageOf(e)}` },
    );
  };

  return (
    <>
      <header class="page-head">
        <h1 id="contact-title">{nameWithCredentials(contact())}</h1>
        <p class="meta">{[contact().title, contact().institution].filter(Boolean).join(", ")}</p>
        <p class="meta">
          <span class="badge">{statusLabels[contact().status]}</span>{" "}
          {priorityLabels[contact().priority]}
          <Show when={props.loaded.conference}>
            {(conference) => (
              <>
                {" · "}
                <A href={`/conferences/${conference().id}`}>{conference().title}</A>
              </>
            )}
          </Show>
        </p>
      </header>

      <Timeline
        contact={contact()}
        log={log()}
        timeZone={zone()}
        onChange={(next, entries) => {
          setContact((old) => ({ ...old, status: next.status, lastContact: next.lastContact }));
          setLog(entries);
        }}
      />

      <Show when={contact().sessions.length > 0}>
        <section aria-labelledby="contact-sessions-title">
          <h2 id="contact-sessions-title">Their sessions</h2>
          <p class="meta">Times in {zone()}.</p>
          <ul class="person-sessions">
            <For each={contact().sessions}>
              {(s) => (
                <li>
                  <p class="session-time">
                    {dayLabel(dayKey(s.start, zone()))},{" "}
                    <time datetime={s.start}>{timeRange(s.start, s.end, zone())}</time>
                    <Show when={s.room}> · {s.room}</Show>
                  </p>
                  <p class="person-session-title">
                    {s.title} <span class="role">— {roleLabels[s.role]}</span>
                  </p>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <section aria-labelledby="contact-details-title">
        <h2 id="contact-details-title">Details</h2>
        <ContactForm contact={props.loaded.contact} onSaved={setContact} />
      </section>

      <DraftsView
        contactId={contact().id}
        revision={`${contact().version} ${contact().status} ${log().length}`}
      />

      <button type="button" class="danger" disabled={removing.busy()} onClick={remove}>
        Delete this contact
      </button>
      <ErrorNotice message={removing.error()} />
    </>
  );
}

export function Contact() {
  pageTitle("Contact");
  const params = useParams();
  const [loaded] = createResource(() => params.id, load);
  return (
    <section aria-labelledby="contact-title">
      <AsyncView
        resource={loaded}
        loading="Loading the contact…"
        afterError={<A href="/contacts">Back to your contacts</A>}
      >
        {(value) => <ContactView loaded={value} />}
      </AsyncView>
    </section>
  );
}
