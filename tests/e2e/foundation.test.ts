import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { appAndBrowser, expectAccessible, expectNoHorizontalScroll, viewports } from "./browser";

const app = appAndBrowser();

describe.each(Object.entries(viewports))("at %s size", (name, device) => {
  it("shows the server's health on the home page", async () => {
    const context = await app.browser.newContext(device);
    const page = await context.newPage();
    await page.goto(app.runtime.url);
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
    await page.getByRole("link", { name: "Dev mailbox" }).click();
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
    await page.getByTestId("health").waitFor();
    expect(loaded).toEqual(["Home"]);

    await page.getByRole("link", { name: "Dev mailbox" }).click();
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
