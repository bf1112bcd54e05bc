import { useLocation, useNavigate } from "@solidjs/router";
import { type Component, createEffect, type JSX, Match, on, Switch } from "solid-js";
import { authError, authState, refetchAuth, rememberReturn } from "../auth";
import { RetryNotice } from "./ErrorNotice";
import { MailProblemBanner } from "./MailProblemBanner";

/** Shows its page only to a signed-in user, under the banner that says when reminders are
 * paused. Anyone else goes to sign-in and comes back here afterwards; a signed-in user who has
 * not onboarded goes to the welcome form first. */
export function RequireSignIn(props: { children: JSX.Element; newAccount?: boolean }) {
  const navigate = useNavigate();
  const location = useLocation();
  // The anchor too: a reminder's "open the draft" link lands on the contact's drafts after
  // signing in, not at the top of the page.
  const here = () => `${location.pathname}${location.search}${location.hash}`;
  createEffect(
    on(authState, (state) => {
      if (state?.kind === "out") {
        if (state.reason === "never" || state.reason === "expired") {
          rememberReturn(here());
          navigate("/sign-in", { replace: true });
        } else {
          navigate("/", { replace: true });
        }
      } else if (state?.kind === "in" && !state.profile.onboarded && !props.newAccount) {
        rememberReturn(here());
        navigate("/welcome", { replace: true });
      }
    }),
  );
  const ready = () => {
    const state = authState();
    return state?.kind === "in" && (state.profile.onboarded || props.newAccount === true);
  };
  return (
    <Switch
      fallback={
        <p class="notice" role="status" aria-live="polite">
          Checking your sign-in…
        </p>
      }
    >
      <Match when={ready()}>
        <MailProblemBanner />
        {props.children}
      </Match>
      <Match when={authError()}>{(message) => <AuthErrorNotice message={message()} />}</Match>
    </Switch>
  );
}

/** A route component that needs a session. The page's own code (a lazy page) starts loading
 * when its route is matched, while the sign-in is still being checked, not after. */
export function signedIn<P extends object>(
  Page: Component<P> & { preload?: () => Promise<unknown> },
  options: { newAccount?: boolean } = {},
) {
  const Guarded = (props: P) => (
    <RequireSignIn newAccount={options.newAccount}>
      <Page {...props} />
    </RequireSignIn>
  );
  return Object.assign(Guarded, { preload: Page.preload });
}

/** The sign-in state could not be read (the server was unreachable): say so and offer a retry. */
export function AuthErrorNotice(props: { message: string }) {
  return <RetryNotice message={props.message} retry={refetchAuth} />;
}
