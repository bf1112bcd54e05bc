import { createSignal } from "solid-js";
import { messageOf } from "./api";

export interface RunOptions {
  /** What the page says while the work runs ("Saving the conference…"). */
  status?: string;
  /** The work ends by moving to another page: the action stays busy after it succeeds, so the
   * button cannot be pressed again while the next page loads. */
  leaves?: boolean;
  /** The sentence to show for a failure, or undefined when the page shows it some other way
   * (beside a field, say). By default the error's own message. */
  failure?: (error: unknown) => string | undefined;
}

export type Action = ReturnType<typeof createAction>;

/** One thing a page does when asked (send a link, save, delete): whether it is running, what it
 * is doing and what went wrong. While it runs, asking again does nothing. */
export function createAction() {
  const [status, setStatus] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  return {
    busy: () => status() !== undefined,
    /** The status line while the work runs ("" when it has none), undefined when idle. */
    status,
    error,
    /** A problem found before any work starts, such as a form's own check. */
    fail: (message: string) => {
      setError(message);
    },
    clear: () => {
      setError(undefined);
    },
    /** A new status line for the work in progress ("Preparing your export… part 2"). */
    progress: (message: string) => {
      if (status() !== undefined) setStatus(message);
    },
    /** The work's result, or undefined when it failed or the action was already running. */
    async run<T>(work: () => Promise<T>, options: RunOptions = {}): Promise<T | undefined> {
      if (status() !== undefined) return undefined;
      setStatus(options.status ?? "");
      setError(undefined);
      try {
        const result = await work();
        if (!options.leaves) setStatus(undefined);
        return result;
      } catch (e) {
        setStatus(undefined);
        setError((options.failure ?? messageOf)(e));
        return undefined;
      }
    },
  };
}
