import { createResource, createSignal, Match, Show, Switch } from "solid-js";
import { createAction } from "../action";
import { messageOf } from "../api";
import { feedState, newFeed, stopFeed } from "../planning";
import { AsyncView } from "./AsyncView";
import { WorkStatus } from "./WorkStatus";

/** The personal calendar feed: a private address a calendar app subscribes to, kept up to date
 * with the agenda. The server keeps only a hash of it, so the address is shown once, when made. */
export function CalendarFeed() {
  const [state, { mutate }] = createResource(feedState);
  const [url, setUrl] = createSignal<string>();
  const [copied, setCopied] = createSignal<string>();
  const work = createAction();
  let address: HTMLInputElement | undefined;

  const make = async (status: string) => {
    const made = await work.run(newFeed, {
      status,
      failure: (e) => `The feed did not change: ${messageOf(e)}`,
    });
    if (!made) return;
    setUrl(made.url);
    setCopied(undefined);
    mutate({ on: true });
    queueMicrotask(() => address?.focus());
  };
  const renew = () => {
    if (
      window.confirm(
        "Make a new address? Calendars subscribed to the current one stop getting updates.",
      )
    ) {
      make("Making a new address…");
    }
  };
  const stop = async () => {
    const done = await work.run(
      async () => {
        await stopFeed();
        return true;
      },
      {
        status: "Turning the feed off…",
        failure: (e) => `The feed is still on: ${messageOf(e)}`,
      },
    );
    if (!done) return;
    setUrl(undefined);
    mutate({ on: false });
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("Copied the feed address.");
    } catch {
      address?.select();
      setCopied("Could not copy here. The address is selected; copy it yourself.");
    }
  };

  return (
    <section aria-labelledby="feed-title">
      <h2 id="feed-title">Calendar feed</h2>
      <p class="meta">
        Subscribe your calendar app to your agenda: it follows as you flag and unflag people.
      </p>
      <AsyncView resource={state} loading="Checking the calendar feed…">
        {(feed) => (
          <Switch>
            <Match when={!feed.on}>
              <p>The feed is off.</p>
              <button
                type="button"
                disabled={work.busy()}
                onClick={() => make("Turning the feed on…")}
              >
                Turn the feed on
              </button>
            </Match>
            <Match when={feed.on}>
              <Show
                when={url()}
                fallback={
                  <p>
                    The feed is on. Its address was shown when it was made; make a new one to see it
                    again.
                  </p>
                }
              >
                {(link) => (
                  <>
                    <div class="field">
                      <label for="feed-url">Your feed address</label>
                      <input id="feed-url" ref={address} readonly value={link()} />
                      <p class="meta">
                        Shown only now: copy it into your calendar app ("subscribe to a calendar" or
                        "add by URL"). Keep it private; anyone with it can read your agenda.
                      </p>
                    </div>
                    <button type="button" class="secondary" onClick={() => copy(link())}>
                      Copy the address
                    </button>
                    <p class="meta" role="status" aria-live="polite">
                      {copied()}
                    </p>
                  </>
                )}
              </Show>
              <div class="actions">
                <button type="button" class="secondary" disabled={work.busy()} onClick={renew}>
                  Renew the address
                </button>
                <button type="button" class="secondary" disabled={work.busy()} onClick={stop}>
                  Turn the feed off
                </button>
              </div>
            </Match>
          </Switch>
        )}
      </AsyncView>
      <WorkStatus action={work} />
    </section>
  );
}
