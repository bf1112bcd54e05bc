import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { indexedDbStore } from "../../../web/src/offline/change-store";
import {
  createQueue,
  type NewChange,
  type Outcome,
  type QueuedChange,
} from "../../../web/src/offline/queue";

const change = (key: string, label = key): NewChange => ({
  key,
  kind: "met",
  method: "POST",
  path: `/api/contacts/c1/interactions`,
  body: { kind: "met", id: key },
  conferenceId: "conf1",
  contactId: "c1",
  label,
});

/** A server that applies each key once, reachable or not, and whose answers can be lost. */
function server() {
  const applied: string[] = [];
  const received: string[] = [];
  const state = { reachable: true, loseNextAnswer: false, refuse: new Set<string>() };
  const send = async (c: QueuedChange): Promise<Outcome> => {
    if (!state.reachable) throw new TypeError("Failed to fetch");
    received.push(c.key);
    if (state.refuse.has(c.key)) return { kind: "refused", message: "There is no such contact." };
    if (!applied.includes(c.key)) applied.push(c.key);
    if (state.loseNextAnswer) {
      state.loseNextAnswer = false;
      throw new TypeError("The connection was reset");
    }
    return { kind: "sent" };
  };
  return { applied, received, state, send };
}

const freshStore = () => indexedDbStore(new IDBFactory());

describe("the offline queue", () => {
  it("keeps changes made offline in IndexedDB and sends them in the order they were made", async () => {
    const store = freshStore();
    const remote = server();
    remote.state.reachable = false;
    const queue = createQueue(store, remote.send);
    for (const key of ["met-ana", "note-chen", "quick-dana"]) await queue.add(change(key));
    expect((await queue.list()).map((c) => c.key)).toEqual(["met-ana", "note-chen", "quick-dana"]);
    // A new page (after a reload) reads the same store.
    const reloaded = createQueue(store, remote.send);
    remote.state.reachable = true;
    await reloaded.flush();
    expect(remote.applied).toEqual(["met-ana", "note-chen", "quick-dana"]);
    expect(await reloaded.list()).toEqual([]);
  });

  it("stops at a change that fails and sends it, then the rest, on the next try", async () => {
    const remote = server();
    const queue = createQueue(freshStore(), remote.send);
    remote.state.reachable = false;
    await queue.add(change("first"));
    await queue.add(change("second"));
    expect(remote.received).toEqual([]);
    expect((await queue.list()).map((c) => c.key)).toEqual(["first", "second"]);
    remote.state.reachable = true;
    await queue.flush();
    expect(remote.received).toEqual(["first", "second"]);
    expect(await queue.list()).toEqual([]);
  });

  it("sends a change again after its answer was lost, and the server applies it once", async () => {
    const remote = server();
    const queue = createQueue(freshStore(), remote.send);
    remote.state.loseNextAnswer = true;
    await queue.add(change("met-once"));
    expect((await queue.list()).map((c) => c.key)).toEqual(["met-once"]);
    await queue.flush();
    expect(remote.received).toEqual(["met-once", "met-once"]);
    expect(remote.applied).toEqual(["met-once"]);
    expect(await queue.list()).toEqual([]);
  });

  it("keeps a refused change in view with the server's reason, sends the rest, and drops it when dismissed", async () => {
    const remote = server();
    let notices = 0;
    const queue = createQueue(freshStore(), remote.send, () => notices++);
    remote.state.refuse.add("gone");
    await queue.add(change("gone", "Met: Ana Ruiz"));
    await queue.add(change("after"));
    const left = await queue.list();
    expect(left.map((c) => [c.key, c.label, c.refused])).toEqual([
      ["gone", "Met: Ana Ruiz", "There is no such contact."],
    ]);
    expect(remote.applied).toEqual(["after"]);
    await queue.flush();
    expect(remote.received).toEqual(["gone", "after"]);
    await queue.dismiss("gone");
    expect(await queue.list()).toEqual([]);
    expect(notices).toBeGreaterThan(0);
  });

  it("holds back a change made in another account, and sends the rest", async () => {
    const remote = server();
    let signedIn = "a@example.org";
    const queue = createQueue(freshStore(), remote.send, undefined, (c) => c.account === signedIn);
    remote.state.reachable = false;
    await queue.add({ ...change("from-a"), account: "a@example.org" });
    signedIn = "b@example.org";
    remote.state.reachable = true;
    await queue.add({ ...change("from-b"), account: "b@example.org" });
    expect(remote.applied).toEqual(["from-b"]);
    expect((await queue.list()).map((c) => c.key)).toEqual(["from-a"]);
    signedIn = "a@example.org";
    await queue.flush();
    expect(remote.applied).toEqual(["from-b", "from-a"]);
  });
});
