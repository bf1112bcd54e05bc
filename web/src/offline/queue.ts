/** What a change made on the day page does, for the server and for the page's own view. */
export type ChangeKind = "met" | "unmet" | "not-met" | "note" | "quick-add";

/** A change waiting to reach the server, in the order it was made. Its key is also the key the
 * server applies it once by. */
export interface QueuedChange {
  key: string;
  kind: ChangeKind;
  method: "POST" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
  conferenceId: string;
  contactId?: string;
  /** The change in words, for the list of waiting and refused changes. */
  label: string;
  seq: number;
  /** Why the server refused it; a refused change stays until the user dismisses it. */
  refused?: string;
  /** The account it was made in; it is sent only while that account is signed in. */
  account?: string;
}

export type NewChange = Omit<QueuedChange, "seq" | "refused">;

export interface ChangeStore {
  all(): Promise<QueuedChange[]>;
  put(change: QueuedChange): Promise<void>;
  remove(key: string): Promise<void>;
}

/** What sending one change came to: done, worth another try later, or refused for good. */
export type Outcome = { kind: "sent" } | { kind: "retry" } | { kind: "refused"; message: string };

export interface ChangeQueue {
  /** Stores the change, then tries to send everything waiting. */
  add(change: NewChange): Promise<void>;
  /** Sends what waits, oldest first, until one must wait for another try. */
  flush(): Promise<void>;
  list(): Promise<QueuedChange[]>;
  dismiss(key: string): Promise<void>;
}

const inOrder = (changes: QueuedChange[]) => [...changes].sort((a, b) => a.seq - b.seq);

/** The queue of changes made offline (or while the network failed). Changes go out one at a
 * time in the order they were made; one that cannot be sent now stops the rest behind it, so
 * that a note never reaches a contact before the quick add that made it. */
export function createQueue(
  store: ChangeStore,
  send: (change: QueuedChange) => Promise<Outcome>,
  changed: () => void = () => {},
  /** Whether a change may go now (one made in another account waits for that account). */
  sendable: (change: QueuedChange) => boolean = () => true,
): ChangeQueue {
  let running: Promise<void> | undefined;
  let again = false;

  async function drain(): Promise<void> {
    for (;;) {
      const next = inOrder(await store.all()).find(
        (change) => change.refused === undefined && sendable(change),
      );
      if (!next) return;
      const outcome = await send(next).catch((): Outcome => ({ kind: "retry" }));
      if (outcome.kind === "retry") return;
      if (outcome.kind === "sent") await store.remove(next.key);
      else await store.put({ ...next, refused: outcome.message });
      changed();
    }
  }

  function flush(): Promise<void> {
    if (running) {
      // A change added while sending is picked up by one more pass.
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await drain();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  return {
    async add(change) {
      const last = inOrder(await store.all()).at(-1);
      await store.put({ ...change, seq: Math.max(Date.now(), (last?.seq ?? 0) + 1) });
      changed();
      await flush();
    },
    flush,
    list: async () => inOrder(await store.all()),
    async dismiss(key) {
      await store.remove(key);
      changed();
    },
  };
}
