import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleLambdas } from "../../infra/bundle-lambdas";
import { type Figures, median, round } from "./figures";

const runs = 15;

function wallMs(args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
  return ms;
}

/** A static import or re-export of a sibling chunk in minified ESM; `import("./x.mjs")`, which
 * loads a chunk only when a route first needs it, has a parenthesis where this wants a quote. */
const STATIC_IMPORT = /(?:import|export)\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+)["']/g;

/** Bytes of the entry and every chunk it imports statically: what a cold start reads before
 * the first request, as opposed to everything deployed. */
function coldLoadedBytes(entry: string): number {
  const dir = dirname(entry);
  const seen = new Set<string>();
  const waiting = [entry.slice(dir.length + 1)];
  let bytes = 0;
  for (let file = waiting.pop(); file !== undefined; file = waiting.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file));
    bytes += code.length;
    for (const match of code.toString("utf8").matchAll(STATIC_IMPORT)) {
      waiting.push(match[1] as string);
    }
  }
  return bytes;
}

/** Bundle size, and a cold import of the API bundle against a bare `node -e 0`, run alternately
 * so that machine noise hits both alike. */
export async function lambdaFigures(): Promise<Figures> {
  const { api } = await bundleLambdas();
  if (!api) throw new Error("the API Lambda was not bundled");
  const env = {
    ...process.env,
    TABLE_NAME: "bench",
    APP_URL: "https://rapport.example.org",
    MAIL_FROM: "bench@example.org",
    ORIGIN_SECRET: "bench-origin-secret",
    AWS_REGION: "us-east-1",
  };
  const importArgs = [
    "--input-type=module",
    "-e",
    `await import(${JSON.stringify(pathToFileURL(api.file).href)})`,
  ];
  const bare: number[] = [];
  const cold: number[] = [];
  wallMs(["-e", "0"], env);
  for (let i = 0; i < runs; i++) {
    bare.push(wallMs(["-e", "0"], env));
    cold.push(wallMs(importArgs, env));
  }
  return {
    "lambda.api.bundle_bytes": {
      value: api.bytes,
      unit: "bytes",
      note: "minified ESM bundle of functions/lambda/api.ts; the AWS SDK stays external (Lambda ships it)",
      budget: { max: 400 * 1024 },
    },
    "lambda.api.cold_loaded_bytes": {
      value: coldLoadedBytes(api.file),
      unit: "bytes",
      note: "the entry and the chunks it imports statically; the importer, mail composer, suggestions and cards load on their first use",
    },
    "lambda.api.cold_import_ratio": {
      value: round(median(cold) / median(bare)),
      unit: "ratio",
      note: `median cold import ${round(median(cold), 1)} ms over median node -e 0 ${round(median(bare), 1)} ms, ${runs} runs each, alternating`,
      budget: { max: 2 },
    },
  };
}
