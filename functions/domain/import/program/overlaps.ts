import type { ImportWarning } from "../../../../schemas/program";
import { EndHeap } from "./end-heap";

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

/** overlapWarnings over columns. Once the listed pairs are found, the rest are only counted,
 * with the sessions still running kept by end time, so a program of thousands of sessions at
 * one time in one room costs a pass, not a look at every pair. */
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
  const done = new Uint8Array(c.rooms.length);
  for (const room of rooms) {
    const order = byRoom.get(room) as number[];
    // Indexes are ascending, so a stable sort by start keeps ties in the order added.
    if (!ascending(c.starts, order)) {
      order.sort((x, y) => (c.starts[x] as number) - (c.starts[y] as number));
    }
    // While pairs are listed, the running sessions in the order they started; then by end time.
    const active: number[] = [];
    let running: EndHeap | undefined;
    // Sessions met before their parent session, by parent: rare, but they are not overlaps.
    const early = new Map<number, number[]>();
    for (const i of order) {
      const start = c.starts[i] as number;
      if (running) {
        running.dropEndedBy(start);
        extra += running.size - nested(c, room, done, early, i, start);
        running.push(i);
      } else {
        let kept = 0;
        for (const j of active) if ((c.ends[j] as number) > start) active[kept++] = j;
        active.length = kept;
        for (const j of active) {
          if (c.parents[i] === j || c.parents[j] === i) continue;
          if (warnings.length < maxOverlapWarnings) warnings.push(pairWarning(c, i, j, room));
          else extra++;
        }
        active.push(i);
        if (warnings.length >= maxOverlapWarnings) {
          running = new EndHeap(c.ends);
          for (const j of active) running.push(j);
        }
      }
      done[i] = 1;
      const parent = c.parents[i];
      if (parent !== undefined && !done[parent] && c.rooms[parent] === room) {
        const list = early.get(parent);
        if (list) list.push(i);
        else early.set(parent, [i]);
      }
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

function pairWarning(c: OverlapColumns, i: number, j: number, room: string): ImportWarning {
  const w: ImportWarning = {
    ref: c.refs[i] as string,
    message: `Overlaps ${c.refs[j]} in ${room}`,
  };
  const line = c.lines[i];
  if (line !== undefined) w.line = line;
  return w;
}

/** How many of the sessions still running when `i` starts are its parent or its children. */
function nested(
  c: OverlapColumns,
  room: string,
  done: Uint8Array,
  early: Map<number, number[]>,
  i: number,
  start: number,
): number {
  let n = 0;
  const parent = c.parents[i];
  if (parent !== undefined && done[parent] && c.rooms[parent] === room) {
    if ((c.ends[parent] as number) > start) n++;
  }
  for (const child of early.get(i) ?? []) {
    if (child !== parent && (c.ends[child] as number) > start) n++;
  }
  return n;
}

function ascending(starts: readonly number[], order: number[]): boolean {
  for (let k = 1; k < order.length; k++) {
    if ((starts[order[k] as number] as number) < (starts[order[k - 1] as number] as number))
      return false;
  }
  return true;
}
