import { A, useParams } from "@solidjs/router";
import { createMemo, createResource, For, Show } from "solid-js";
import { createAction } from "../action";
import { agendaDays, clashCount, clashesOf } from "../agenda-view";
import { AsyncView } from "../components/AsyncView";
import { CalendarFeed } from "../components/CalendarFeed";
import { WorkStatus } from "../components/WorkStatus";
import { priorityLabels } from "../contact-view";
import { counted } from "../format";
import {
  type Agenda as AgendaData,
  type AgendaItem,
  downloadAgenda,
  loadAgenda,
} from "../planning";
import { dayLabel, roleLabels, timeRange } from "../program-view";
import { pageTitle } from "../title";

/** The sessions an agenda item overlaps, so the user can pick one. */
function ClashNote(props: { others: AgendaItem[]; timeZone: string }) {
  return (
    <Show when={props.others.length > 0}>
      <p class="clash-note">
        <strong>Overlaps with </strong>
        <For each={props.others}>
          {(other, i) => (
            <>
              {i() > 0 ? "; " : ""}“{other.session.title}” (
              {timeRange(other.session.start, other.session.end, props.timeZone)})
            </>
          )}
        </For>
        . Choose one.
      </p>
    </Show>
  );
}

function AgendaList(props: { agenda: AgendaData }) {
  pageTitle(`My agenda · ${props.agenda.conference.title}`);
  const zone = () => props.agenda.conference.timeZone;
  const days = createMemo(() => agendaDays(props.agenda.items, zone()));
  const clashes = () => clashCount(props.agenda.items);
  const id = () => props.agenda.conference.id;
  const saving = createAction();
  return (
    <>
      <p class="meta">
        {props.agenda.conference.title} · times in {zone()}
      </p>
      <nav class="actions" aria-label="This conference">
        <A href={`/conferences/${id()}`} class="button secondary-link">
          Program
        </A>
        <A href={`/conferences/${id()}/targets`} class="button secondary-link">
          Targets
        </A>
      </nav>
      <Show
        when={props.agenda.items.length > 0}
        fallback={
          <p class="empty">
            None of your targets is on the program yet. Flag the people you want to meet on the{" "}
            <A href={`/conferences/${id()}/targets`}>Targets page</A>, and their sessions appear
            here.
          </p>
        }
      >
        <p role="status">
          {props.agenda.items.length === 1
            ? "One session with your targets."
            : `${counted(props.agenda.items.length, "session")} with your targets.`}
          <Show when={clashes() > 0}>
            {" "}
            {clashes()} of them overlap another; each is marked, so you can choose.
          </Show>
        </p>
        <div class="actions">
          <button
            type="button"
            class="secondary"
            disabled={saving.busy()}
            onClick={() =>
              saving.run(() => downloadAgenda(id()), { status: "Preparing the file…" })
            }
          >
            Download .ics
          </button>
        </div>
        <WorkStatus action={saving} />
        <For each={days()}>
          {(day) => (
            <section aria-labelledby={`agenda-${day.key}`}>
              <h2 id={`agenda-${day.key}`}>{dayLabel(day.key)}</h2>
              <ol class="sessions">
                <For each={day.items}>
                  {(item) => (
                    <li class="session" classList={{ clash: item.overlapsWith.length > 0 }}>
                      <p class="session-time">
                        <time datetime={item.session.start}>
                          {timeRange(item.session.start, item.session.end, zone())}
                        </time>
                        <Show when={item.session.room}>
                          <span class="session-room"> · {item.session.room}</span>
                        </Show>
                      </p>
                      <h3 class="session-title">{item.session.title}</h3>
                      <ul class="people-inline">
                        <For each={item.targets}>
                          {(t) => (
                            <li>
                              <A href={`/contacts/${t.contactId}`}>{t.name}</A>
                              <span class="role"> — {roleLabels[t.role]}</span>
                              <span class="meta"> · {priorityLabels[t.priority]}</span>
                            </li>
                          )}
                        </For>
                      </ul>
                      <ClashNote others={clashesOf(item, props.agenda.items)} timeZone={zone()} />
                    </li>
                  )}
                </For>
              </ol>
            </section>
          )}
        </For>
      </Show>
    </>
  );
}

export function Agenda() {
  pageTitle("My agenda");
  const params = useParams();
  const [agenda] = createResource(() => params.id, loadAgenda);
  return (
    <section aria-labelledby="agenda-title">
      <h1 id="agenda-title">My agenda</h1>
      <AsyncView
        resource={agenda}
        loading="Loading your agenda…"
        afterError={<A href="/">Back to your conferences</A>}
      >
        {(loaded) => <AgendaList agenda={loaded} />}
      </AsyncView>
      <CalendarFeed />
    </section>
  );
}
