import { createRoot, createSignal } from "solid-js";
import { currentProfile } from "../auth";
import { indexedDbStore } from "./change-store";
import { createQueue, type NewChange, type QueuedChange } from "./queue";
import { sendChange } from "./send";

/** Chromium does not always fire "online" when the network comes back, so waiting changes are
 * also tried again on a timer. */
const retryEveryMs = 5_000;

/** A change belongs to the account signed in when it was made; another account on the same
 * phone neither sees nor sends it. */
const mine = (change: QueuedChange) => change.account === currentProfile()?.email;

const shared = createRoot(() => {
  const [changes, setChanges] = createSignal<QueuedChange[]>([]);
  const queue = createQueue(
    indexedDbStore(),
    (change) => sendChange(change),
    () => {
      void queue.list().then(setChanges);
    },
    mine,
  );
  return { changes, setChanges, queue };
});

let started = false;

/** Reads the changes left from an earlier visit and starts sending them. */
export function startSending(): void {
  if (started) return;
  started = true;
  void shared.queue.list().then((list) => {
    shared.setChanges(list);
    return shared.queue.flush();
  });
  window.addEventListener("online", () => void shared.queue.flush());
  setInterval(() => {
    if (waiting().length > 0) void shared.queue.flush();
  }, retryEveryMs);
}

/** Every change not yet accepted by the server, oldest first, refused ones included. */
export const changes = () => shared.changes().filter(mine);
export const waiting = () => changes().filter((c) => c.refused === undefined);
export const refused = () => changes().filter((c) => c.refused !== undefined);

export const makeChange = (change: NewChange) =>
  shared.queue.add({ ...change, account: currentProfile()?.email });
export const dismissChange = (key: string) => shared.queue.dismiss(key);
export const sendNow = () => shared.queue.flush();

export const newChangeKey = () => crypto.randomUUID().replaceAll("-", "");
