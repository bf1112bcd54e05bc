import { hashedId } from "../common/hash";

const SAFE_ID = /^[A-Za-z0-9._:@-]{1,64}$/;

type IdSource = { sourceId?: string; start: number; title: string; room?: string };
/** Title -> start -> room -> how many sessions had those three so far. */
type SeenTable = Map<string, Map<number, Map<string, number>>>;

/** The sessions as columns, one entry per session (what the builder keeps). */
export type IdColumns = {
  sourceIds: readonly (string | undefined)[];
  starts: readonly number[];
  titles: readonly string[];
  rooms: readonly string[];
};

/** Deterministic session ids: the source id when there is one (made safe, with "~2", "~3" for
 * repeats such as shared iCalendar UIDs), else a hash of start, title, room and an ordinal
 * among sessions sharing those three. */
export function assignSessionIds(drafts: readonly IdSource[]): string[] {
  return columnSessionIds({
    sourceIds: drafts.map((d) => d.sourceId),
    starts: drafts.map((d) => d.start),
    titles: drafts.map((d) => d.title),
    rooms: drafts.map((d) => d.room ?? ""),
  });
}

/** assignSessionIds over columns. */
export function columnSessionIds(c: IdColumns): string[] {
  const seen: SeenTable = new Map();
  const used = new Set<string>();
  // The suffix to try next for a base id already used, so 20,000 sessions sharing one UID take
  // one look each rather than one per session before them.
  const nextSuffix = new Map<string, number>();
  const ids: string[] = new Array(c.starts.length);
  for (let k = 0; k < c.starts.length; k++) {
    const source = c.sourceIds[k]?.trim();
    let base: string;
    if (source) base = SAFE_ID.test(source) ? source : hashedId("u", [source]);
    else {
      const start = c.starts[k] as number;
      const title = c.titles[k] as string;
      const room = c.rooms[k] as string;
      const n = ordinal(seen, title, start, room);
      base = hashedId("h", [String(start), "|", title, "|", room, "|", String(n)]);
    }
    let id = base;
    if (used.has(id)) {
      let n = nextSuffix.get(base) ?? 2;
      for (id = `${base}~${n}`; used.has(id); id = `${base}~${n}`) n++;
      nextSuffix.set(base, n + 1);
    }
    used.add(id);
    ids[k] = id;
  }
  return ids;
}

/** 1 for the first session with this start, title and room, 2 for the next, and so on. */
function ordinal(seen: SeenTable, title: string, start: number, room: string): number {
  let byStart = seen.get(title);
  if (!byStart) {
    byStart = new Map();
    seen.set(title, byStart);
  }
  let byRoom = byStart.get(start);
  if (!byRoom) {
    byRoom = new Map();
    byStart.set(start, byRoom);
  }
  const n = (byRoom.get(room) ?? 0) + 1;
  byRoom.set(room, n);
  return n;
}
