import { A, type RouteSectionProps } from "@solidjs/router";
import {
  createEffect,
  createSignal,
  ErrorBoundary,
  Match,
  on,
  onCleanup,
  Show,
  Suspense,
  Switch,
} from "solid-js";
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
  let menuButton: HTMLButtonElement | undefined;
  // On a phone the links and the account fold into a menu, so the header takes one row.
  const [menuOpen, setMenuOpen] = createSignal(false);
  const closeMenu = (refocus: boolean) => {
    if (!menuOpen()) return;
    setMenuOpen(false);
    if (refocus) menuButton?.focus();
  };
  let header: HTMLElement | undefined;
  // Escape closes the open menu; so does a chosen link (even one to the page already shown) and
  // a tap anywhere outside the header.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") closeMenu(true);
  };
  const onTap = (event: MouseEvent) => {
    const target = event.target as Element;
    if (target.closest("#site-menu a") || !header?.contains(target)) closeMenu(false);
  };
  document.addEventListener("keydown", onKey);
  document.addEventListener("click", onTap);
  onCleanup(() => {
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("click", onTap);
  });
  // After a move to another page, keyboard and screen-reader users start at its content, not at
  // the top of the document with the header's links to tab through again.
  createEffect(
    on(
      () => props.location.pathname,
      () => {
        setMenuOpen(false);
        main?.focus({ preventScroll: true });
      },
      { defer: true },
    ),
  );
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="topbar" ref={header}>
        <A href="/" class="brand" end>
          Rapport
        </A>
        <Show when={authState()?.kind === "out"}>
          <A href="/sign-in" class="topbar-sign-in">
            Sign in
          </A>
        </Show>
        <button
          ref={menuButton}
          type="button"
          class="topbar-button menu-toggle"
          aria-expanded={menuOpen()}
          aria-controls="site-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <div id="site-menu" class="site-menu" classList={{ open: menuOpen() }}>
          <nav aria-label="Main">
            <A href="/" end>
              Home
            </A>
            <Show when={currentProfile()?.onboarded}>
              <A href="/today">Today</A>
              <A href="/contacts">Contacts</A>
              <A href="/import">Import</A>
              <A href="/card">My card</A>
              <A href="/settings">Settings</A>
            </Show>
            <Show when={appMode() === "local"}>
              <A href="/dev/mailbox">Dev mailbox</A>
            </Show>
          </nav>
          <AccountMenu />
        </div>
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
      <footer class="site-footer">
        <A href="/status">System status</A>
      </footer>
    </>
  );
}
