import { A, Navigate, useLocation, useNavigate } from "@solidjs/router";
import { createResource, For, Match, onCleanup, onMount, Show, Switch } from "solid-js";
import { createAction } from "../action";
import { authError, authState, clearNotice, currentProfile, notice } from "../auth";
import { AsyncView } from "../components/AsyncView";
import { ErrorNotice } from "../components/ErrorNotice";
import { MailProblemBanner } from "../components/MailProblemBanner";
import { NextEmail } from "../components/NextEmail";
import { AuthErrorNotice } from "../components/RequireSignIn";
import { listConferences, saveSampleConference } from "../conferences";
import { counted } from "../format";
import { dateSpan } from "../program-view";
import { pageTitle } from "../title";

function SampleButton() {
  const navigate = useNavigate();
  const loading = createAction();
  const load = () =>
    loading.run(async () => navigate(`/conferences/${(await saveSampleConference()).id}`), {
      leaves: true,
    });
  return (
    <>
      <button
        type="button"
        class="secondary"
        onClick={load}
        disabled={loading.busy()}
        aria-busy={loading.busy()}
      >
        {loading.busy() ? "Loading the sample…" : "Try a sample conference"}
      </button>
      <ErrorNotice message={loading.error()} />
    </>
  );
}

function MyConferences() {
  const [conferences] = createResource(listConferences);
  const location = useLocation<{ deleted?: string }>();
  const navigate = useNavigate();
  // Said once: the history entry forgets it, so a reload or Back does not say it again.
  const deleted = location.state?.deleted;
  onMount(() => {
    if (deleted) navigate(location.pathname, { replace: true, state: {} });
  });
  return (
    <>
      <MailProblemBanner />
      <h1 id="home-title">My conferences</h1>
      <Show when={deleted}>
        <p class="notice" role="status">
          Deleted “{deleted}” and its program.
        </p>
      </Show>
      <div class="actions">
        <A href="/import" class="button">
          Import a program
        </A>
        <SampleButton />
      </div>
      <AsyncView resource={conferences} loading="Loading your conferences…">
        {(list) => (
          <Show
            when={list.length > 0}
            fallback={
              <p class="empty">
                No conferences yet. Import the program of your next meeting (a calendar file, a
                spreadsheet, a schedule feed or text copied from the PDF), or try the sample
                congress to see how Rapport works.
              </p>
            }
          >
            <NextEmail titles={new Map(list.map((c) => [c.id, c.title]))} />
            <ul class="cards">
              <For each={list}>
                {(c) => (
                  <li class="card">
                    <A href={`/conferences/${c.id}`} class="card-title">
                      {c.title}
                    </A>
                    <p class="meta">
                      {dateSpan(c.startDate, c.endDate)} · {c.timeZone}
                    </p>
                    <p class="meta">
                      {counted(c.sessionCount, "session")} ·{" "}
                      {counted(c.peopleCount, "person", "people")} · {counted(c.roomCount, "room")}
                    </p>
                    <nav class="card-links" aria-label={c.title}>
                      <A href={`/conferences/${c.id}`}>Program</A>
                      <A href={`/conferences/${c.id}/targets`}>Targets</A>
                      <A href={`/conferences/${c.id}/agenda`}>Agenda</A>
                      <A href={`/conferences/${c.id}/schedule`}>Email schedule</A>
                    </nav>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </AsyncView>
    </>
  );
}

/** What a signed-out visitor sees: what Rapport is for and the way in. */
function Introduction() {
  return (
    <>
      <h1 id="home-title">Rapport</h1>
      <p class="lead">
        A networking planner for surgical conferences, built for international medical graduates
        working toward a categorical position.
      </p>
      <ul class="steps">
        <li>
          <strong>Plan.</strong> Import the program, find the faculty from the programs you want,
          and get an intro email drafted for each.
        </li>
        <li>
          <strong>Day of.</strong> A phone checklist of who speaks when and where, with your intro
          script and notes.
        </li>
        <li>
          <strong>After.</strong> Reminders in your own inbox to follow up, with drafts built from
          your notes.
        </li>
      </ul>
      <div class="actions">
        <A href="/sign-in" class="button">
          Sign in with your email
        </A>
      </div>
      <p class="meta">No password: we email you a link. A new address gets a new account.</p>
    </>
  );
}

export function Home() {
  pageTitle("");
  onCleanup(clearNotice);
  return (
    <section aria-labelledby="home-title">
      <Show when={notice()}>
        <p class="notice" role="status">
          {notice()}
        </p>
      </Show>
      <Switch
        fallback={
          <>
            <h1 id="home-title">Rapport</h1>
            <p class="notice" role="status" aria-live="polite">
              Checking your sign-in…
            </p>
          </>
        }
      >
        <Match when={authState()?.kind === "out"}>
          <Introduction />
        </Match>
        <Match when={authError()}>
          {(message) => (
            <>
              <h1 id="home-title">Rapport</h1>
              <AuthErrorNotice message={message()} />
            </>
          )}
        </Match>
        <Match when={currentProfile()}>
          {(profile) => (
            <Show when={profile().onboarded} fallback={<Navigate href="/welcome" />}>
              <MyConferences />
            </Show>
          )}
        </Match>
      </Switch>
    </section>
  );
}
