import { A, useNavigate } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { AsyncView } from "../components/AsyncView";
import { listConferences, saveSampleConference } from "../conferences";
import { health, refetchHealth } from "../health";
import { dayLabel } from "../program-view";

const label = (state: "ok" | "unreachable") => (state === "ok" ? "reachable" : "unreachable");

function SampleButton() {
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const load = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await saveSampleConference();
      navigate(`/conferences/${saved.id}`);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="secondary" onClick={load} disabled={busy()} aria-busy={busy()}>
        {busy() ? "Loading the sample…" : "Try a sample conference"}
      </button>
      <Show when={error()}>
        <p class="notice notice-error" role="alert">
          {error()}
        </p>
      </Show>
    </>
  );
}

export function Home() {
  const [conferences] = createResource(listConferences);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">My conferences</h1>
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
            <ul class="cards">
              <For each={list}>
                {(c) => (
                  <li class="card">
                    <A href={`/conferences/${c.id}`} class="card-title">
                      {c.title}
                    </A>
                    <p class="meta">
                      {dayLabel(c.startDate)} – {dayLabel(c.endDate)} · {c.timeZone}
                    </p>
                    <p class="meta">
                      {c.sessionCount} sessions · {c.peopleCount} people · {c.roomCount} rooms
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </AsyncView>
      <h2>System status</h2>
      <AsyncView resource={health} loading="Checking the server…">
        {(h) => (
          <dl class="status" data-testid="health">
            <dt>Version</dt>
            <dd>{h.version}</dd>
            <dt>Mode</dt>
            <dd>{h.mode === "local" ? "Local" : "AWS"}</dd>
            <dt>Database</dt>
            <dd class={`state-${h.database}`}>{label(h.database)}</dd>
            <dt>Email</dt>
            <dd class={`state-${h.mail}`}>{label(h.mail)}</dd>
          </dl>
        )}
      </AsyncView>
      <button type="button" class="secondary" onClick={() => refetchHealth()}>
        Check again
      </button>
    </section>
  );
}
