import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import {
  appAndBrowser,
  expectAccessible,
  expectNoHorizontalScroll,
  menuLink,
  viewports,
} from "./browser";

const app = appAndBrowser();

describe.each(Object.entries(viewports))("at %s size", (name, device) => {
  it("shows the server's health on the status page, linked from every page's footer", async () => {
    const context = await app.browser.newContext(device);
    const page = await context.newPage();
    await page.goto(app.runtime.url);
    await page.getByRole("contentinfo").getByRole("link", { name: "System status" }).click();
    await page.getByRole("heading", { level: 1, name: "System status" }).waitFor();
    expect(page.url()).toBe(`${app.runtime.url}/status`);
    const health = page.getByTestId("health");
    await expect.poll(() => health.textContent()).toContain("reachable");
    expect(await health.locator("dd").allTextContents()).toEqual([
      pkg.version,
      "Local",
      "reachable",
      "reachable",
    ]);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  it("lists a mail sent through SES in the dev mailbox", async () => {
    const subject = `Reminder for the ${name} test`;
    await app.runtime.deps.mailer.send({
      to: `${name}@example.org`,
      subject,
      text: `Plain text for ${name}`,
      html: `<p>HTML for ${name}</p>`,
    });
    const context = await app.browser.newContext(device);
    const page = await context.newPage();
    await page.goto(app.runtime.url);
    await (await menuLink(page, "Dev mailbox")).click();
    await expect.poll(() => page.url()).toBe(`${app.runtime.url}/dev/mailbox`);
    const item = page.locator("li.mail", { hasText: subject });
    await item.locator("summary").click();
    expect(await item.locator(".mail-meta").first().textContent()).toContain(
      `to ${name}@example.org`,
    );
    expect(await item.locator(".mail-text").textContent()).toBe(`Plain text for ${name}`);
    const html = item.frameLocator("iframe.mail-html").locator("p");
    expect(await html.textContent()).toBe(`HTML for ${name}`);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });
});

describe("the header on a phone", () => {
  it("keeps to one row and folds its links into a menu that Escape closes", async () => {
    const context = await app.browser.newContext(viewports.iphone);
    const page = await context.newPage();
    await page.goto(app.runtime.url);
    const header = page.getByRole("banner");
    const toggle = header.getByRole("button", { name: "Menu" });
    await toggle.waitFor();
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await header.getByRole("link", { name: "Sign in" }).isVisible()).toBe(true);
    expect(await header.getByRole("link", { name: "Home" }).isVisible()).toBe(false);
    // One row: the 44 px tap targets and a little padding.
    expect(Math.round((await header.boundingBox())?.height ?? 0)).toBe(52);

    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await header.getByRole("link", { name: "Dev mailbox" }).waitFor();
    expect(await header.getByRole("link", { name: "Home" }).isVisible()).toBe(true);
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");

    await toggle.click();
    await header.getByRole("link", { name: "Dev mailbox" }).click();
    await page.getByRole("heading", { level: 1, name: "Dev mailbox" }).waitFor();
    expect(await header.getByRole("link", { name: "Dev mailbox" }).isVisible()).toBe(false);
    await context.close();
  });
});

describe("page code", () => {
  /** The pages of web/src/main.tsx; a chunk is named after its module. */
  const pageChunks = new Set([
    "Home",
    "SignIn",
    "ConfirmSignIn",
    "Welcome",
    "Settings",
    "Import",
    "Program",
    "DevMailbox",
    "NotFound",
  ]);

  it("loads each page's code on its own, the first time the page is shown", async () => {
    const context = await app.browser.newContext(viewports.desktop);
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on("request", (request) => {
      const chunk = /^\/assets\/([A-Za-z]+)-[\w-]+\.js$/.exec(new URL(request.url()).pathname);
      if (chunk?.[1] && pageChunks.has(chunk[1])) loaded.push(chunk[1]);
    });

    await page.goto(app.runtime.url);
    await page.getByRole("heading", { level: 1, name: "Rapport" }).waitFor();
    expect(loaded).toEqual(["Home"]);

    await (await menuLink(page, "Dev mailbox")).click();
    await page.getByRole("heading", { name: "Dev mailbox" }).waitFor();
    expect(loaded).toEqual(["Home", "DevMailbox"]);

    // A page behind sign-in starts loading while the session is checked, and the check still
    // sends a signed-out visitor to sign in.
    await page.goto(`${app.runtime.url}/settings`);
    await page.waitForURL(`${app.runtime.url}/sign-in`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(loaded).toEqual(["Home", "DevMailbox", "Settings", "SignIn"]);
    expect(await page.getByRole("heading", { name: "Settings" }).count()).toBe(0);
    await context.close();
  });

  it("says when a page's code cannot be fetched, and loads it on a second try", async () => {
    const context = await app.browser.newContext(viewports.iphone);
    const page = await context.newPage();
    const chunk = /\/assets\/NotFound-[\w-]+\.js$/;
    await page.route(chunk, (route) => route.abort("internetdisconnected"));
    await page.goto(`${app.runtime.url}/no-such-page`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.locator("p").textContent()).toBe(
      "This page could not be loaded. Check your connection and try again.",
    );
    await expectAccessible(page);

    await page.unroute(chunk);
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(page.url()).toBe(`${app.runtime.url}/no-such-page`);
    await context.close();
  });
});
