import type { Outcome, QueuedChange } from "./queue";

const sendTimeoutMs = 15_000;

/** Sends one change as the JSON request it stands for. A failed connection, a lost session and
 * a busy or failing server are worth another try; any other refusal is final, with the
 * server's message. */
export async function sendChange(
  change: QueuedChange,
  fetcher: typeof fetch = fetch,
): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetcher(change.path, {
      method: change.method,
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(change.body ?? {}),
      // Venue Wi-Fi often takes a request and never answers; the change waits for another try.
      signal: AbortSignal.timeout(sendTimeoutMs),
    });
  } catch {
    return { kind: "retry" };
  }
  if (response.ok) return { kind: "sent" };
  // Undoing a "met" whose entry is already gone has nothing left to do.
  if (change.kind === "unmet" && response.status === 404) return { kind: "sent" };
  if (response.status === 401 || response.status === 408 || response.status === 429) {
    return { kind: "retry" };
  }
  if (response.status >= 500) return { kind: "retry" };
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { message?: string } }
    | undefined;
  return {
    kind: "refused",
    message: body?.error?.message ?? `The server refused this change (${response.status}).`,
  };
}
