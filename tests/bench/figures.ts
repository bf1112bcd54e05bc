import v8 from "node:v8";
import { runInNewContext } from "node:vm";

export type Unit = "bytes" | "MB" | "ms" | "s" | "ratio" | "count" | "score";

export interface Figure {
  value: number;
  unit: Unit;
  note: string;
  /** The budget the figure must stay within, when it has one: at most `max`, or at least `min`
   * for a score. */
  budget?: { max: number } | { min: number };
}

export type Figures = Record<string, Figure>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/** Whether a figure is outside its budget. */
export const overBudget = (figure: Figure) =>
  figure.budget !== undefined &&
  ("max" in figure.budget ? figure.value > figure.budget.max : figure.value < figure.budget.min);

/** A budget as text: "≤ 61440" or "≥ 90". */
export const budgetText = (figure: Figure) =>
  figure.budget === undefined
    ? ""
    : "max" in figure.budget
      ? `≤ ${figure.budget.max}`
      : `≥ ${figure.budget.min}`;

// A full collection before a timed run, so that each starts from the same heap and pays only for
// its own garbage. The flag must be set before the function is looked up, which a new context
// does; `npm run bench` needs no --expose-gc.
v8.setFlagsFromString("--expose-gc");
export const collectGarbage = runInNewContext("gc") as () => void;

/** Milliseconds one run takes, from a collected heap; with `times`, the mean of that many runs in
 * a row, where each run after the first pays for the garbage of those before it, as work done
 * again and again does, instead of none of it. */
export function timed(run: () => unknown, times = 1): number {
  collectGarbage();
  const start = performance.now();
  for (let i = 0; i < times; i++) run();
  return (performance.now() - start) / times;
}
