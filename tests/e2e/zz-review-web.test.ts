import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { appAndBrowser, viewports } from "./browser";
import { signedInContext } from "./sign-in";

const app = appAndBrowser();
const out = "/tmp/review-web";
const log = (label: string, value: unknown) =>
  appendFileSync(`${out}/log.txt`, `\n### ${label}\n${JSON.stringify(value, null, 1)}\n`);
writeFileSync(`${out}/log.txt`, "");

const narrow = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
};
const devices = { iphone: viewports.iphone, w360: narrow } as const;

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
}

/** Sideways overflow and the elements sticking out to the right. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const w = window.innerWidth;
    const wide: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > w + 0.5) {
        wide.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).slice(0, 30)} right=${Math.round(r.right)}`,
        );
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, inner: w, wide: wide.slice(0, 15) };
  });
}

/** Interactive elements smaller than 44x44 (24 min for WCAG 2.5.8). */
async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const sel = "a, button, input, select, textarea, summary, [role=tab], label";
    const small: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.tagName === "LABEL" && !el.querySelector("input")) continue;
      if (r.height < 44 || r.width < 44) {
        const t = (el.textContent || (el as HTMLInputElement).type || "").trim().slice(0, 30);
        small.push(`${el.tagName.toLowerCase()} "${t}" ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return small;
  });
}

/** Tabs `n` times, recording each focused element and whether it shows an outline. */
async function tabWalk(page: Page, n: number) {
  const steps: string[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press("Tab");
    steps.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return "(body)";
        const cs = getComputedStyle(el);
        const ring =
          cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0
            ? `outline ${cs.outlineWidth} ${cs.outlineColor}`
            : `NO OUTLINE (box-shadow ${cs.boxShadow})`;
        const t = (el.getAttribute("aria-label") || el.textContent || el.id || "").trim().slice(0, 30);
        return `${el.tagName.toLowerCase()}${el.getAttribute("role") ? `[${el.getAttribute("role")}]` : ""} "${t}" — ${ring}`;
      }),
    );
  }
  return steps;
}

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.tagName.toLowerCase()}#${el.id} ${(el.textContent || "").trim().slice(0, 40)}`
      : "none";
  });

for (const [name, device] of Object.entries(devices)) {
  describe(`review ${name}`, () => {
    it("home, sample, program browser", async () => {
      const { context, page } = await signedInContext(app.browser, app.runtime, device, `rv${name}`);
      await page.getByText(/No conferences yet/).waitFor();
      await shot(page, `${name}-home-empty`, true);
      log(`${name} home overflow`, await overflow(page));
      log(`${name} home small targets`, await smallTargets(page));
      log(`${name} home focus after load`, await active(page));
      await page.evaluate(() => (document.activeElement as HTMLElement)?.blur());
      log(`${name} home tab walk`, await tabWalk(page, 10));

      // Slow the sample save to see the loading state.
      await page.route("**/api/conferences", async (route) => {
        if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.getByRole("button", { name: "Try a sample conference" }).click();
      await page.waitForTimeout(300);
      await shot(page, `${name}-home-sample-loading`);
      await page.waitForURL(/\/conferences\//, { timeout: 60_000 });
      await page.waitForTimeout(100);
      await shot(page, `${name}-program-loading`);
      await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 60_000 });
      await page.locator(".session").first().waitFor();
      log(`${name} program focus after navigation`, await active(page));
      log(`${name} program title`, await page.title());
      await shot(page, `${name}-program-top`);
      await shot(page, `${name}-program-full`, true);
      log(`${name} program overflow`, await overflow(page));
      log(`${name} program small targets`, (await smallTargets(page)).slice(0, 30));
      log(
        `${name} tab list scroll`,
        await page.evaluate(() => {
          const l = document.querySelector(".tab-list") as HTMLElement;
          return { scrollWidth: l.scrollWidth, clientWidth: l.clientWidth };
        }),
      );

      // Keyboard on tabs.
      await page.evaluate(() => (document.activeElement as HTMLElement)?.blur());
      await page.getByLabel("Search people, affiliations, titles and tracks").focus();
      log(`${name} tab walk from search`, await tabWalk(page, 6));
      await page.getByRole("tab").first().focus();
      await page.keyboard.press("ArrowRight");
      log(`${name} after ArrowRight`, {
        active: await active(page),
        selected: await page.locator("[role=tab][aria-selected=true]").textContent(),
      });
      await page.keyboard.press("End");
      log(`${name} after End`, {
        active: await active(page),
        selected: await page.locator("[role=tab][aria-selected=true]").textContent(),
      });
      await page.keyboard.press("Home");
      await page.keyboard.press("Enter");
      await shot(page, `${name}-tabs-keyboard`);
      await page.keyboard.press("Tab");
      log(`${name} Tab after tablist`, await active(page));
      await page.keyboard.press("Tab");
      log(`${name} Tab 2 after tablist`, await active(page));
      // Details via keyboard
      const summary = page.locator(".tab-panel:visible .session-details summary").first();
      await summary.focus();
      await page.keyboard.press("Enter");
      log(`${name} details open via Enter`, await page.locator(".tab-panel:visible .session-details").first().evaluate((d) => (d as HTMLDetailsElement).open));
      await summary.scrollIntoViewIfNeeded();
      await shot(page, `${name}-details-open`);
      await page.keyboard.press("Space");
      log(`${name} details after Space`, await page.locator(".tab-panel:visible .session-details").first().evaluate((d) => (d as HTMLDetailsElement).open));
      log(
        `${name} details count / total sessions on day 1`,
        {
          details: await page.locator(".tab-panel:visible .session-details").count(),
          sessions: await page.locator(".tab-panel:visible .session").count(),
        },
      );

      // Search
      await page.getByLabel("Search people, affiliations, titles and tracks").fill("trauma");
      await page.waitForTimeout(200);
      await shot(page, `${name}-search-trauma`);
      log(
        `${name} search trauma`,
        await page.locator(".search [role=status]").textContent(),
      );
      // Search something that exists only on another day
      await page.getByLabel("Search people, affiliations, titles and tracks").fill("zzzz");
      await shot(page, `${name}-search-none`);
      await page.getByLabel("Search people, affiliations, titles and tracks").fill("");

      // People
      await page.getByRole("tab", { name: "People" }).click();
      await shot(page, `${name}-people`);
      log(`${name} people overflow`, await overflow(page));
      await page.getByLabel("Search people, affiliations, titles and tracks").fill("mayo");
      await shot(page, `${name}-people-search`);
      await page.getByLabel("Search people, affiliations, titles and tracks").fill("zzzz");
      await shot(page, `${name}-people-none`);
      log(`${name} people none text`, await page.locator(".affiliations").textContent());
      await page.getByLabel("Search people, affiliations, titles and tracks").fill("");

      // Delete: dismiss then accept
      const messages: string[] = [];
      page.once("dialog", async (d) => {
        messages.push(`${d.type()}: ${d.message()}`);
        await d.dismiss();
      });
      await page.getByRole("button", { name: "Delete this conference" }).click();
      await page.waitForTimeout(300);
      log(`${name} after dismiss`, { messages, url: page.url(), active: await active(page) });
      // Make delete fail
      await page.route("**/api/conferences/*", async (route) => {
        if (route.request().method() === "DELETE")
          await route.fulfill({ status: 500, contentType: "application/json", body: '{"error":{"code":"x","message":"boom"}}' });
        else await route.continue();
      });
      page.once("dialog", (d) => d.accept());
      await page.getByRole("button", { name: "Delete this conference" }).click();
      await page.waitForTimeout(500);
      await shot(page, `${name}-delete-failed`);
      log(`${name} delete failed`, {
        text: await page.locator(".notice-error").allTextContents(),
        active: await active(page),
      });
      await page.unroute("**/api/conferences/*");
      page.once("dialog", (d) => d.accept());
      await page.getByRole("button", { name: "Delete this conference" }).click();
      await page.waitForURL((u) => u.pathname === "/");
      await page.waitForTimeout(500);
      await shot(page, `${name}-after-delete`);
      log(`${name} after delete`, { active: await active(page), title: await page.title(), body: (await page.locator("main").textContent())?.slice(0, 200) });

      // Unknown conference id
      await page.goto(`${app.runtime.url}/conferences/doesnotexist`);
      await page.waitForTimeout(1500);
      await shot(page, `${name}-program-missing`);
      log(`${name} missing conf`, await page.locator("main").textContent());
      await context.close();
    });

    it("import", async () => {
      const { context, page } = await signedInContext(app.browser, app.runtime, device, `im${name}`);
      await page.goto(`${app.runtime.url}/import`);
      await page.getByRole("heading", { name: "Import a program" }).waitFor();
      await shot(page, `${name}-import-empty`, true);
      log(`${name} import overflow`, await overflow(page));
      log(`${name} import small targets`, await smallTargets(page));
      log(`${name} import focus after nav`, await active(page));
      // Empty preview
      await page.getByRole("button", { name: "Preview" }).click();
      log(`${name} empty preview`, { active: await active(page), alert: await page.getByRole("alert").allTextContents() });
      await shot(page, `${name}-import-empty-error`);
      // Keyboard walk
      await page.evaluate(() => (document.activeElement as HTMLElement)?.blur());
      log(`${name} import tab walk`, await tabWalk(page, 12));

      // CSV ambiguous, upload
      await page.getByLabel("Program file").setInputFiles({
        name: "ambiguous.csv",
        mimeType: "text/csv",
        buffer: readFileSync("tests/fixtures/import/ambiguous.csv"),
      });
      await page.getByText("Loaded ambiguous.csv").waitFor();
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByRole("alert").waitFor();
      log(`${name} csv no zone`, { active: await active(page), alert: await page.getByRole("alert").allTextContents() });
      await shot(page, `${name}-import-csv-zone-error`);
      // Type zone without blur (onChange) then click Preview directly
      await page.getByLabel("Conference time zone").fill("America/Chicago");
      await page.getByRole("button", { name: "Preview" }).click();
      await page.waitForTimeout(1500);
      log(`${name} csv after zone typed+click`, {
        alert: await page.getByRole("alert").allTextContents(),
        h2: await page.locator("h2").allTextContents(),
      });
      await shot(page, `${name}-import-csv-preview`, true);
      log(`${name} csv preview overflow`, await overflow(page));
      log(`${name} csv preview small targets`, await smallTargets(page));
      log(`${name} csv preview dl`, await page.locator(".preview dl dd").allTextContents());
      log(`${name} csv radios`, await page.locator("input[name=date-order]").evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).checked)));
      // Choose day first, update preview
      const dayFirst = page.getByLabel(/Day first/);
      if (await dayFirst.count()) {
        await dayFirst.check();
        await page.getByRole("button", { name: "Update preview" }).click();
        await page.waitForTimeout(1000);
        log(`${name} csv after dmy`, await page.locator(".preview dl dd").allTextContents());
        await shot(page, `${name}-import-csv-dmy`, true);
      }
      // Keyboard on radios
      await page.getByLabel(/Month first/).focus();
      await page.keyboard.press("ArrowDown");
      log(`${name} radio arrow`, await page.locator("input[name=date-order]").evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).checked)));
      // Mapping correction: change a column and see whether preview marks it stale
      const firstMap = page.locator("#map-0");
      await firstMap.selectOption("ignore");
      await page.waitForTimeout(300);
      await shot(page, `${name}-import-csv-mapping-changed`, true);
      log(`${name} mapping changed, save button`, await page.locator("button", { hasText: /^Save/ }).textContent());
      await page.getByRole("button", { name: "Update preview" }).click();
      await page.waitForTimeout(1000);
      log(`${name} after ignoring title`, {
        alert: await page.getByRole("alert").allTextContents(),
        dl: await page.locator(".preview dl dd").allTextContents(),
        warnings: await page.locator(".warnings li").allTextContents(),
      });
      await shot(page, `${name}-import-csv-title-ignored`, true);

      // Text program with warnings, pasted
      await page.reload();
      await page.getByRole("heading", { name: "Import a program" }).waitFor();
      const text = `${readFileSync("tests/fixtures/import/program-book.txt", "utf8")}\n8:00 Orphan talk — Someone, MD, Nowhere\nSaturday, May 16\n`;
      await page.getByLabel("…or paste the program text").fill(text);
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByRole("alert").or(page.locator(".preview")).first().waitFor();
      log(`${name} text no zone`, await page.getByRole("alert").allTextContents());
      await page.getByLabel("Conference time zone").fill("America/New_York");
      await page.getByLabel("Conference time zone").press("Tab");
      await page.getByRole("button", { name: "Preview" }).click();
      await page.locator(".preview").waitFor();
      await shot(page, `${name}-import-text-preview`, true);
      log(`${name} text preview overflow`, await overflow(page));
      log(`${name} text warnings`, await page.locator(".warnings li").allTextContents());
      log(`${name} text table`, await page.locator(".preview tbody tr").allTextContents());
      // Save with progress
      await page.route("**/api/conferences", async (route) => {
        if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.getByLabel("Save as").fill("");
      await page.getByRole("button", { name: /^Save \d+ sessions/ }).click();
      await page.waitForTimeout(300);
      await shot(page, `${name}-import-saving`);
      log(`${name} saving`, { active: await active(page), status: await page.getByRole("status").allTextContents() });
      await page.waitForURL(/\/conferences\//, { timeout: 60_000 });
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForTimeout(500);
      await shot(page, `${name}-import-saved-program`, true);
      log(`${name} saved program`, {
        h1: await page.locator("h1").textContent(),
        meta: await page.locator(".page-head .meta").textContent(),
        tabs: await page.getByRole("tab").allTextContents(),
        warningsShown: await page.getByText(/warning/i).count(),
      });

      // Server error during preview
      await page.goto(`${app.runtime.url}/import`);
      await page.getByLabel("…or paste the program text").fill("just some junk that is not a program");
      await page.getByRole("button", { name: "Preview" }).click();
      await page.waitForTimeout(1500);
      await shot(page, `${name}-import-junk`, true);
      log(`${name} junk`, { alert: await page.getByRole("alert").allTextContents(), main: (await page.locator("main").textContent())?.slice(0, 600), active: await active(page) });

      // Invalid zone
      await page.getByLabel("Conference time zone").fill("Chicago");
      await page.getByLabel("Conference time zone").press("Tab");
      await page.getByLabel("…or paste the program text").fill(readFileSync("tests/fixtures/import/ambiguous.csv", "utf8"));
      await page.getByRole("button", { name: "Preview" }).click();
      await page.waitForTimeout(1500);
      await shot(page, `${name}-import-bad-zone`, true);
      log(`${name} bad zone`, { alert: await page.getByRole("alert").allTextContents(), dl: await page.locator(".preview dl dd").allTextContents(), warnings: await page.locator(".warnings li").allTextContents(), active: await active(page) });

      // Big file
      await page.getByLabel("Program file").setInputFiles({
        name: "huge.csv",
        mimeType: "text/csv",
        buffer: Buffer.alloc(6 * 1024 * 1024, 65),
      });
      await page.waitForTimeout(300);
      log(`${name} huge`, { alert: await page.getByRole("alert").allTextContents(), loaded: await page.locator(".field .meta").allTextContents(), textLen: (await page.getByLabel("…or paste the program text").inputValue()).length });
      await shot(page, `${name}-import-huge`);
      await context.close();
    });

    it("settings", async () => {
      const { context, page } = await signedInContext(app.browser, app.runtime, device, `st${name}`);
      await page.getByRole("link", { name: "Settings" }).click();
      await page.getByRole("heading", { name: "Settings" }).waitFor();
      await shot(page, `${name}-settings`, true);
      log(`${name} settings focus after nav`, await active(page));
      log(`${name} settings overflow`, await overflow(page));
      log(`${name} settings small targets`, await smallTargets(page));
      await page.getByLabel("LinkedIn profile").fill("not a url");
      await page.getByLabel("Your time zone").fill("Mars/Olympus");
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.waitForTimeout(500);
      log(`${name} settings invalid`, { active: await active(page), alert: await page.getByRole("alert").allTextContents(), errors: await page.locator(".field-error").allTextContents() });
      await shot(page, `${name}-settings-invalid`);
      await page.getByLabel("LinkedIn profile").fill("");
      await page.getByLabel("Your time zone").fill("America/Chicago");
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.waitForTimeout(800);
      await shot(page, `${name}-settings-saved`);
      log(`${name} settings saved`, await page.locator(".save-state").textContent());
      await context.close();
    });
  });
}
