import { AsyncView } from "../components/AsyncView";
import { health, refetchHealth } from "../health";
import { pageTitle } from "../title";

const label = (state: "ok" | "unreachable") => (state === "ok" ? "reachable" : "unreachable");

/** The server's version and whether it reaches its database and its mail service. */
export function Status() {
  pageTitle("System status");
  return (
    <section aria-labelledby="status-title">
      <h1 id="status-title">System status</h1>
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
