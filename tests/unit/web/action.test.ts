import { describe, expect, it } from "vitest";
import { createAction } from "../../../web/src/action";

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("createAction", () => {
  it("is busy with its status line while the work runs, then idle with the result", async () => {
    const action = createAction();
    const work = deferred<string>();
    const run = action.run(() => work.promise, { status: "Saving…" });
    expect([action.busy(), action.status(), action.error()]).toEqual([true, "Saving…", undefined]);
    action.progress("Saving… part 2");
    expect(action.status()).toBe("Saving… part 2");
    work.resolve("saved");
    expect(await run).toBe("saved");
    expect([action.busy(), action.status(), action.error()]).toEqual([false, undefined, undefined]);
  });

  it("is busy without a status line when none is given", async () => {
    const action = createAction();
    const work = deferred<void>();
    const run = action.run(() => work.promise);
    expect([action.busy(), action.status()]).toEqual([true, ""]);
    work.resolve();
    await run;
    expect(action.busy()).toBe(false);
  });

  it("turns a failure into the error's message and clears it on the next run", async () => {
    const action = createAction();
    expect(await action.run(() => Promise.reject(new Error("The server is away.")))).toBe(
      undefined,
    );
    expect([action.busy(), action.error()]).toEqual([false, "The server is away."]);
    const work = deferred<number>();
    const run = action.run(() => work.promise);
    expect(action.error()).toBe(undefined);
    work.resolve(1);
    expect(await run).toBe(1);
  });

  it("says something went wrong when the failure has no message", async () => {
    const action = createAction();
    await action.run(() => Promise.reject("not an Error"));
    expect(action.error()).toBe("Something went wrong. Check your connection and try again.");
  });

  it("lets the page word a failure, or show it elsewhere", async () => {
    const action = createAction();
    const seen: unknown[] = [];
    await action.run(() => Promise.reject(new Error("gone")), {
      failure: (e) => `Not deleted: ${(e as Error).message}`,
    });
    expect(action.error()).toBe("Not deleted: gone");
    await action.run(() => Promise.reject(new Error("beside a field")), {
      failure: (e) => {
        seen.push(e);
        return undefined;
      },
    });
    expect(action.error()).toBe(undefined);
    expect(seen.map((e) => (e as Error).message)).toEqual(["beside a field"]);
  });

  it("ignores a second run while the first is going", async () => {
    const action = createAction();
    const first = deferred<string>();
    let started = 0;
    const run = action.run(() => {
      started++;
      return first.promise;
    });
    expect(
      await action.run(async () => {
        started++;
        return "second";
      }),
    ).toBe(undefined);
    expect(started).toBe(1);
    first.resolve("first");
    expect(await run).toBe("first");
  });

  it("stays busy after work that leaves the page, but not after it fails", async () => {
    const action = createAction();
    expect(await action.run(async () => "moved on", { leaves: true })).toBe("moved on");
    expect(action.busy()).toBe(true);

    const failing = createAction();
    await failing.run(() => Promise.reject(new Error("stayed")), { leaves: true });
    expect([failing.busy(), failing.error()]).toEqual([false, "stayed"]);
  });

  it("shows a problem found before any work, until cleared", () => {
    const action = createAction();
    action.fail("Choose a file or paste the program text first.");
    expect([action.busy(), action.error()]).toEqual([
      false,
      "Choose a file or paste the program text first.",
    ]);
    action.progress("ignored while idle");
    expect(action.status()).toBe(undefined);
    action.clear();
    expect(action.error()).toBe(undefined);
  });
});
