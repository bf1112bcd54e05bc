import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { lambdaEntries, lambdaEsbuildOptions } from "./lambda-bundle";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Bundles every Lambda to `.build/lambda/<name>/index.mjs` and returns each file's size. */
export async function bundleLambdas(): Promise<Record<string, { file: string; bytes: number }>> {
  const out: Record<string, { file: string; bytes: number }> = {};
  for (const [name, entry] of Object.entries(lambdaEntries)) {
    const file = `${root}.build/lambda/${name}/index.mjs`;
    await build({
      ...lambdaEsbuildOptions,
      entryPoints: [`${root}${entry}`],
      outfile: file,
      logLevel: "warning",
    });
    out[name] = { file, bytes: (await stat(file)).size };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, { file, bytes }] of Object.entries(await bundleLambdas())) {
    console.log(`${name.padEnd(10)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
  }
}
