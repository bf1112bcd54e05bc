import { A, useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { ConferenceSummary } from "../../../schemas/conference";
import { kindNames } from "../../../schemas/mail-plan";
import { currentProfile } from "../auth";
import { AsyncView } from "../components/AsyncView";
import { ScheduledMailItem } from "../components/ScheduledMailItem";
import { findConference } from "../conferences";
import { nameWithCredentials } from "../contact-view";
import { listContacts } from "../contacts";
import { myTimeZone } from "../my-zone";
import { loadSchedule, type ScheduledEmail } from "../reminders";
import { bySendTime } from "../schedule-view";
import { pageTitle } from "../title";
import "../reminders.css";

interface Loaded {
  /** The conference whose email this is; none for the whole schedule. */
  conference?: ConferenceSummary;
  emails: ScheduledEmail[];
  names: Map<string, string>;
}

async function load({ id }: { id?: string }): Promise<Loaded> {
  const [emails, conference, contacts] = await Promise.all([
    loadSchedule(id),
    id ? findConference(id) : undefined,
    listContacts(id),
  ]);
  const names = new Map(contacts.map((c) => [c.id, nameWithCredentials(c)]));
  return conference ? { conference, emails, names } : { emails, names };
}

/** Mail still to go out (or held back by the user) comes first, soonest first; what is done with
 * comes after, latest first. */
const waiting = (m: ScheduledEmail) =>
  m.status === "planned" || m.status === "sending" || m.status === "skipped";

function MailList(props: {
  ids: string[];
  byId: ReadonlyMap<string, ScheduledEmail>;
  names: ReadonlyMap<string, string>;
  onChange: (mail: ScheduledEmail) => void;
}) {
  return (
    <ol class="schedule">
      {/* Keyed by id, so an item keeps its focus and its messages when its email changes. */}
      <For each={props.ids}>
        {(id) => (
          <Show when={props.byId.get(id)}>
            {(mail) => (
              <ScheduledMailItem
                mail={mail()}
                names={props.names}
                timeZone={myTimeZone()}
                onChange={props.onChange}
              />
            )}
          </Show>
        )}
      </For>
    </ol>
  );
}

function ScheduleView(props: { loaded: Loaded }) {
  const [emails, setEmails] = createSignal(props.loaded.emails);
  const byId = createMemo(() => new Map(emails().map((m) => [m.id, m])));
  const upcoming = createMemo(() =>
    emails()
      .filter(waiting)
      .sort(bySendTime)
      .map((m) => m.id),
  );
  const done = createMemo(() =>
    emails()
      .filter((m) => !waiting(m))
      .sort((a, b) => bySendTime(b, a))
      .map((m) => m.id),
  );
  const replace = (mail: ScheduledEmail) =>
    setEmails((list) => list.map((m) => (m.id === mail.id ? mail : m)));
  const conference = () => props.loaded.conference;
  const kindsOff = () => (currentProfile()?.mailKindsOff ?? []).map((k) => kindNames[k]);
  if (conference()) pageTitle(`Email schedule · ${conference()?.title}`);

  const targetsLink = (text: JSX.Element) => {
    const c = conference();
    return c ? <A href={`/conferences/${c.id}/targets`}>{text}</A> : text;
  };

  return (
    <>
      <p class="meta">
        {conference()?.title ?? "Every reminder Rapport plans for you"} · times in {myTimeZone()}
      </p>
      <Show when={conference()}>
        {(c) => (
          <nav class="actions" aria-label="This conference">
            <A href={`/conferences/${c().id}`} class="button secondary-link">
              Program
            </A>
            <A href={`/conferences/${c().id}/targets`} class="button secondary-link">
              Targets
            </A>
          </nav>
        )}
      </Show>
      <p>
        Reminders go to {currentProfile()?.email}, never to anyone else. Each is written when it
        goes out, from your plan as it is then: open a preview to read it as it would go now.
      </p>
      <Show when={kindsOff().length > 0}>
        <p class="notice">
          You turned off {kindsOff().join(", ")}; they are not planned. Turn them back on in{" "}
          <A href="/settings">Settings</A>.
        </p>
      </Show>
      <Show
        when={emails().length > 0}
        fallback={
          <p class="empty">
            No emails planned yet. Flag the people you want to meet on{" "}
            {targetsLink(conference() ? "the Targets page" : "a conference's Targets page")}:
            Rapport then plans a reminder to write to them, a plan for each day you can catch them
            and a reminder to follow up.
          </p>
        }
      >
        <h2 id="upcoming-title">Coming up</h2>
        <Show
          when={upcoming().length > 0}
          fallback={<p class="empty">Nothing left to go out. Flag more people to plan more.</p>}
        >
          <MailList ids={upcoming()} byId={byId()} names={props.loaded.names} onChange={replace} />
        </Show>
        <Show when={done().length > 0}>
          <h2 id="done-title">Sent and set aside</h2>
          <MailList ids={done()} byId={byId()} names={props.loaded.names} onChange={replace} />
        </Show>
      </Show>
    </>
  );
}

/** The email schedule of one conference (`/conferences/:id/schedule`) or of every reminder
 * (`/schedule`), in the user's zone. */
export function Schedule() {
  pageTitle("Email schedule");
  const params = useParams();
  const [loaded] = createResource(() => ({ id: params.id }), load);
  return (
    <section aria-labelledby="schedule-title">
      <h1 id="schedule-title">Email schedule</h1>
      <AsyncView
        resource={loaded}
        loading="Loading your email schedule…"
        afterError={<A href="/">Back to your conferences</A>}
      >
        {(value) => <ScheduleView loaded={value} />}
      </AsyncView>
    </section>
  );
}
