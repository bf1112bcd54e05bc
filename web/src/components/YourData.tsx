import { downloadContactLog, downloadExport } from "../account";
import { createAction } from "../action";
import { signOutEverywhere } from "../auth";
import { DeleteAccount } from "./DeleteAccount";
import { WorkStatus } from "./WorkStatus";

/** Export, sign out of every device, and delete: what the user can do with their account. */
export function YourData(props: { email: string }) {
  const work = createAction();

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
          disabled={work.busy()}
          onClick={() =>
            work.run(
              () =>
                downloadExport((page) => {
                  if (page > 1) work.progress(`Preparing your export… part ${page}`);
                }),
              { status: "Preparing your export…" },
            )
          }
        >
          Export my data
        </button>
        <button
          type="button"
          class="secondary"
          disabled={work.busy()}
          onClick={() => work.run(downloadContactLog, { status: "Preparing the contact log…" })}
        >
          Download contact log (CSV)
        </button>
      </div>
      <WorkStatus action={work} />
      <h3>Devices</h3>
      <p class="meta">Lost a phone, or signed in on a shared computer? End every session.</p>
      <button
        type="button"
        class="secondary"
        disabled={work.busy()}
        onClick={() => work.run(signOutEverywhere, { status: "Signing out everywhere…" })}
      >
        Sign out everywhere
      </button>
      <h3>Delete</h3>
      <DeleteAccount email={props.email} />
    </section>
  );
}
