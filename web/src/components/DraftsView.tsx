import { useLocation } from "@solidjs/router";
import { createEffect, createResource, createSignal, Show } from "solid-js";
import { type Draft, loadDrafts } from "../planning";
import { AsyncView } from "./AsyncView";

function DraftCard(props: { id: string; title: string; draft: Draft }) {
  const [copied, setCopied] = createSignal<string>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.draft.body);
      setCopied(`Copied the ${props.title.toLowerCase()} text. Paste it into your mail app.`);
    } catch {
      setCopied("Could not copy here. Select the text and copy it yourself.");
    }
  };
  return (
    <article class="card draft" aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <dl class="status">
        <dt>To</dt>
        <dd>{props.draft.to || "No address yet; add their email above."}</dd>
        <dt>Subject</dt>
        <dd>{props.draft.subject}</dd>
      </dl>
      <pre class="mail-text">{props.draft.body}</pre>
      <Show when={props.draft.shortened}>
        <p class="meta">
          Mail links can only carry so much, so the mail app gets a shortened text. Copy the full
          text and paste it in instead.
        </p>
      </Show>
      <div class="actions">
        <a class="button" href={props.draft.mailto}>
          Open in mail app<span class="visually-hidden">: {props.title}</span>
        </a>
        <button type="button" class="secondary" onClick={copy}>
          Copy<span class="visually-hidden"> the {props.title.toLowerCase()}</span>
        </button>
      </div>
      <p class="meta" role="status" aria-live="polite">
        {copied()}
      </p>
    </article>
  );
}

/** The intro email and, once the person is met, the follow-up, drafted from the contact and the
 * user's templates. `revision` changes whenever what they are drafted from changes. A link to
 * `#drafts` (a reminder's "open the draft") lands here. */
export function DraftsView(props: { contactId: string; revision: string }) {
  const [drafts] = createResource(
    () => `${props.contactId}\n${props.revision}`,
    () => loadDrafts(props.contactId),
  );
  const location = useLocation();
  let section: HTMLElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  // The page is drawn after its contact loads, too late for the browser's own jump to the
  // anchor; it jumps once the drafts are there, when the page below them has its height.
  let landed = false;
  createEffect(() => {
    if (landed || location.hash !== "#drafts" || drafts.loading) return;
    landed = true;
    section?.scrollIntoView({ block: "start" });
    heading?.focus({ preventScroll: true });
  });
  return (
    <section id="drafts" aria-labelledby="drafts-title" ref={section}>
      <h2 id="drafts-title" tabindex="-1" ref={heading}>
        Drafts
      </h2>
      <p class="meta">
        Drafts open in your own mail app; Rapport never writes to anyone in your name.
      </p>
      <AsyncView resource={drafts} loading="Drafting…">
        {(d) => (
          <div class="drafts">
            <DraftCard id="draft-intro" title="Intro email" draft={d.intro} />
            <Show
              when={d.followUp}
              fallback={
                <p class="empty">The follow-up draft appears once you log that you met them.</p>
              }
            >
              {(followUp) => (
                <DraftCard id="draft-follow-up" title="Follow-up email" draft={followUp()} />
              )}
            </Show>
          </div>
        )}
      </AsyncView>
    </section>
  );
}
