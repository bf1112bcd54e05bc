import { A } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { messageOf } from "../api";
import { DayView } from "../day/DayView";
import { loadConferences } from "../day/day-data";
import { todayChoice } from "../day/day-view";

/** `/today`: the conference day that is today where the conference is, else the next one. */
export function Today() {
  const [choice] = createResource(async () => ({
    found: todayChoice(await loadConferences(), Date.now()),
  }));
  return (
    <Show
      when={choice.latest}
      fallback={
        <Show
          when={choice.error}
          fallback={
            <p class="notice" role="status">
              Finding today's conference…
            </p>
          }
        >
          <p class="notice notice-error" role="alert">
            {messageOf(choice.error)}
          </p>
        </Show>
      }
    >
      {(loaded) => (
        <Show
          when={loaded().found}
          fallback={
            <>
              <h1>Today</h1>
              <p class="empty">
                No conference of yours runs today or later. <A href="/import">Import a program</A>{" "}
                to plan one.
              </p>
            </>
          }
        >
          {(found) => (
            <DayView
              conferenceId={found().conferenceId}
              date={found().date}
              upcoming={found().upcoming}
            />
          )}
        </Show>
      )}
    </Show>
  );
}
