import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowser, viewports } from "./browser";
import { requestLink, uniqueEmail } from "./sign-in";

const app = appAndBrowser();

const pagePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Every Content Security Policy violation the page reports: as `securitypolicyviolation`
 * events in its documents, and as the console errors Chromium writes for blocked content in
 * frames no script of ours runs in (the sandboxed mail frame). */
async function watchViolations(page: Page) {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return {
    events: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    console,
  };
}

describe("the Content Security Policy", () => {
  it("blocks nothing the app itself does on the status, sign-in and dev mailbox pages", async () => {
    const context = await app.browser.newContext(viewports.desktop);
    const page = await context.newPage();
    const violations = await watchViolations(page);

    const home = await page.goto(`${app.runtime.url}/status`);
    expect(home?.headers()["content-security-policy"]).toBe(pagePolicy);
    await expect.poll(() => page.getByTestId("health").textContent()).toContain("reachable");
    expect(await violations.events()).toEqual([]);

    await page.goto(`${app.runtime.url}/sign-in`);
    const email = uniqueEmail("csp");
    await requestLink(page, app.runtime, email);
    expect(await violations.events()).toEqual([]);

    // The mailbox shows the sign-in mail's HTML in a sandboxed srcdoc frame under the same policy.
    await page.goto(`${app.runtime.url}/dev/mailbox`);
    const item = page.locator("li.mail", { hasText: "Your Rapport sign-in link" }).first();
    await item.locator("summary").click();
    const link = item.frameLocator("iframe.mail-html").getByRole("link", {
      name: "Sign in to Rapport",
    });
    expect(await link.getAttribute("href")).toMatch(/\/sign-in\/confirm#token=/);
    expect(await violations.events()).toEqual([]);
    expect(violations.console).toEqual([]);

    // The watch itself works: an inline script, which the policy forbids, is reported.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.title = 'ran'";
      document.body.append(script);
    });
    await expect.poll(() => violations.events()).toEqual(["script-src-elem blocked inline"]);
    expect(await page.title()).not.toBe("ran");
    await context.close();
  });
});
