import { type LocalRuntime, startLocal } from "../../functions/local/server";

/** The whole local stack in this process, in memory, on a free port, without the web app. */
export async function startTestRuntime(): Promise<LocalRuntime> {
  return startLocal({ port: 0, web: "none", dispatchEveryMs: 3_600_000 });
}

export async function api(runtime: LocalRuntime, path: string, init?: RequestInit) {
  const response = await fetch(`${runtime.url}${path}`, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}
