import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  maxOverlapWarnings,
  type OverlapItem,
  overlapWarnings,
} from "../../../functions/domain/import/program/overlaps";
import type { ImportWarning } from "../../../schemas/program";

/** Every pair, looked at one by one, as the warnings were first worked out. */
function reference(items: OverlapItem[]): ImportWarning[] {
  const order = items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item.room !== "")
    .sort((a, b) =>
      a.item.room < b.item.room ? -1 : a.item.room > b.item.room ? 1 : a.item.start - b.item.start,
    );
  const warnings: ImportWarning[] = [];
  let extra = 0;
  order.forEach(({ item, i }, k) => {
    for (const { item: other, i: j } of order.slice(0, k)) {
      if (other.room !== item.room || other.end <= item.start) continue;
      if (item.parent === j || other.parent === i) continue;
      if (warnings.length < maxOverlapWarnings) {
        const w: ImportWarning = {
          ref: item.ref,
          message: `Overlaps ${other.ref} in ${item.room}`,
        };
        if (item.line !== undefined) w.line = item.line;
        warnings.push(w);
      } else extra++;
    }
  });
  if (extra > 0) {
    warnings.push({
      ref: "program",
      message: `${extra} more pairs of sessions overlap in the same room (not listed)`,
    });
  }
  return warnings;
}

const items = fc
  .array(
    fc.record({
      room: fc.constantFrom("", "A", "B"),
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 30 }),
      parent: fc.option(fc.nat({ max: 60 }), { nil: undefined }),
    }),
    // Enough sessions that the listed pairs run out and the rest are counted.
    { minLength: 40, maxLength: 200, size: "max" },
  )
  .map((drafts) =>
    drafts.map((d, i): OverlapItem => {
      const item: OverlapItem = {
        room: d.room,
        start: d.start,
        end: d.start + d.length,
        ref: `s${i}`,
      };
      if (i % 3 === 0) item.line = i + 1;
      if (d.parent !== undefined && d.parent < drafts.length && d.parent !== i) {
        item.parent = d.parent;
      }
      return item;
    }),
  );

describe("overlap warnings", () => {
  it("list and count the same pairs as looking at every pair", () => {
    fc.assert(
      fc.property(items, (list) => {
        expect(overlapWarnings(list)).toEqual(reference(list));
      }),
      { numRuns: 500 },
    );
  });
});
