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

/** A program as a society's spreadsheet may come: times but no dates, the room under "Where",
 * and the speakers under a heading the importer does not know. */
const spreadsheet = [
  "Time,Session,Where,Faculty,Institution",
  '8:00 AM - 9:00 AM,Robotic Hernia Repair: Lessons from 500 Cases,Hall B,"Ana Souza, MD",Lakeside University',
  '9:30 AM - 10:30 AM,Trauma Systems in Rural Regions,Hall C,"Ben Okafor, MBBS",Harbor Hospital',
].join("\n");

/** Every page the walk passes is checked whole: no axe violation of any impact, no sideways
 * scroll. */
async function checkPage(page: Page) {
  await expectAccessible(page, "all");
  await expectNoHorizontalScroll(page);
}

describe("the first hour of a new user, on a phone", () => {
  it("signs in from the dev mailbox, onboards, imports a dateless spreadsheet, browses it and is asked before leaving unsaved settings", async () => {
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

    // A spreadsheet without dates: its columns show though the preview fails, the first day is
    // typed in, one column is mapped by hand, and the title comes from the file name.
    await page.getByLabel("Program file").setInputFiles({
      name: "spring-forum.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(spreadsheet),
    });
    await page.getByText("Loaded spring-forum.csv").waitFor();
    await page.getByRole("button", { name: "Preview" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/time zone/i);
    const conferenceZone = page.getByLabel("Conference time zone");
    await conferenceZone.fill("chicago");
    await page.getByRole("option", { name: /^America\/Chicago/ }).click();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect
      .poll(() => alert.textContent())
      .toBe("No column holds the session date: choose it in the column mapping");
    expect(await page.getByLabel("Where").inputValue()).toBe("room");
    await checkPage(page);
    // A year typed short is not sent as if the field were empty: the field says why, with focus.
    const year = page.getByLabel("Year", { exact: true });
    await year.fill("27");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect
      .poll(() => alert.textContent())
      .toBe("One field needs attention; the message is beside it.");
    expect({
      message: await page.locator("#import-year-error").textContent(),
      invalid: await year.getAttribute("aria-invalid"),
      focused: await year.evaluate((input) => input === document.activeElement),
    }).toEqual({
      message: "“27” is not a year. Type all four digits, such as 2026, or leave the field empty.",
      invalid: "true",
      focused: true,
    });
    await year.fill("");
    await page.getByLabel("First day").fill("2027-05-10");
    await page.getByLabel("Faculty").selectOption("speakers");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { name: "Preview (CSV spreadsheet)" }).waitFor();
    const title = page.getByLabel("Save as");
    expect(await title.inputValue()).toBe("spring forum");
    await checkPage(page);
    await title.fill("Spring Surgical Forum");
    await page.getByRole("button", { name: "Save 2 sessions" }).click();
    await page.getByRole("heading", { level: 1, name: "Spring Surgical Forum" }).waitFor();
    await checkPage(page);

    // A person opens with their session; a word of a talk title finds the talk.
    await page.getByRole("button", { name: "Ana Souza, MD" }).first().click();
    const personCard = page.getByRole("dialog");
    await personCard.getByRole("heading", { name: "Ana Souza, MD" }).waitFor();
    expect(await personCard.textContent()).toContain("Robotic Hernia Repair");
    await checkPage(page);
    await page.keyboard.press("Escape");
    await page.getByLabel("Search people, titles, tracks, rooms and details").fill("hernia");
    await expect
      .poll(() => page.locator(".tab-panel:visible .session-title").allTextContents())
      .toEqual(["Robotic Hernia Repair: Lessons from 500 Cases"]);

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
