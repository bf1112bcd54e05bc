import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { appAndBrowser } from "./browser";
import { signedInContext } from "./sign-in";

const app = appAndBrowser();
const out = "/tmp/review-web";
const log = (label: string, value: unknown) =>
  appendFileSync(`${out}/log2.txt`, `\n### ${label}\n${JSON.stringify(value, null, 1)}\n`);
writeFileSync(`${out}/log2.txt`, "");
const narrow = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}#${el.id} ${(el.textContent || "").trim().slice(0, 40)}` : "none";
  });

describe("review 2", () => {
  it("stale preview save, focus after preview, junk, table", async () => {
    const { context, page } = await signedInContext(app.browser, app.runtime, narrow, "r2imp");
    await page.goto(`${app.runtime.url}/import`);
    await page.getByLabel("…or paste the program text").fill(readFileSync("tests/fixtures/import/ambiguous.csv", "utf8"));
    await page.getByLabel("Conference time zone").fill("America/Chicago");
    await page.getByLabel("Conference time zone").press("Enter");
    await page.waitForTimeout(800);
    log("enter in zone field", { previewShown: await page.locator(".preview").count(), active: await active(page) });
    await page.getByRole("button", { name: "Preview" }).focus();
    await page.keyboard.press("Enter");
    await page.locator(".preview").waitFor();
    await page.waitForTimeout(300);
    log("focus after successful preview via keyboard", await active(page));
    log("preview dates mdy", await page.locator(".preview dl dd").nth(1).textContent());
    await page.locator(".preview table").screenshot({ path: `${out}/w360-preview-table.png` });
    // Pick day-first but do not update the preview; save.
    await page.getByLabel(/Day first/).check();
    await page.getByLabel("Save as").fill("Stale check");
    await page.locator(".preview").screenshot({ path: `${out}/w360-stale-before-save.png` });
    log("preview dates still shown after choosing dmy", await page.locator(".preview dl dd").nth(1).textContent());
    await page.getByRole("button", { name: /^Save \d+ sessions/ }).click();
    await page.waitForURL(/\/conferences\//);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForTimeout(300);
    log("saved meta", await page.locator(".page-head .meta").textContent());
    await page.screenshot({ path: `${out}/w360-stale-saved.png` });

    // Junk text with a zone.
    await page.goto(`${app.runtime.url}/import`);
    await page.getByLabel("Conference time zone").fill("America/Chicago");
    await page.getByLabel("…or paste the program text").fill("Dear colleague,\nplease find attached the program.\nBest regards");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.waitForTimeout(1500);
    log("junk with zone", { alert: await page.getByRole("alert").allTextContents(), dl: await page.locator(".preview dl dd").allTextContents(), warnings: await page.locator(".warnings li").allTextContents(), save: await page.locator("button", { hasText: /^Save/ }).allTextContents() });
    await page.screenshot({ path: `${out}/w360-junk-with-zone.png`, fullPage: true });
    // Format forced to wrong one
    await page.getByLabel("…or paste the program text").fill(readFileSync("tests/fixtures/import/ambiguous.csv", "utf8"));
    await page.getByLabel("Format").selectOption("frab-json");
    await page.getByRole("button", { name: /Preview/ }).click();
    await page.waitForTimeout(1500);
    log("wrong format", { alert: await page.getByRole("alert").allTextContents() });
    await context.close();
  });

  it("program: search across days, loading progress, home card", async () => {
    const { context, page } = await signedInContext(app.browser, app.runtime, narrow, "r2prog");
    await page.getByRole("button", { name: "Try a sample conference" }).click();
    await page.waitForURL(/\/conferences\//, { timeout: 60_000 });
    await page.locator(".session").first().waitFor({ timeout: 60_000 });
    const url = page.url();
    await page.getByLabel("Search people, affiliations, titles and tracks").fill("surgeon as teacher");
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/w360-search-other-day.png` });
    log("search other day", { status: await page.locator(".search [role=status]").textContent(), panel: await page.locator(".tab-panel:visible").textContent(), tabs: await page.getByRole("tab").allTextContents() });
    // Reload with slow pages to see progress.
    await page.route("**/api/conferences/*", async (route) => {
      if (route.request().method() === "GET") await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    await page.goto(url);
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      const t = await page.locator("main [role=status]").first().textContent().catch(() => null);
      if (t) seen.add(t);
      if (i === 3) await page.screenshot({ path: `${out}/w360-program-progress.png` });
      await page.waitForTimeout(150);
    }
    log("progress texts", [...seen]);
    await page.unroute("**/api/conferences/*");
    await page.goto(app.runtime.url);
    await page.locator(".card").first().waitFor();
    await page.screenshot({ path: `${out}/w360-home-with-card.png`, fullPage: true });
    await context.close();
  });

  it("settings error hidden under save bar", async () => {
    const { context, page } = await signedInContext(app.browser, app.runtime, narrow, "r2set");
    await page.goto(`${app.runtime.url}/settings`);
    await page.getByRole("heading", { name: "Settings" }).waitFor();
    await page.getByLabel("LinkedIn profile").fill("not a url");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForTimeout(500);
    const info = await page.evaluate(() => {
      const err = document.getElementById("settings-linkedinUrl-error");
      if (!err) return "no error element";
      const r = err.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
      return { errTop: r.top, errBottom: r.bottom, vh: window.innerHeight, atPoint: `${top?.tagName}.${top?.className}`, text: err.textContent };
    });
    log("settings error visibility", info);
    await page.screenshot({ path: `${out}/w360-settings-error-hidden.png` });
    // Number field
    await page.getByLabel("LinkedIn profile").fill("");
    await page.getByLabel(/Outreach reminder/).fill("90");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForTimeout(500);
    const info2 = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const err = document.getElementById(`${a.id}-error`);
      const r = err?.getBoundingClientRect();
      const top = r ? document.elementFromPoint(r.left + 5, r.top + r.height / 2) : null;
      return { active: a.id, err: err?.textContent, errTop: r?.top, vh: innerHeight, atPoint: `${top?.tagName}.${top?.className}` };
    });
    log("settings number error", info2);
    await page.screenshot({ path: `${out}/w360-settings-number-error.png` });
    await context.close();
  });
});
