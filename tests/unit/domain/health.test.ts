import { afterEach, describe, expect, it, vi } from "vitest";
import { checkHealth, probe } from "../../../functions/domain/health";

afterEach(() => {
  vi.useRealTimers();
});

describe("probe", () => {
  it("is ok when the check resolves and unreachable when it rejects", async () => {
    expect(await probe(async () => "fine", 100)).toBe("ok");
    expect(await probe(async () => Promise.reject(new Error("down")), 100)).toBe("unreachable");
  });

  it("gives up after the timeout", async () => {
    vi.useFakeTimers();
    const result = probe(() => new Promise(() => {}), 500);
    await vi.advanceTimersByTimeAsync(499);
    let settled = false;
    void result.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBe("unreachable");
  });
});

describe("checkHealth", () => {
  it("reports each dependency on its own", async () => {
    const health = await checkHealth({
      version: "1.2.3",
      mode: "local",
      database: async () => {},
      mail: () => Promise.reject(new Error("no SES")),
    });
    expect(health).toEqual({
      version: "1.2.3",
      mode: "local",
      database: "ok",
      mail: "unreachable",
    });
  });
});
