import type { ImportWarning } from "../../../../schemas/program";

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

/** The sessions as columns, one entry per session (what the builder keeps). */
export type OverlapColumns = {
  rooms: readonly string[];
  starts: readonly number[];
  ends: readonly number[];
  refs: readonly string[];
  lines: readonly (number | undefined)[];
  parents: readonly (number | undefined)[];
};

/** One warning per pair of sessions that overlap in the same room, after sorting by room and
 * start; talks nested in their own parent session are not overlaps. */
export function overlapWarnings(items: OverlapItem[]): ImportWarning[] {
  return columnOverlapWarnings({
    rooms: items.map((i) => i.room),
    starts: items.map((i) => i.start),
    ends: items.map((i) => i.end),
    refs: items.map((i) => i.ref),
    lines: items.map((i) => i.line),
    parents: items.map((i) => i.parent),
  });
}

/** overlapWarnings over columns. */
export function columnOverlapWarnings(c: OverlapColumns): ImportWarning[] {
  const byRoom = new Map<string, number[]>();
  for (let i = 0; i < c.rooms.length; i++) {
    const room = c.rooms[i] as string;
    if (room === "") continue;
    const list = byRoom.get(room);
    if (list) list.push(i);
    else byRoom.set(room, [i]);
  }
  const rooms = [...byRoom.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const warnings: ImportWarning[] = [];
  let extra = 0;
  const active: number[] = [];
  for (const room of rooms) {
    const order = byRoom.get(room) as number[];
    // Indexes are ascending, so a stable sort by start keeps ties in the order added.
    if (!ascending(c.starts, order)) {
      order.sort((x, y) => (c.starts[x] as number) - (c.starts[y] as number));
    }
    active.length = 0;
    for (const i of order) {
      const start = c.starts[i] as number;
      let kept = 0;
      for (const j of active) if ((c.ends[j] as number) > start) active[kept++] = j;
      active.length = kept;
      for (const j of active) {
        if (c.parents[i] === j || c.parents[j] === i) continue;
        if (warnings.length < maxOverlapWarnings) {
          const w: ImportWarning = {
            ref: c.refs[i] as string,
            message: `Overlaps ${c.refs[j]} in ${room}`,
          };
          const line = c.lines[i];
          if (line !== undefined) w.line = line;
          warnings.push(w);
        } else extra++;
      }
      active.push(i);
    }
  }
  if (extra > 0) {
    warnings.push({
      ref: "program",
      message: `${extra} more pairs of sessions overlap in the same room (not listed)`,
    });
  }
  return warnings;
}

function ascending(starts: readonly number[], order: number[]): boolean {
  for (let k = 1; k < order.length; k++) {
    if ((starts[order[k] as number] as number) < (starts[order[k - 1] as number] as number))
      return false;
  }
  return true;
}
