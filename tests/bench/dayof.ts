import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import lighthouse from "lighthouse";
import { type LocalRuntime, startLocal } from "../../functions/local/server";
import { chromiumPath, launch } from "../e2e/browser";
import { call, onboarded, savedProgram } from "../integration/runtime";
import { type Figures, median, round } from "./figures";

const day = "2027-04-15";
const runs = 5;

const given = ["Ana", "Ben", "Chen", "Dana", "Elif", "Femi", "Grace", "Hugo", "Ines", "Jon"];
const family = ["Ruiz", "Osei", "Li", "Park"];

/** A conference day as a resident plans it: 40 sessions, 12 of them with a flagged target. */
function programCsv(): string {
  const rows = ["Date,Start Time,End Time,Session Title,Track,Room,Presenter,Affiliation,Role"];
  for (let i = 0; i < 40; i++) {
    const hour = 8 + Math.floor(i / 4);
    const clock = (h: number) => `${h > 12 ? h - 12 : h}:00 ${h >= 12 ? "PM" : "AM"}`;
    rows.push(
      `04/15/2027,${clock(hour)},${clock(hour + 1)},Session ${i} on Trauma Care,Trauma,Hall ${String.fromCharCode(65 + (i % 4))},"${given[i % 10]} ${family[Math.floor(i / 10)]}, MD",Lakemont University Hospital,Speaker`,
    );
  }
  return rows.join("\n");
}

export async function plannedDay(runtime: LocalRuntime): Promise<{ cookie: string; path: string }> {
  const cookie = await onboarded(runtime, "dayof-bench@example.org");
  const { conferenceId, people } = await savedProgram(
    runtime,
    cookie,
    programCsv(),
    "Bench Congress 2027",
  );
  for (const personId of Object.values(people).slice(0, 12)) {
    const flagged = await call(runtime, "/api/contacts", {
      cookie,
      body: { conferenceId, personId },
    });
    if (flagged.status !== 201) throw new Error(`flagging failed: ${JSON.stringify(flagged.body)}`);
  }
  return { cookie, path: `/conferences/${conferenceId}/day/${day}` };
}

/** Every script the day page loads on a first visit, gzipped one by one as a server sends
 * them. The service worker's own script is left out: it is fetched after the page has loaded,
 * by the browser, not by the route. */
async function dayScriptBytes(runtime: LocalRuntime, cookie: string, path: string) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // As Lighthouse sends it below: the session as a header on every request.
    await context.setExtraHTTPHeaders({ cookie });
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const url = new URL(response.url());
      if (url.pathname === "/sw.js" || url.pathname.startsWith("/workbox-")) return;
      scripts.set(url.pathname, gzipSync(await response.body(), { level: 9 }).length);
    });
    await page.goto(`${runtime.url}${path}`);
    await page
      .getByRole("heading", { name: "Your targets' sessions" })
      .waitFor({ timeout: 15_000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\n${page.url()}\n${await page.textContent("body")}`);
      });
    await page.waitForLoadState("networkidle");
    return { bytes: [...scripts.values()].reduce((a, b) => a + b, 0), files: scripts.size };
  } finally {
    await browser.close();
  }
}

/** Debian's Chromium with a debugging port for Lighthouse to drive. */
export async function debuggableChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), "rapport-lh-"));
  const child: ChildProcess = spawn(
    chromiumPath,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (found) resolve(Number(found[1]));
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited (${code}): ${text}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** Lighthouse's mobile performance score of the day page (its default: a mid-range phone, 4×
 * CPU slowdown, slow 4G, simulated), the median of a few runs, with the timings behind it. */
async function lighthouseScores(url: string, cookie: string) {
  const chrome = await debuggableChromium();
  try {
    const results: {
      score: number;
      fcp: number;
      lcp: number;
      tbt: number;
      tti: number;
      benchmark: number;
    }[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ["performance"],
        extraHeaders: { Cookie: cookie },
        logLevel: "error",
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error("Lighthouse returned no result");
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      results.push({
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        fcp: audit("first-contentful-paint"),
        lcp: audit("largest-contentful-paint"),
        tbt: audit("total-blocking-time"),
        tti: audit("interactive"),
        // How fast this machine ran at the time (Lighthouse's own measure): the simulated phone
        // is this machine slowed down 4×, so a busy machine scores a slower phone.
        benchmark: lhr.environment.benchmarkIndex,
      });
    }
    return results;
  } finally {
    await chrome.stop();
  }
}

export async function dayOfFigures(): Promise<Figures> {
  const runtime = await startLocal({ port: 0, web: "static", dispatchEveryMs: 3_600_000 });
  try {
    const { cookie, path } = await plannedDay(runtime);
    const scripts = await dayScriptBytes(runtime, cookie, path);
    const scores = await lighthouseScores(`${runtime.url}${path}`, cookie);
    const mid = (pick: (r: (typeof scores)[number]) => number) =>
      round(median(scores.map(pick)), 0);
    return {
      "web.dayof.js_gzip_bytes": {
        value: scripts.bytes,
        unit: "bytes",
        note: `${scripts.files} scripts the day page loads, each gzipped (level 9)`,
        budget: { max: 60 * 1024 },
      },
      "web.dayof.lighthouse_performance": {
        value: mid((r) => r.score),
        unit: "score",
        note: `Lighthouse ${runs} runs, mobile defaults; median FCP ${mid((r) => r.fcp)} ms, LCP ${mid((r) => r.lcp)} ms, TBT ${mid((r) => r.tbt)} ms, TTI ${mid((r) => r.tti)} ms; scores ${scores.map((r) => r.score).join(", ")}; benchmark index ${scores.map((r) => r.benchmark).join(", ")}`,
        budget: { min: 90 },
      },
    };
  } finally {
    await runtime.close();
  }
}
