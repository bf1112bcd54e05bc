/** Session indexes ordered by end time, earliest end on top: the sessions still running. */
export class EndHeap {
  private readonly items: number[] = [];

  constructor(private readonly ends: readonly number[]) {}

  get size(): number {
    return this.items.length;
  }

  push(i: number): void {
    const items = this.items;
    let at = items.push(i) - 1;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (this.end(items[up] as number) <= this.end(i)) break;
      items[at] = items[up] as number;
      at = up;
    }
    items[at] = i;
  }

  /** Drops every session that has ended by `time`. */
  dropEndedBy(time: number): void {
    const items = this.items;
    while (items.length > 0 && this.end(items[0] as number) <= time) {
      const last = items.pop() as number;
      if (items.length === 0) break;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child =
          right < items.length && this.end(items[right] as number) < this.end(items[left] as number)
            ? right
            : left;
        if (this.end(items[child] as number) >= this.end(last)) break;
        items[at] = items[child] as number;
        at = child;
      }
      items[at] = last;
    }
  }

  private end(i: number): number {
    return this.ends[i] as number;
  }
}
