import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocal } from "../../functions/local/server";
import { call, signIn } from "../integration/runtime";
import { bigProgram, bigProgramSize } from "./big-program";
import { type Figures, median, round } from "./figures";

const runs = 3;

/** The whole import of the big program through the API into dynalite: the request carries the
 * file, the server reads, normalizes and stores it, and answers once all of it is stored. */
export async function importStoreFigures(): Promise<Figures> {
  const text = bigProgram("ics");
  const dataPath = await mkdtemp(join(tmpdir(), "rapport-bench-"));
  const runtime = await startLocal({ port: 0, web: "none", dispatchEveryMs: 3_600_000, dataPath });
  try {
    const cookie = await signIn(runtime, "bench@example.org");
    const seconds: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const res = await call(runtime, "/api/conferences", { body: { text }, cookie });
      seconds.push((performance.now() - started) / 1000);
      if (res.status !== 201 || res.body.sessionCount !== bigProgramSize.sessions) {
        throw new Error(
          `the import failed: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
        );
      }
    }
    return {
      "import.store_seconds": {
        value: round(median(seconds), 2),
        unit: "s",
        note: `POST /api/conferences with a ${(text.length / 1e6).toFixed(1)} MB iCalendar file of ${bigProgramSize.sessions} sessions and ${bigProgramSize.people} people, into dynalite on disk as under npm start; median of ${runs}`,
        budget: { max: 5 },
      },
    };
  } finally {
    await runtime.close();
    await rm(dataPath, { recursive: true, force: true });
  }
}
