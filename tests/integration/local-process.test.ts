import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "rapport-data-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `npm start` without npm: npm would put a shell between the test and the app. */
function start(port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "functions/local/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), RAPPORT_DATA_DIR: dataDir },
  });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk) => {
    output.stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output.stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

async function waitFor(check: () => boolean, what: string, ms = 120_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe: Server = createServer()
      .once("error", () => resolve(false))
      .listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

describe("npm start", () => {
  it("serves the API and the web app on one port, keeps data on disk, and stops on Ctrl-C", async () => {
    const port = await freePort();
    const app = start(port);
    await waitFor(() => app.output.stdout.includes("Rapport is running at"), "start-up");
    expect(app.output.stdout).toContain(`Rapport is running at http://localhost:${port}\n`);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ database: "ok", mail: "ok", mode: "local" });
    const page = await fetch(`http://127.0.0.1:${port}/dev/mailbox`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
    expect((await readdir(dataDir)).sort()).toEqual(["dynamodb"]);
    const other = await fetch(`http://127.0.0.1:${port}/import?x=1`, { redirect: "manual" });
    expect(other.status).toBe(308);
    expect(other.headers.get("location")).toBe(`http://localhost:${port}/import?x=1`);
    (app.child as ChildProcess).kill("SIGINT");
    expect(await app.exited).toBe(0);
    expect(await portIsFree(port)).toBe(true);
  });

  it("says in one line that the port is taken and exits non-zero", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", () => resolve()));
    const { port } = blocker.address() as { port: number };
    try {
      const app = start(port);
      expect(await app.exited).toBe(1);
      expect(app.output.stderr).toBe(
        `Port ${port} is already in use; stop the other program or set PORT to another port.\n`,
      );
    } finally {
      blocker.close();
    }
  });
});
