import { A } from "@solidjs/router";
import { createSignal, Match, onCleanup, Show, Switch } from "solid-js";
import { signInRequestSchema } from "../../../schemas/account";
import { requestSignIn } from "../account";
import { createAction } from "../action";
import { ApiError, messageOf } from "../api";
import { clearNotice, currentProfile, notice } from "../auth";
import { ErrorNotice } from "../components/ErrorNotice";
import { check, problemsByField } from "../forms";
import { appMode } from "../health";
import { pageTitle } from "../title";

function DevMailboxHint() {
  return (
    <Show when={appMode() === "local"}>
      <p class="hint">
        Running locally: no real mail goes out. Open the link from the{" "}
        <A href="/dev/mailbox">Dev mailbox</A>.
      </p>
    </Show>
  );
}

export function SignIn() {
  pageTitle("Sign in");
  onCleanup(clearNotice);
  const [email, setEmail] = createSignal("");
  const [sentTo, setSentTo] = createSignal<string>();
  const [fieldError, setFieldError] = createSignal<string>();
  const [status, setStatus] = createSignal<string>();
  const sending = createAction();
  let input: HTMLInputElement | undefined;
  let sentHeading: HTMLHeadingElement | undefined;

  const send = async (address: string, again: boolean) => {
    sending.clear();
    setStatus(undefined);
    const checked = check(signInRequestSchema, { email: address });
    if (!checked.value) {
      setFieldError(checked.errors.email ?? checked.general[0]);
      input?.focus();
      return;
    }
    const email = checked.value.email;
    setFieldError(undefined);
    const answer = await sending.run(() => requestSignIn(email), {
      failure: (e) => {
        if (!(e instanceof ApiError && e.code === "request.invalid" && !again)) return messageOf(e);
        setFieldError(problemsByField(e.problems).errors.email ?? e.message);
        input?.focus();
        return undefined;
      },
    });
    if (!answer) return;
    clearNotice();
    setSentTo(email);
    if (again) setStatus(answer.message);
    else sentHeading?.focus();
  };

  return (
    <section aria-labelledby="sign-in-title" class="narrow">
      <h1 id="sign-in-title">Sign in</h1>
      <Show when={notice()}>
        <p class="notice" role="status">
          {notice()}
        </p>
      </Show>
      <Show when={currentProfile()}>
        {(profile) => (
          <p class="notice">
            You are signed in as {profile().email}. <A href="/">Go to Home</A>
          </p>
        )}
      </Show>
      <Switch>
        <Match when={!sentTo()}>
          <p class="lead">
            Rapport has no passwords. Enter your email address and we will send you a link that
            signs you in.
          </p>
          <form
            novalidate
            onSubmit={(e) => {
              e.preventDefault();
              send(email(), false);
            }}
          >
            <div class="field">
              <label for="sign-in-email">Email address</label>
              <input
                id="sign-in-email"
                ref={input}
                type="email"
                name="email"
                autocomplete="email"
                inputmode="email"
                required
                value={email()}
                onInput={(e) => setEmail(e.currentTarget.value)}
                aria-invalid={fieldError() ? "true" : undefined}
                aria-describedby={fieldError() ? "sign-in-email-error" : undefined}
              />
              <Show when={fieldError()}>
                <p id="sign-in-email-error" class="field-error">
                  {fieldError()}
                </p>
              </Show>
            </div>
            <button type="submit" disabled={sending.busy()} aria-busy={sending.busy()}>
              {sending.busy() ? "Sending…" : "Email me a sign-in link"}
            </button>
          </form>
        </Match>
        <Match when={sentTo()}>
          {(address) => (
            <div class="sent">
              <h2 id="sent-title" ref={sentHeading} tabindex="-1">
                Check your inbox
              </h2>
              <p>
                Check your inbox at <strong class="address">{address()}</strong>; the link works
                once for 15 minutes.
              </p>
              <p class="meta">
                Nothing there after a minute? Look in the spam folder, or send another link.
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="secondary"
                  disabled={sending.busy()}
                  onClick={() => send(address(), true)}
                >
                  Send another link
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    setSentTo(undefined);
                    sending.clear();
                    setStatus(undefined);
                  }}
                >
                  Use a different address
                </button>
              </div>
              <Show when={status()}>
                <p class="notice" role="status">
                  {status()}
                </p>
              </Show>
            </div>
          )}
        </Match>
      </Switch>
      <ErrorNotice message={sending.error()} />
      <DevMailboxHint />
    </section>
  );
}
