import { A } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { messageOf } from "../api";
import { cardPath, fetchCard } from "../card/card-file";
import { qrPicture } from "../card/qr";
import { pageTitle } from "../title";
import "../card/card.css";

async function loadCard() {
  const text = await fetchCard();
  return { text, qr: qrPicture(text) };
}

/** `/card`: the user's own card as a QR code to hold up, and as a file. */
export function Card() {
  pageTitle("My card");
  const [card] = createResource(loadCard);
  return (
    <div class="my-card">
      <h1>My card</h1>
      <Show
        when={card.latest}
        fallback={
          <Show
            when={card.error}
            fallback={
              <p class="notice" role="status">
                Loading your card…
              </p>
            }
          >
            <p class="notice notice-error" role="alert">
              {messageOf(card.error)} Your card opens offline only after one visit online.
            </p>
          </Show>
        }
      >
        {(loaded) => (
          <>
            <p class="lead">Let the other person scan this with their phone's camera.</p>
            <svg
              class="qr"
              role="img"
              aria-label="QR code of your card"
              viewBox={`0 0 ${loaded().qr.size} ${loaded().qr.size}`}
              shape-rendering="crispEdges"
            >
              <rect width={loaded().qr.size} height={loaded().qr.size} fill="#ffffff" />
              <path d={loaded().qr.path} fill="#000000" />
            </svg>
            <p>
              <a class="download" href={cardPath} download="my-card.vcf">
                Download my card (.vcf)
              </a>
            </p>
            <p class="hint">
              The card holds what Settings says of you: name, credentials, position, institution,
              email and LinkedIn. <A href="/settings">Change it in Settings</A>.
            </p>
          </>
        )}
      </Show>
    </div>
  );
}
