import { AlertDialog } from "@kobalte/core/alert-dialog";
import { createSignal, Show } from "solid-js";
import { normalizeEmail } from "../../../schemas/account";
import { deleteAccount } from "../account";
import { createAction } from "../action";
import { forgetReturn, markSignedOut } from "../auth";

/** Deleting is final, so the user types their address to show they mean this account. */
export function DeleteAccount(props: { email: string }) {
  const [open, setOpen] = createSignal(false);
  const [typed, setTyped] = createSignal("");
  const deleting = createAction();

  const openChange = (next: boolean) => {
    if (deleting.busy()) return;
    setOpen(next);
    setTyped("");
    deleting.clear();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (normalizeEmail(typed()) !== normalizeEmail(props.email)) {
      deleting.fail(`Type ${props.email} exactly to confirm.`);
      return;
    }
    if (await deleting.run(() => deleteAccount(typed().trim()))) {
      forgetReturn();
      setOpen(false);
      markSignedOut("deleted");
    }
  };

  return (
    <AlertDialog open={open()} onOpenChange={openChange}>
      <AlertDialog.Trigger class="danger">Delete my account</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay class="dialog-overlay" />
        <div class="dialog-positioner">
          <AlertDialog.Content class="dialog">
            <AlertDialog.Title class="dialog-title">Delete your account?</AlertDialog.Title>
            <AlertDialog.Description class="dialog-description">
              This removes your profile, conferences, contacts, notes and scheduled reminders, and
              signs you out everywhere. It cannot be undone; export your data first if you want a
              copy.
            </AlertDialog.Description>
            <form novalidate onSubmit={submit}>
              <div class="field">
                <label for="delete-confirm-email">
                  Type your email address, {props.email}, to confirm
                </label>
                <input
                  id="delete-confirm-email"
                  type="email"
                  autocomplete="off"
                  spellcheck={false}
                  value={typed()}
                  onInput={(e) => setTyped(e.currentTarget.value)}
                  aria-invalid={deleting.error() ? "true" : undefined}
                  aria-describedby={deleting.error() ? "delete-confirm-error" : undefined}
                />
                <Show when={deleting.error()}>
                  <p id="delete-confirm-error" class="field-error" role="alert">
                    {deleting.error()}
                  </p>
                </Show>
              </div>
              <div class="actions">
                <button
                  type="button"
                  class="secondary"
                  disabled={deleting.busy()}
                  onClick={() => openChange(false)}
                >
                  Cancel
                </button>
                <button
                  type="submit"
                  class="danger-solid"
                  disabled={deleting.busy()}
                  aria-busy={deleting.busy()}
                >
                  {deleting.busy() ? "Deleting…" : "Delete my account permanently"}
                </button>
              </div>
            </form>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog>
  );
}
