import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowser, expectAccessible, expectNoHorizontalScroll, menuLink } from "./browser";
import { mailIdsTo, readSignInLink, uniqueEmail } from "./sign-in";

const app = appAndBrowser();

/** The phone of the first hour: 390 × 844, touch, in the user's own zone. */
const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  timezoneId: "America/New_York",
};

/** Every page the walk passes is checked whole: no axe violation of any impact, no sideways
 * scroll. */
async function checkPage(page: Page) {
  await expectAccessible(page, "all");
  await expectNoHorizontalScroll(page);
}

describe("the first hour of a new user, on a phone", () => {
  it("signs in from the dev mailbox, onboards, browses a program and is asked before leaving unsaved settings", async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    const email = uniqueEmail("first-hour");
    await page.goto(app.runtime.url);
    await page.getByRole("heading", { level: 1, name: "Rapport" }).waitFor();
    await checkPage(page);

    // Sign in: the link is clicked in the dev mailbox, as a new user would.
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
    const seen = await mailIdsTo(app.runtime, email);
    await page.getByLabel("Email address").fill(email);
    await checkPage(page);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
    await readSignInLink(app.runtime, email, seen);
    await (await menuLink(page, "Dev mailbox")).click();
    const mail = page
      .locator("li.mail", { hasText: "Your Rapport sign-in link" })
      .filter({ hasText: email })
      .first();
    await mail.locator("summary").first().click();
    await checkPage(page);
    await mail
      .frameLocator("iframe.mail-html")
      .getByRole("link", { name: "Sign in to Rapport" })
      .click();
    await page.waitForURL((url) => url.pathname === "/sign-in/confirm");
    await checkPage(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    // Onboarding finds the zone from a city typed in lower case.
    await page.getByRole("heading", { name: "Welcome to Rapport" }).waitFor();
    await checkPage(page);
    await page.getByLabel("Your name").fill("Dr. Nadia Rahman");
    await page.getByLabel("Position").fill("Preliminary Surgery Resident");
    await page.getByLabel("Institution").fill("Lakeside University Hospital");
    const zone = page.getByLabel("Your time zone");
    await zone.fill("new york");
    await page.getByRole("option", { name: /^America\/New York · Eastern Time/ }).click();
    expect(await zone.inputValue()).toBe("America/New_York");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "My conferences" }).waitFor();
    await checkPage(page);

    // Import a spreadsheet: its "Where" column is the room; the title is asked for.
    await (await menuLink(page, "Import")).click();
    await page.getByRole("heading", { level: 1, name: "Import a program" }).waitFor();
    await checkPage(page);

    // The sample's program: a person opens with their sessions, and a word of a talk title finds it.
    await (await menuLink(page, "Home")).click();
    await page.getByRole("button", { name: "Try a sample conference" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Prairie & Lakes Surgical Congress 2027" })
      .waitFor({ timeout: 60_000 });
    await checkPage(page);
    const personLink = page.locator(".tab-panel:visible .person-link").first();
    const who = (await personLink.textContent()) ?? "";
    await personLink.click();
    const card = page.getByRole("dialog");
    await card.getByRole("heading", { name: who }).waitFor();
    await checkPage(page);
    await page.keyboard.press("Escape");
    const search = page.getByLabel("Search people, titles, tracks, rooms and details");
    await search.fill("small-group breakfast");
    const found = page.locator(".tab-panel:visible .session-details[open]").first();
    await found.waitFor();
    expect(await found.locator(".found-in").textContent()).toBe(" · matches your search");
    expect(await found.locator(".session-description").textContent()).toContain(
      "small-group breakfast",
    );
    await checkPage(page);

    // Today, before the meeting, opens its first day and says so.
    await (await menuLink(page, "Today")).click();
    await page.getByText("No conference day is today; this is the next one.").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Thu, Apr 15 · Prairie & Lakes Surgical Congress 2027",
    );
    await checkPage(page);

    // Settings: an edit, then a move elsewhere, is asked about first.
    await (await menuLink(page, "Settings")).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.getByLabel("Institution").waitFor();
    await checkPage(page);
    await page.getByLabel("Institution").fill("Harbor Hospital");
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await (await menuLink(page, "Home")).click();
    await expect.poll(() => asked).toEqual(["Leave Settings without saving your changes?"]);
    expect(new URL(page.url()).pathname).toBe("/settings");
    expect(await page.getByLabel("Institution").inputValue()).toBe("Harbor Hospital");
    await context.close();
  });
});
