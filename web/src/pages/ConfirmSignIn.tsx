import { A, useNavigate } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import type { Profile } from "../../../schemas/profile";
import { confirmSignIn } from "../account";
import { createAction } from "../action";
import { ApiError, messageOf } from "../api";
import { refetchAuth, takeReturn } from "../auth";
import { ErrorNotice } from "../components/ErrorNotice";
import { pageTitle } from "../title";

/** The token travels in the fragment, which never reaches a server, so a scanner that fetches
 * the link cannot use it; only pressing the button does. */
function takeTokenFromAddress(): string | undefined {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token") ?? undefined;
  if (window.location.hash) {
    // Out of the address bar, history and screenshots once read.
    history.replaceState(history.state, "", `${window.location.pathname}${window.location.search}`);
  }
  return token || undefined;
}

const isLinkProblem = (e: unknown) =>
  e instanceof ApiError && (e.code === "auth.link_invalid" || e.code === "request.invalid");

export function ConfirmSignIn() {
  pageTitle("Sign in to Rapport");
  const navigate = useNavigate();
  const token = takeTokenFromAddress();
  const signingIn = createAction();
  const [linkProblem, setLinkProblem] = createSignal(false);
  const [signedInAs, setSignedInAs] = createSignal<Profile>();

  const signIn = async (token: string) => {
    try {
      await confirmSignIn(token);
    } catch (e) {
      // A used link often means the user already signed in with it, perhaps in another tab.
      const state = isLinkProblem(e) ? await refetchAuth() : undefined;
      setSignedInAs(state?.kind === "in" ? state.profile : undefined);
      throw e;
    }
    const state = await refetchAuth();
    if (state.kind !== "in") {
      throw new Error(
        state.kind === "error"
          ? state.message
          : "You were signed in, but this browser did not keep the session. Allow cookies for this site and try again.",
      );
    }
    navigate(state.profile.onboarded ? takeReturn() : "/welcome", { replace: true });
  };

  const confirm = () => {
    if (!token) return;
    signingIn.run(() => signIn(token), {
      leaves: true,
      failure: (e) => {
        setLinkProblem(isLinkProblem(e));
        return messageOf(e);
      },
    });
  };

  return (
    <section aria-labelledby="confirm-title" class="narrow">
      <h1 id="confirm-title">Sign in to Rapport</h1>
      <Switch>
        <Match when={!token}>
          <ErrorNotice message="This page needs the link from your sign-in email, and the link is not complete. Open it again from the email, or ask for a new one." />
          <p>
            <A href="/sign-in" class="button">
              Ask for a new link
            </A>
          </p>
        </Match>
        <Match when={signingIn.error()}>
          {(message) => (
            <>
              <ErrorNotice message={message()} />
              <Show when={signedInAs()}>
                {(profile) => (
                  <p class="notice" role="status">
                    You are already signed in as {profile().email} in this browser.{" "}
                    <A href="/">Go to Home</A>
                  </p>
                )}
              </Show>
              <div class="actions">
                <Show
                  when={linkProblem()}
                  fallback={
                    <button type="button" onClick={confirm}>
                      Try again
                    </button>
                  }
                >
                  <A href="/sign-in" class="button">
                    Ask for a new link
                  </A>
                </Show>
              </div>
            </>
          )}
        </Match>
        <Match when={token}>
          <p class="lead">Press the button to finish signing in on this device.</p>
          <button
            type="button"
            onClick={confirm}
            disabled={signingIn.busy()}
            aria-busy={signingIn.busy()}
          >
            {signingIn.busy() ? "Signing in…" : "Sign in"}
          </button>
        </Match>
      </Switch>
    </section>
  );
}
