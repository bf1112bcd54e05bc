import { Tabs } from "@kobalte/core/tabs";
import { A, useNavigate, useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import { createAction } from "../action";
import { messageOf } from "../api";
import { AsyncView } from "../components/AsyncView";
import { ErrorNotice } from "../components/ErrorNotice";
import { FlagNoticeBar } from "../components/Flagging";
import { PeopleView } from "../components/PeopleView";
import { PersonView } from "../components/PersonView";
import { SessionList } from "../components/SessionList";
import { WarningList } from "../components/WarningList";
import { deleteConference, type LoadedConference, loadConference } from "../conferences";
import { createFlags } from "../flags";
import { counted } from "../format";
import {
  dateSpan,
  dayLabel,
  foundInDetails,
  groupByDay,
  search,
  searchIndex,
} from "../program-view";
import { settled } from "../settled";
import { pageTitle } from "../title";

/** Search results render at most this many sessions at once; the count says how many matched. */
const maxShown = 200;

function ProgramBrowser(props: { data: LoadedConference }) {
  pageTitle(props.data.conference.title);
  const navigate = useNavigate();
  const zone = () => props.data.conference.timeZone;
  const people = createMemo(() => new Map(props.data.people.map((p) => [p.id, p])));
  const flags = createFlags(() => props.data.conference.id);
  const [shown, setShown] = createSignal<string>();
  const [opener, setOpener] = createSignal<HTMLElement>();
  const flaggedCount = () => {
    const list = settled(flags.contacts);
    if (flags.contacts.error) {
      return `Your flags could not be loaded: ${messageOf(flags.contacts.error)} Reload to try again.`;
    }
    if (!list) return "Loading your targets…";
    if (list.length === 0) {
      return "No one flagged yet. Flag the people you want to meet, here or on the Targets page.";
    }
    return `${list.length === 1 ? "One person" : `${list.length} people`} flagged.`;
  };
  const openPerson = (personId: string, from: HTMLElement) => {
    setOpener(from);
    setShown(personId);
  };
  const index = createMemo(() => searchIndex(props.data.sessions, people()));
  const [query, setQuery] = createSignal("");
  const [tab, setTab] = createSignal<string>();
  const days = createMemo(() => groupByDay(search(props.data.sessions, index(), query()), zone()));
  const allDays = createMemo(() => groupByDay(props.data.sessions, zone()).map((d) => d.key));
  const selected = () => tab() ?? allDays()[0] ?? "people";
  const matches = () => days().reduce((n, d) => n + d.sessions.length, 0);
  const searching = () => query().trim() !== "";
  const matchesOn = (key: string) => days().find((d) => d.key === key)?.sessions ?? [];
  const warnings = () => props.data.warnings ?? [];
  let tabList: HTMLDivElement | undefined;
  // The button pressed goes away with the day it was on, so focus moves to the day's tab.
  const showDay = (key: string) => {
    setTab(key);
    queueMicrotask(() => tabList?.querySelector<HTMLElement>("[data-selected]")?.focus());
  };

  const removing = createAction();
  const remove = () => {
    const { id, title } = props.data.conference;
    if (!window.confirm(`Delete “${title}” and its whole program?`)) return;
    removing.run(
      async () => {
        await deleteConference(id);
        navigate("/", { state: { deleted: title } });
      },
      { leaves: true, failure: (e) => `Not deleted: ${messageOf(e)}` },
    );
  };

  return (
    <>
      <header class="page-head">
        <h1 id="program-title">{props.data.conference.title}</h1>
        <p class="meta">
          {dateSpan(props.data.conference.startDate, props.data.conference.endDate)} · times in{" "}
          {zone()} · {counted(props.data.conference.sessionCount, "session")} ·{" "}
          {counted(props.data.conference.peopleCount, "person", "people")}
        </p>
        <nav class="actions" aria-label="This conference">
          <A href={`/conferences/${props.data.conference.id}/targets`} class="button">
            Targets and suggestions
          </A>
          <A href={`/conferences/${props.data.conference.id}/agenda`} class="button secondary-link">
            My agenda
          </A>
          <A
            href={`/conferences/${props.data.conference.id}/schedule`}
            class="button secondary-link"
          >
            Email schedule
          </A>
        </nav>

        <Show when={warnings().length > 0}>
          <details class="import-warnings">
            <summary>{counted(warnings().length, "import warning")}</summary>
            <WarningList warnings={warnings()} />
          </details>
        </Show>
      </header>
      {/* Each flag change is announced by the notice bar; this line only shows the total. */}
      <p class="meta">{flaggedCount()}</p>
      <div class="field search">
        <label for="program-search">Search people, titles, tracks, rooms and details</label>
        <input
          id="program-search"
          type="search"
          value={query()}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <Show when={query().trim()}>
          <p class="meta" role="status">
            {counted(matches(), "matching session")}
          </p>
        </Show>
      </div>
      <Tabs value={selected()} onChange={setTab} class="tabs">
        <Tabs.List class="tab-list" aria-label="Program days" ref={tabList}>
          <For each={allDays()}>
            {(key) => (
              <Tabs.Trigger class="tab" value={key}>
                {dayLabel(key)}
                <Show when={searching()}>
                  <span class="tab-count"> ({matchesOn(key).length})</span>
                </Show>
              </Tabs.Trigger>
            )}
          </For>
          <Tabs.Trigger class="tab" value="people">
            People
          </Tabs.Trigger>
        </Tabs.List>
        <For each={allDays()}>
          {(key) => (
            <Tabs.Content value={key} class="tab-panel">
              <h2 class="visually-hidden">Sessions on {dayLabel(key)}</h2>
              {(() => {
                const day = () => matchesOn(key);
                const elsewhere = () => allDays().filter((k) => matchesOn(k).length > 0);
                return (
                  <Show
                    when={day().length > 0}
                    fallback={
                      <div class="empty">
                        <p>No sessions on this day match “{query()}”.</p>
                        <Show when={elsewhere().length > 0}>
                          <p>
                            Matches on{" "}
                            <For each={elsewhere()}>
                              {(k, i) => (
                                <>
                                  {i() > 0 ? ", " : ""}
                                  <button type="button" class="link" onClick={() => showDay(k)}>
                                    {dayLabel(k)} ({matchesOn(k).length})
                                  </button>
                                </>
                              )}
                            </For>
                          </p>
                        </Show>
                      </div>
                    }
                  >
                    <SessionList
                      sessions={day().slice(0, maxShown)}
                      people={people()}
                      timeZone={zone()}
                      flags={flags}
                      onOpenPerson={openPerson}
                      matchedInDetails={(s) => searching() && foundInDetails(s, index(), query())}
                    />
                    <Show when={day().length > maxShown}>
                      <p class="meta">
                        Showing the first {maxShown} of {day().length} sessions. Search to narrow
                        the list.
                      </p>
                    </Show>
                  </Show>
                );
              })()}
            </Tabs.Content>
          )}
        </For>
        <Tabs.Content value="people" class="tab-panel">
          <h2 class="visually-hidden">People on the program</h2>
          <PeopleView
            people={props.data.people}
            query={query()}
            flags={flags}
            onOpenPerson={openPerson}
          />
        </Tabs.Content>
      </Tabs>
      <PersonView
        person={shown() ? people().get(shown() ?? "") : undefined}
        opener={opener()}
        sessions={props.data.sessions}
        timeZone={zone()}
        flags={flags}
        onClose={() => setShown(undefined)}
      />
      <FlagNoticeBar flags={flags} />
      <button type="button" class="danger" onClick={remove}>
        Delete this conference
      </button>
      <ErrorNotice message={removing.error()} />
    </>
  );
}

export function Program() {
  pageTitle("Program");
  const params = useParams();
  const [progress, setProgress] = createSignal("Loading the program…");
  const [data] = createResource(
    () => params.id,
    (id) =>
      loadConference(id, (loaded, total) =>
        setProgress(`Loading the program… ${loaded} of ${total} sessions`),
      ),
  );
  return (
    <section aria-labelledby="program-title">
      <AsyncView
        resource={data}
        loading={progress()}
        afterError={<A href="/">Back to your conferences</A>}
      >
        {(loaded) => <ProgramBrowser data={loaded} />}
      </AsyncView>
    </section>
  );
}
