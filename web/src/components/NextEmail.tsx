import { A } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { formatDateTime } from "../format";
import { myTimeZone } from "../my-zone";
import { loadSchedule } from "../reminders";
import { mailTitle, nextPlanned, scheduleHref } from "../schedule-view";
import { AsyncView } from "./AsyncView";
import "../reminders.css";

/** The soonest planned reminder across all conferences, with a way to its schedule. */
export function NextEmail(props: { titles: ReadonlyMap<string, string> }) {
  const [schedule] = createResource(() => loadSchedule());
  return (
    <section class="card next-email" aria-labelledby="next-email-title">
      <h2 id="next-email-title">Next email</h2>
      <AsyncView resource={schedule} loading="Looking for your next reminder…">
        {(emails) => (
          <Show
            when={nextPlanned(emails)}
            fallback={
              <p class="meta">
                No reminders planned. Flag the people you want to meet on a conference's Targets
                page, and Rapport plans when to remind you.
              </p>
            }
          >
            {(next) => (
              <>
                <p class="next-email-what">
                  <strong>{mailTitle(next())}</strong>
                  <Show when={next().conferenceId && props.titles.get(next().conferenceId ?? "")}>
                    {(title) => <> · {title()}</>}
                  </Show>
                </p>
                <p>
                  <time datetime={next().sendAt}>
                    {formatDateTime(next().sendAt, myTimeZone())}
                  </time>
                </p>
                <A href={scheduleHref(next())}>See the email schedule</A>
              </>
            )}
          </Show>
        )}
      </AsyncView>
    </section>
  );
}
