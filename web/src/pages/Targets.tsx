import { A, useParams } from "@solidjs/router";
import {
  createMemo,
  createResource,
  createSignal,
  For,
  Index,
  Match,
  Show,
  Switch,
} from "solid-js";
import type { ConferenceSummary } from "../../../schemas/conference";
import { type Contact, priorities } from "../../../schemas/contact";
import { createAction } from "../action";
import { messageOf } from "../api";
import { currentProfile } from "../auth";
import { AsyncView } from "../components/AsyncView";
import { ErrorNotice } from "../components/ErrorNotice";
import { FlagNoticeBar } from "../components/Flagging";
import { findConference } from "../conferences";
import { sortRows } from "../contact-log";
import { nameWithCredentials, priorityLabels, statusLabels } from "../contact-view";
import { dismissSuggestion, listSuggestions, type SuggestionItem } from "../contacts";
import { createFlags, type Flags } from "../flags";
import { dateSpan } from "../program-view";
import { settled } from "../settled";
import { pageTitle } from "../title";

/** Suggestions come in pages of this many, so a long list stays quick to scan and to render. */
const pageSize = 10;

function Suggestions(props: { conferenceId: string; flags: Flags }) {
  const [suggestions, { mutate }] = createResource(() => props.conferenceId, listSuggestions);
  const [shown, setShown] = createSignal(pageSize);
  const dismissing = createAction();
  let list: HTMLOListElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  const noTargets = () => {
    const profile = currentProfile();
    return profile !== undefined && profile.targetPrograms.length + profile.interests.length === 0;
  };

  /** The card goes away with the button pressed: focus moves to the next card, or the heading. */
  const remove = (personId: string) => {
    const items = settled(suggestions) ?? [];
    const at = items.findIndex((s) => s.personId === personId);
    mutate(items.filter((s) => s.personId !== personId));
    queueMicrotask(() => {
      const cards = list?.querySelectorAll<HTMLElement>(".suggestion") ?? [];
      const next = cards[Math.min(at, cards.length - 1)];
      (next?.querySelector<HTMLElement>("button") ?? heading)?.focus();
    });
  };
  const accept = async (s: SuggestionItem) => {
    if (await props.flags.flag(s.personId, s.name)) remove(s.personId);
  };
  const dismiss = async (s: SuggestionItem) => {
    const done = await dismissing.run(() => dismissSuggestion(props.conferenceId, s.personId), {
      failure: (e) => `Not dismissed: ${messageOf(e)}`,
    });
    if (done) remove(s.personId);
  };
  const busy = () => dismissing.busy() || props.flags.action.busy();

  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" tabindex="-1" ref={heading}>
        Suggestions
      </h2>
      <p class="meta">
        Speakers from your target programs, session chairs and speakers in tracks that match your
        interests, strongest first.
      </p>
      <AsyncView resource={suggestions} loading="Finding people to suggest…">
        {(items) => (
          <Show
            when={items.length > 0}
            fallback={
              <p class="empty">
                {noTargets() ? (
                  <>
                    No suggestions yet: add your target programs and interests in{" "}
                    <A href="/settings">Settings</A>, then come back.
                  </>
                ) : (
                  <>
                    No more suggestions. Browse the{" "}
                    <A href={`/conferences/${props.conferenceId}`}>program</A> to flag anyone else
                    you want to meet.
                  </>
                )}
              </p>
            }
          >
            <p class="meta" role="status">
              {items.length === 1 ? "One suggestion" : `${items.length} suggestions`}
            </p>
            <ol class="cards suggestions" ref={list}>
              <For each={items.slice(0, shown())}>
                {(s) => (
                  <li class="card suggestion">
                    <h3 class="card-title">{nameWithCredentials(s)}</h3>
                    <Show when={s.affiliation}>
                      <p class="meta">{s.affiliation}</p>
                    </Show>
                    <ul class="reasons">
                      <For each={s.reasons}>{(r) => <li>{r.text}</li>}</For>
                    </ul>
                    <div class="actions">
                      <button
                        type="button"
                        aria-disabled={busy()}
                        aria-busy={props.flags.pending() === s.personId}
                        onClick={() => !busy() && accept(s)}
                      >
                        Flag<span class="visually-hidden"> {s.name}</span>
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        aria-disabled={busy()}
                        onClick={() => !busy() && dismiss(s)}
                      >
                        Dismiss<span class="visually-hidden"> {s.name}</span>
                      </button>
                    </div>
                  </li>
                )}
              </For>
            </ol>
            <Show when={items.length > shown()}>
              <button type="button" class="secondary" onClick={() => setShown((n) => n + pageSize)}>
                Show {Math.min(pageSize, items.length - shown())} more
              </button>
            </Show>
          </Show>
        )}
      </AsyncView>
      <ErrorNotice message={dismissing.error()} />
    </section>
  );
}

function FlaggedTargets(props: { conferenceId: string; flags: Flags }) {
  // In name order, so that a row stays where it is (and keeps focus) when its priority changes.
  const sorted = createMemo(() => sortRows(props.flags.list(), "name", "ascending"));
  return (
    <section aria-labelledby="flagged-title">
      <h2 id="flagged-title">Your targets</h2>
      {/* Not keyed by the list: a row changed in place keeps its elements, and focus. */}
      <Switch
        fallback={
          <p class="notice" role="status" aria-live="polite">
            Loading your targets…
          </p>
        }
      >
        <Match when={props.flags.contacts.error}>
          <ErrorNotice message={messageOf(props.flags.contacts.error)} />
        </Match>
        <Match when={settled(props.flags.contacts) !== undefined}>
          <Show
            when={sorted().length > 0}
            fallback={
              <p class="empty">
                No targets yet. Flag a suggestion above, or flag people as you browse the{" "}
                <A href={`/conferences/${props.conferenceId}`}>program</A>.
              </p>
            }
          >
            <ul class="targets">
              <Index each={sorted()}>
                {(c) => (
                  <li class="target">
                    <div class="target-who">
                      <A href={`/contacts/${c().id}`} class="card-title">
                        {nameWithCredentials(c())}
                      </A>
                      <p class="meta">
                        {[c().institution, statusLabels[c().status]].filter(Boolean).join(" · ")}
                      </p>
                    </div>
                    <div class="field inline-field">
                      <label for={`priority-${c().id}`}>
                        Priority<span class="visually-hidden"> for {c().name}</span>
                      </label>
                      <select
                        id={`priority-${c().id}`}
                        value={c().priority}
                        aria-busy={props.flags.pending() === (c().personId ?? c().id)}
                        onChange={(e) =>
                          props.flags.prioritize(c(), e.currentTarget.value as Contact["priority"])
                        }
                      >
                        <For each={priorities}>
                          {(p) => <option value={p}>{priorityLabels[p]}</option>}
                        </For>
                      </select>
                    </div>
                  </li>
                )}
              </Index>
            </ul>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}

function TargetsOf(props: { conference: ConferenceSummary }) {
  pageTitle(`Targets · ${props.conference.title}`);
  const flags = createFlags(() => props.conference.id);
  return (
    <>
      <header class="page-head">
        <h1 id="targets-title">Targets</h1>
        <p class="meta">
          {props.conference.title} ·{" "}
          {dateSpan(props.conference.startDate, props.conference.endDate)}
        </p>
        <nav class="actions" aria-label="This conference">
          <A href={`/conferences/${props.conference.id}`} class="button secondary-link">
            Program
          </A>
          <A href={`/conferences/${props.conference.id}/agenda`} class="button secondary-link">
            My agenda
          </A>
        </nav>
      </header>
      <Suggestions conferenceId={props.conference.id} flags={flags} />
      <FlaggedTargets conferenceId={props.conference.id} flags={flags} />
      <FlagNoticeBar flags={flags} />
    </>
  );
}

export function Targets() {
  pageTitle("Targets");
  const params = useParams();
  const [conference] = createResource(() => params.id, findConference);
  return (
    <section aria-labelledby="targets-title">
      <AsyncView
        resource={conference}
        loading="Loading the conference…"
        afterError={<A href="/">Back to your conferences</A>}
      >
        {(c) => <TargetsOf conference={c} />}
      </AsyncView>
    </section>
  );
}
