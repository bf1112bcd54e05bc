import { hash36 } from "./hash";

const SAFE_ID = /^[A-Za-z0-9._:@-]{1,64}$/;

type IdSource = { sourceId?: string; start: number; title: string; room?: string };

/** Deterministic session ids: the source id when there is one (made safe, with "~2", "~3" for
 * repeats such as shared iCalendar UIDs), else a hash of start, title, room and an ordinal
 * among sessions sharing those three. */
export function assignSessionIds(drafts: IdSource[]): string[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return drafts.map((d) => {
    const source = d.sourceId?.trim();
    let base: string;
    if (source) base = SAFE_ID.test(source) ? source : `u${hash36(source)}`;
    else {
      const tuple = `${d.start}|${d.title}|${d.room ?? ""}`;
      const n = (seen.get(tuple) ?? 0) + 1;
      seen.set(tuple, n);
      base = `h${hash36(`${tuple}|${n}`)}`;
    }
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
    used.add(id);
    return id;
  });
}
