import { afterEach, describe, expect, it, vi } from "vitest";
import { loadDay, requestDay } from "../../../web/src/day/day-data";

/** The browser's fetch, answering each day-of request with its own number. */
function countingFetch() {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    asked.push(String(input));
    const body = { conference: { id: `answer ${asked.length}` }, contacts: [] };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
  return asked;
}

const answerOf = async (day: Promise<{ conference: { id: string } }>) => (await day).conference.id;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the day's data asked for with its route", () => {
  it("is asked for once, taken by the page's first load, and never by a refetch", async () => {
    const asked = countingFetch();
    requestDay("c1");
    requestDay("c1");
    expect(asked).toEqual(["/api/conferences/c1/day-of"]);
    expect(await answerOf(loadDay("c1"))).toBe("answer 1");
    // Moving to another day of the conference asks ahead again; the refetch after changes were
    // sent must not take that older answer.
    requestDay("c1");
    expect(await answerOf(loadDay("c1", true))).toBe("answer 3");
    expect(asked).toHaveLength(3);
  });

  it("is not taken for another conference", async () => {
    const asked = countingFetch();
    requestDay("c1");
    expect(await answerOf(loadDay("c2"))).toBe("answer 2");
    expect(asked).toEqual(["/api/conferences/c1/day-of", "/api/conferences/c2/day-of"]);
  });
});
