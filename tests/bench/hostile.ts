import v8 from "node:v8";
import { DomainError } from "../../functions/domain/errors";
import { importProgram } from "../../functions/domain/import/index";
import { type HostileShape, hostileShapes } from "../unit/import/hostile-shapes";
import { collectGarbage, type Figures, median, round } from "./figures";

const runs = 3;
const MB = 1024 * 1024;

/** How one shape went: its outcome, median time and the most heap it took above the heap it
 * started from (the largest heap any collection found while it ran, or the heap after it). */
export type HostileRun = {
  name: string;
  inputMb: number;
  outcome: string;
  ms: number;
  peakHeapMb: number;
};

function once(shape: HostileShape, text: string): { ms: number; peak: number; outcome: string } {
  collectGarbage();
  const base = v8.getHeapStatistics().used_heap_size;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const start = performance.now();
  let outcome: string;
  try {
    const { program } = importProgram(text, shape.options);
    outcome = `${program.sessions.length} sessions, ${program.warnings.length} warnings`;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    outcome = e.code;
  }
  const ms = performance.now() - start;
  const after = v8.getHeapStatistics().used_heap_size;
  const collections = profiler.stop()?.statistics ?? [];
  const peak = Math.max(after, ...collections.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  return { ms, peak: peak - base, outcome };
}

/** Every hostile shape through importProgram, a warm-up and then `runs` times each. */
export function hostileRuns(): HostileRun[] {
  const out: HostileRun[] = [];
  for (const [name, shape] of Object.entries(hostileShapes) as [string, HostileShape][]) {
    const text = shape.text();
    once(shape, text);
    const results = Array.from({ length: runs }, () => once(shape, text));
    out.push({
      name,
      inputMb: round(Buffer.byteLength(text) / MB, 2),
      outcome: results[0]?.outcome ?? "",
      ms: round(median(results.map((r) => r.ms)), 1),
      peakHeapMb: round(Math.max(...results.map((r) => r.peak)) / MB, 1),
    });
  }
  return out;
}

/** The slowest hostile file (tests/unit/import/hostile-shapes.ts) and the most heap any of them
 * takes: what one bad upload can cost the server. */
export async function hostileFigures(): Promise<Figures> {
  const all = hostileRuns();
  const slowest = all.reduce((a, b) => (b.ms > a.ms ? b : a));
  const largest = all.reduce((a, b) => (b.peakHeapMb > a.peakHeapMb ? b : a));
  const of = (r: HostileRun) => `“${r.name}” (${r.inputMb} MB, ${r.outcome})`;
  return {
    "import.hostile_slowest_ms": {
      value: slowest.ms,
      unit: "ms",
      note: `median of ${runs} runs after a warm-up of the slowest of ${all.length} hostile files: ${of(slowest)}; the aim is under 1,000 ms`,
    },
    "import.hostile_peak_heap_mb": {
      value: largest.peakHeapMb,
      unit: "MB",
      note: `most heap above the starting heap while any hostile file was read: ${of(largest)}`,
    },
  };
}
