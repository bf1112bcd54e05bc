import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium, devices, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type LocalOptions, type LocalRuntime, startLocal } from "../../functions/local/server";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The two sizes every page must work at. */
export const viewports = {
  desktop: { viewport: { width: 1280, height: 800 } },
  iphone: devices["iPhone 13"],
} as const;

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** Runs axe-core in the page and fails on any serious or critical violation (with "all", on any
 * violation at all), naming them. The
 * pages forbid inline scripts, so axe is evaluated through the browser's debugging protocol, which
 * the page's Content Security Policy does not govern. */
export async function expectAccessible(page: Page, impacts: "serious" | "all" = "serious") {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  expect(
    impacts === "all"
      ? violations
      : violations.filter((v) => v.impact === "serious" || v.impact === "critical"),
  ).toEqual([]);
}

/** The page must not scroll sideways at its width. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** One test file's app, in this process with the built web app, and one Chromium for it. */
export function appAndBrowser(options: Partial<LocalOptions> = {}) {
  const app = {} as { runtime: LocalRuntime; browser: Browser };
  beforeAll(async () => {
    app.runtime = await startLocal({ port: 0, web: "static", ...options });
    app.browser = await launch();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.runtime?.close();
  });
  return app;
}

/** A link of the header's menu, which a phone folds away under the "Menu" button. */
export async function menuLink(page: Page, name: string) {
  const header = page.getByRole("banner");
  const toggle = header.getByRole("button", { name: "Menu" });
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) !== "true") {
    await toggle.click();
  }
  return header.getByRole("link", { name, exact: true });
}
