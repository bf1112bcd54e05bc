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
