export type Unit = "bytes" | "MB" | "ms" | "s" | "ratio" | "count" | "score";

export interface Figure {
  value: number;
  unit: Unit;
  note: string;
  /** The budget the figure must stay within, when it has one. */
  budget?: { max: number };
}

export type Figures = Record<string, Figure>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));
