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
function start(port: number, ...args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "functions/local/main.ts", ...args], {
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

const json = { "content-type": "application/json" };

/** Signs in against a running `npm start`, reading the link from its dev mailbox, and names the
 * account so that a restart can be checked against it. */
async function signInThroughDevMailbox(port: number, email: string): Promise<string> {
  const base = `http://localhost:${port}`;
  await fetch(`${base}/api/auth/sign-in`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ email }),
  });
  const { mail } = await (await fetch(`${base}/api/dev/mail`)).json();
  const token = /#token=(\S+)/.exec(mail[0].text)?.[1];
  const confirmed = await fetch(`${base}/api/auth/confirm`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ token }),
  });
  const cookie = (confirmed.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  const answers = {
    name: "Kept Across Restarts",
    position: "Resident",
    institution: "Lakeside",
    timeZone: "UTC",
  };
  await fetch(`${base}/api/me/onboarding`, {
    method: "POST",
    headers: { ...json, cookie },
    body: JSON.stringify(answers),
  });
  return cookie;
}

const profileName = async (port: number, cookie: string) =>
  (await (await fetch(`http://localhost:${port}/api/me`, { headers: { cookie } })).json()).name;

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
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("content-security-policy")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect((await readdir(dataDir)).sort()).toEqual(["dynamodb"]);
    const other = await fetch(`http://127.0.0.1:${port}/import?x=1`, { redirect: "manual" });
    expect(other.status).toBe(308);
    expect(other.headers.get("location")).toBe(`http://localhost:${port}/import?x=1`);
    const cookie = await signInThroughDevMailbox(port, "kept@example.org");
    expect(await profileName(port, cookie)).toBe("Kept Across Restarts");
    (app.child as ChildProcess).kill("SIGINT");
    expect(await app.exited).toBe(0);
    expect(await portIsFree(port)).toBe(true);

    const again = start(port);
    await waitFor(() => again.output.stdout.includes("Rapport is running at"), "restart");
    expect(await profileName(port, cookie)).toBe("Kept Across Restarts");
    again.child.kill("SIGINT");
    expect(await again.exited).toBe(0);
  });

  it("serves the web app through Vite with hot reload under npm run dev", async () => {
    const port = await freePort();
    const app = start(port, "--dev");
    await waitFor(() => app.output.stdout.includes("Rapport is running at"), "start-up");
    const page = await (await fetch(`http://localhost:${port}/`)).text();
    expect(page).toContain('<script type="module" src="/@vite/client"></script>');
    const source = await fetch(`http://localhost:${port}/src/main.tsx`);
    expect(source.status).toBe(200);
    expect(source.headers.get("content-type")).toContain("javascript");
    expect((await (await fetch(`http://localhost:${port}/api/health`)).json()).database).toBe("ok");
    app.child.kill("SIGINT");
    expect(await app.exited).toBe(0);
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
