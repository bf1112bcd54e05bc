import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot, webConfig, webDist } from "./paths";

/** Everything the web bundle is built from. */
const inputs = [
  "web/src",
  "web/public",
  "web/index.html",
  "web/vite.config.ts",
  "schemas",
  "package.json",
];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** The build is stale when it is missing or any input changed after it was written. */
export async function webBuildIsStale(): Promise<boolean> {
  const built = await stat(join(webDist, "index.html")).catch(() => undefined);
  if (!built) return true;
  const newest = Math.max(
    ...(await Promise.all(inputs.map((p) => newestMtime(join(repoRoot, p))))),
  );
  return newest > built.mtimeMs;
}

export async function buildWeb(): Promise<void> {
  const { build } = await import("vite");
  await build({ configFile: webConfig, logLevel: "warn" });
}

export async function ensureWebBuild(log: (line: string) => void): Promise<void> {
  if (!(await webBuildIsStale())) return;
  log("Building the web app…");
  await buildWeb();
}
