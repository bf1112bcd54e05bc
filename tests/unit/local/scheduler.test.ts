import { afterEach, describe, expect, it, vi } from "vitest";
import { every } from "../../../functions/local/scheduler";

afterEach(() => {
  vi.useRealTimers();
});

describe("every", () => {
  it("runs the task once per interval until stopped", async () => {
    vi.useFakeTimers();
    let runs = 0;
    const stop = every(
      1000,
      async () => {
        runs++;
      },
      () => {},
    );
    await vi.advanceTimersByTimeAsync(3500);
    expect(runs).toBe(3);
    await stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });

  it("never overlaps a slow run and keeps going after a failure", async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let started = 0;
    const stop = every(
      1000,
      async () => {
        started++;
        await new Promise((resolve) => setTimeout(resolve, 2500));
        if (started === 1) throw new Error("first run failed");
      },
      (error) => errors.push(error),
    );
    await vi.advanceTimersByTimeAsync(3000);
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toBe(2);
    expect(errors).toEqual([new Error("first run failed")]);
    const stopped = stop();
    await vi.advanceTimersByTimeAsync(3000);
    await stopped;
    expect(started).toBe(2);
  });
});
