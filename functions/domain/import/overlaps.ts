import type { ImportWarning } from "../../../schemas/program";

export type OverlapItem = {
  room: string;
  start: number;
  end: number;
  ref: string;
  line?: number;
  parent?: number;
};

/** Most pair warnings we list before summarising the rest. */
export const maxOverlapWarnings = 50;

/** One warning per pair of sessions that overlap in the same room, after sorting by room and
 * start; talks nested in their own parent session are not overlaps. */
export function overlapWarnings(items: OverlapItem[]): ImportWarning[] {
  const order = items
    .map((_, i) => i)
    .filter((i) => (items[i] as OverlapItem).room !== "")
    .sort((x, y) => {
      const a = items[x] as OverlapItem;
      const b = items[y] as OverlapItem;
      return a.room < b.room ? -1 : a.room > b.room ? 1 : a.start - b.start || x - y;
    });
  const warnings: ImportWarning[] = [];
  let extra = 0;
  let active: number[] = [];
  let room = "";
  for (const i of order) {
    const item = items[i] as OverlapItem;
    if (item.room !== room) {
      room = item.room;
      active = [];
    }
    active = active.filter((j) => (items[j] as OverlapItem).end > item.start);
    for (const j of active) {
      const other = items[j] as OverlapItem;
      if (item.parent === j || other.parent === i) continue;
      if (warnings.length < maxOverlapWarnings) {
        const w: ImportWarning = { ref: item.ref, message: `Overlaps ${other.ref} in ${room}` };
        if (item.line !== undefined) w.line = item.line;
        warnings.push(w);
      } else extra++;
    }
    active.push(i);
  }
  if (extra > 0) {
    warnings.push({
      ref: "program",
      message: `${extra} more pairs of sessions overlap in the same room (not listed)`,
    });
  }
  return warnings;
}
