import { A, type RouteSectionProps } from "@solidjs/router";
import { createEffect, ErrorBoundary, Match, on, Show, Suspense, Switch } from "solid-js";
import { createAction } from "./action";
import { authState, currentProfile, signOut } from "./auth";
import { RetryNotice } from "./components/ErrorNotice";
import { appMode } from "./health";

function AccountMenu() {
  const leaving = createAction();
  return (
    <div class="account">
      <Switch>
        <Match when={currentProfile()}>
          {(profile) => (
            <>
              <span class="account-name" data-testid="account-name">
                {profile().name || profile().email}
              </span>
              <button
                type="button"
                class="topbar-button"
                onClick={() => leaving.run(signOut)}
                disabled={leaving.busy()}
              >
                Sign out
              </button>
            </>
          )}
        </Match>
        <Match when={authState()?.kind === "out"}>
          <A href="/sign-in">Sign in</A>
        </Match>
      </Switch>
      <Show when={leaving.error()}>
        <p class="account-error" role="alert">
          Signing out failed: {leaving.error()}
        </p>
      </Show>
    </div>
  );
}

export function Layout(props: RouteSectionProps) {
  let main: HTMLElement | undefined;
  // After a move to another page, keyboard and screen-reader users start at its content, not at
  // the top of the document with the header's links to tab through again.
  createEffect(
    on(
      () => props.location.pathname,
      () => main?.focus({ preventScroll: true }),
      { defer: true },
    ),
  );
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <A href="/" class="brand" end>
          Rapport
        </A>
        <nav aria-label="Main">
          <A href="/" end>
            Home
          </A>
          <Show when={currentProfile()?.onboarded}>
            <A href="/today">Today</A>
            <A href="/contacts">Contacts</A>
            <A href="/import">Import</A>
            <A href="/settings">Settings</A>
          </Show>
          <Show when={appMode() === "local"}>
            <A href="/dev/mailbox">Dev mailbox</A>
          </Show>
        </nav>
        <AccountMenu />
      </header>
      <main id="main" tabindex="-1" ref={main}>
        {/* Each page's code loads on its first visit. The first page shows a status line until it
            is there; later ones keep the current page in view until the next is ready. A page
            that cannot be loaded (offline, or replaced by a newer version of the app) is one
            reload away. */}
        <ErrorBoundary
          fallback={(error) => {
            console.error(error);
            return (
              <RetryNotice
                message="This page could not be loaded. Check your connection and try again."
                retry={() => window.location.reload()}
              />
            );
          }}
        >
          <Suspense
            fallback={
              <p class="notice page-loading" role="status" aria-live="polite">
                Loading the page…
              </p>
            }
          >
            {props.children}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
