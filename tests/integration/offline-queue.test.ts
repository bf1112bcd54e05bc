import { IDBFactory } from "fake-indexeddb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../../functions/local/server";
import { indexedDbStore } from "../../web/src/offline/change-store";
import { createQueue } from "../../web/src/offline/queue";
import { sendChange } from "../../web/src/offline/send";
import { call, onboarded, startTestRuntime } from "./runtime";

let runtime: LocalRuntime;
let cookie: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  cookie = await onboarded(runtime, "queue@example.org");
});
afterAll(async () => {
  await runtime.close();
});

/** The page's fetch against the local server; `loseAnswers` answers are dropped after the server
 * has handled the request, as a venue's Wi-Fi does. */
function network(loseAnswers: number) {
  let lose = loseAnswers;
  return (async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${runtime.url}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), cookie },
    });
    if (lose > 0) {
      lose--;
      throw new TypeError("The connection was reset");
    }
    return response;
  }) as typeof fetch;
}

describe("the offline queue against the server", () => {
  it("quick-adds and logs met once each when every first answer is lost", async () => {
    const fetcher = network(2);
    const queue = createQueue(indexedDbStore(new IDBFactory()), (c) => sendChange(c, fetcher));
    await queue.add({
      key: "queue-quick-add-01",
      kind: "quick-add",
      method: "POST",
      path: "/api/contacts/quick-add",
      body: { key: "queue-quick-add-01", name: "Dana Park", note: "Poster hall." },
      conferenceId: "conf",
      label: "Add Dana Park as met",
    });
    expect((await queue.list()).map((c) => c.key)).toEqual(["queue-quick-add-01"]);
    await queue.flush();
    expect((await queue.list()).map((c) => c.key)).toEqual(["queue-quick-add-01"]);
    await queue.flush();
    expect(await queue.list()).toEqual([]);
    const { contacts } = (await call(runtime, "/api/contacts", { cookie })).body;
    expect(contacts.map((c: { name: string }) => c.name)).toEqual(["Dana Park"]);
    const { log } = (await call(runtime, `/api/contacts/${contacts[0].id}`, { cookie })).body;
    expect(log.map((e: { kind: string; note: string }) => [e.kind, e.note])).toEqual([
      ["met", "Poster hall."],
    ]);
  });
});
