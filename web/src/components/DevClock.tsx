import { createResource, createSignal, Show } from "solid-js";
import { createAction } from "../action";
import { type ClockState, readClock, resetClock, setClock } from "../dev-tools";
import { formatDateTime } from "../format";
import { myTimeZone } from "../my-zone";
import { settled } from "../settled";
import { fromZonedInput, toZonedInput } from "../zoned-time";
import { AsyncView } from "./AsyncView";
import { ErrorNotice } from "./ErrorNotice";
import { Field } from "./Field";

/** The simulated clock the whole local app reads: what it says, a moment to set it to (in the
 * user's zone), and the way back to real time. */
export function DevClock() {
  const [clock, { mutate }] = createResource(readClock);
  const [value, setValue] = createSignal("");
  const [error, setError] = createSignal<string>();
  const changing = createAction();
  const zone = myTimeZone;
  /** What the field shows: the user's entry, or else the clock's time. */
  const shown = () => {
    const state = settled(clock);
    return value() || (state ? toZonedInput(state.now, zone()) : "");
  };

  const set = async (event: SubmitEvent) => {
    event.preventDefault();
    const now = fromZonedInput(shown(), zone());
    if (!now) {
      setError("Enter a date and a time.");
      return;
    }
    setError(undefined);
    took(await changing.run(() => setClock(now)));
  };
  const reset = async () => took(await changing.run(resetClock));
  const took = (answer: ClockState | undefined) => {
    if (!answer) return;
    mutate(answer);
    setValue("");
  };

  return (
    <section aria-labelledby="clock-title" class="dev-tool">
      <h2 id="clock-title">The app's clock</h2>
      <AsyncView resource={clock} loading="Reading the clock…">
        {(state: ClockState) => (
          <p role="status" data-testid="dev-clock">
            <time datetime={state.now}>{formatDateTime(state.now, zone())}</time>
            {state.simulated ? " (simulated; it runs on from the moment set)" : " (real time)"}
          </p>
        )}
      </AsyncView>
      <form class="dev-clock-form" novalidate onSubmit={set}>
        <Field
          id="dev-clock-at"
          label="Set the clock to"
          hint={`In your time zone, ${zone()}. Reminders due by then go out on the next dispatcher run.`}
          error={error()}
        >
          {(a) => (
            <input
              {...a}
              type="datetime-local"
              value={shown()}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="actions">
          <button type="submit" disabled={changing.busy()}>
            Set the clock
          </button>
          <Show when={settled(clock)?.simulated}>
            <button type="button" class="secondary" disabled={changing.busy()} onClick={reset}>
              Reset to real time
            </button>
          </Show>
        </div>
      </form>
      <ErrorNotice message={changing.error()} />
    </section>
  );
}
