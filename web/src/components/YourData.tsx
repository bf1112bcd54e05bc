import { createSignal } from "solid-js";
import { contactLogUrl, download, downloadExport } from "../account";
import { messageOf } from "../api";
import { signOutEverywhere } from "../auth";
import { DeleteAccount } from "./DeleteAccount";
import { WorkStatus } from "./WorkStatus";

/** Export, sign out of every device, and delete: what the user can do with their account. */
export function YourData(props: { email: string }) {
  const [busy, setBusy] = createSignal<string>();
  const [error, setError] = createSignal<string>();

  const run = async (message: string, work: () => Promise<void>) => {
    setBusy(message);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="your-data-title" class="your-data">
      <h2 id="your-data-title">Your data</h2>
      <p class="meta">
        Signed in as <strong>{props.email}</strong>. Exports include everything Rapport keeps for
        you.
      </p>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          disabled={busy() !== undefined}
          onClick={() =>
            run("Preparing your export…", () =>
              downloadExport((page) => {
                if (page > 1) setBusy(`Preparing your export… part ${page}`);
              }),
            )
          }
        >
          Export my data
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy() !== undefined}
          onClick={() =>
            run("Preparing the contact log…", () =>
              download(contactLogUrl, "rapport-contact-log.csv"),
            )
          }
        >
          Download contact log (CSV)
        </button>
      </div>
      <WorkStatus busy={busy()} error={error()} />
      <h3>Devices</h3>
      <p class="meta">Lost a phone, or signed in on a shared computer? End every session.</p>
      <button
        type="button"
        class="secondary"
        disabled={busy() !== undefined}
        onClick={() => run("Signing out everywhere…", signOutEverywhere)}
      >
        Sign out everywhere
      </button>
      <h3>Delete</h3>
      <DeleteAccount email={props.email} />
    </section>
  );
}
