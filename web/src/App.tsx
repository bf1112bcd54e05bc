import { A, type RouteSectionProps } from "@solidjs/router";
import { Show } from "solid-js";
import { health } from "./health";

export function Layout(props: RouteSectionProps) {
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
          <A href="/import">Import</A>
          <Show when={health.latest?.mode === "local"}>
            <A href="/dev/mailbox">Dev mailbox</A>
          </Show>
        </nav>
      </header>
      <main id="main">{props.children}</main>
    </>
  );
}
