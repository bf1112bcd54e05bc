import { readdir, rm, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { lambdaEntries, lambdaEsbuildOptions } from "./lambda-bundle";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Bundles every Lambda into `<outDir>/<name>/` (entry `index.mjs` plus its chunks) and
 * returns the entry file and the bytes of everything that would be deployed. */
export async function bundleLambdas(
  outDir = `${root}.build/lambda`,
): Promise<Record<string, { file: string; bytes: number }>> {
  const out: Record<string, { file: string; bytes: number }> = {};
  for (const [name, entry] of Object.entries(lambdaEntries)) {
    const dir = `${outDir}/${name}`;
    await rm(dir, { recursive: true, force: true });
    await build({
      ...lambdaEsbuildOptions,
      entryPoints: { index: `${root}${entry}` },
      outdir: dir,
      outExtension: { ".js": ".mjs" },
      logLevel: "warning",
    });
    const files = await readdir(dir);
    const sizes = await Promise.all(files.map(async (f) => (await stat(`${dir}/${f}`)).size));
    out[name] = { file: `${dir}/index.mjs`, bytes: sizes.reduce((a, b) => a + b, 0) };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, { file, bytes }] of Object.entries(await bundleLambdas())) {
    console.log(`${name.padEnd(10)} ${(bytes / 1024).toFixed(1).padStart(7)} KB in all  ${file}`);
  }
}
