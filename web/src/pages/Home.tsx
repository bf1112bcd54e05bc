import { AsyncView } from "../components/AsyncView";
import { health, refetchHealth } from "../health";

const label = (state: "ok" | "unreachable") => (state === "ok" ? "reachable" : "unreachable");

export function Home() {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Rapport</h1>
      <p class="lead">
        Plan who to meet at your next conference, keep a checklist on the day, and follow up after.
      </p>
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
