import { describe, expect, it } from "vitest";
import { agendaDays, clashCount, clashesOf } from "../../../web/src/agenda-view";

const item = (id: string, start: string, end: string, overlapsWith: string[] = []) => ({
  session: { id, title: `Session ${id}`, start, end },
  overlapsWith,
});

const items = [
  item("c", "2027-04-16T14:00:00Z", "2027-04-16T15:00:00Z", ["b"]),
  item("a", "2027-04-16T03:30:00Z", "2027-04-16T04:00:00Z"),
  item("b", "2027-04-16T13:30:00Z", "2027-04-16T14:30:00Z", ["c", "d", "gone"]),
  item("d", "2027-04-16T14:15:00Z", "2027-04-16T14:45:00Z", ["b"]),
];

describe("agenda view", () => {
  it("groups sessions by their day in the conference's zone, in time order", () => {
    const days = agendaDays(items, "America/Chicago").map((d) => ({
      key: d.key,
      ids: d.items.map((i) => i.session.id),
    }));
    expect(days).toEqual([
      { key: "2027-04-15", ids: ["a"] },
      { key: "2027-04-16", ids: ["b", "c", "d"] },
    ]);
    expect(agendaDays(items, "UTC").map((d) => d.key)).toEqual(["2027-04-16"]);
  });

  it("names the sessions each one clashes with, in time order, skipping unknown ids", () => {
    const b = items[2];
    if (!b) throw new Error("fixture");
    expect(clashesOf(b, items).map((i) => i.session.id)).toEqual(["c", "d"]);
    const a = items[1];
    if (!a) throw new Error("fixture");
    expect(clashesOf(a, items)).toEqual([]);
  });

  it("counts the sessions that overlap another", () => {
    expect(clashCount(items)).toBe(3);
    expect(clashCount([])).toBe(0);
  });
});
