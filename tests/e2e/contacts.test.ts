import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { defaultQuestions } from "../../schemas/profile";
import {
  appAndBrowser,
  expectAccessible,
  expectNoHorizontalScroll,
  menuLink,
  viewports,
} from "./browser";
import { signedInContext } from "./sign-in";

const app = appAndBrowser();

const timezoneId = "America/Chicago";
/** The phone the suite drives: 390 px wide. */
const phone = { ...viewports.iphone, timezoneId };

async function expectPageFits(page: Page) {
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

const idIn = (page: Page, pattern: RegExp) => pattern.exec(new URL(page.url()).pathname)?.[1] ?? "";

describe("contacts", () => {
  it("plans targets from the sample congress, edits one, logs a meeting and exports the log with drafts, an agenda file and a calendar feed", async () => {
    const { context, page } = await signedInContext(app.browser, app.runtime, phone, "contacts");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);

    // The sample's affiliations are fictional; a target program that matches one of them.
    await (await menuLink(page, "Settings")).click();
    await page.getByRole("button", { name: "Add a program" }).click();
    await page.getByLabel("Program 1", { exact: true }).fill("Lakemont University");
    expect(await page.getByLabel("Question 1", { exact: true }).inputValue()).toBe(
      defaultQuestions[0],
    );
    expect(
      await page.getByLabel("The follow-up email Rapport drafts for someone you met").inputValue(),
    ).toMatch(/^Dear Dr\. \{\{targetLastName\}\},\n\nThank you for taking the time/);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.locator(".save-state").textContent()).toMatch(/^Saved at /);
    await expectPageFits(page);

    await (await menuLink(page, "Home")).click();
    await page.getByRole("button", { name: "Try a sample conference" }).click();
    await page.waitForURL(/\/conferences\/[A-Za-z0-9_-]+$/, { timeout: 60_000 });
    await page
      .getByRole("heading", { level: 1, name: "Prairie & Lakes Surgical Congress 2027" })
      .waitFor({ timeout: 60_000 });
    const conferenceId = idIn(page, /^\/conferences\/([^/]+)$/);
    // The flags load after the program: "Loading your targets…" comes first.
    await expect.poll(() => page.getByText("No one flagged yet.").count()).toBe(1);

    // Targets: suggestions strongest first, each with its reasons; one is accepted.
    await page.getByRole("link", { name: "Targets and suggestions" }).click();
    await page.getByRole("heading", { level: 1, name: "Targets" }).waitFor();
    const first = page.locator(".suggestion").first();
    await first.waitFor();
    expect(await first.locator(".meta").textContent()).toBe("Lakemont University Hospital");
    const suggested = "Benjamin N. Reeves, MD, MPH, FACS";
    const suggestedName = "Benjamin N. Reeves";
    expect(await first.locator(".card-title").textContent()).toBe(suggested);
    expect(await first.locator(".reasons li").allTextContents()).toEqual([
      "Matches the words of your target “Lakemont University”",
      "Chairs or moderates “Video Session: Trauma and Acute Care Surgery”",
    ]);
    await expectPageFits(page);
    await first.getByRole("button", { name: `Flag ${suggestedName}` }).click();
    await page.getByText(`Flagged ${suggestedName} as a target.`).waitFor();
    expect(await page.locator(".suggestion .card-title").first().textContent()).not.toBe(suggested);
    const target = page.locator(".target", { hasText: suggestedName });
    expect(await target.getByRole("link").textContent()).toBe(suggested);
    expect(await target.getByLabel(`Priority for ${suggestedName}`).inputValue()).toBe("must");
    await target.getByLabel(`Priority for ${suggestedName}`).selectOption("nice");
    await expect
      .poll(() =>
        page.evaluate(async (name) => {
          const { contacts } = await (await fetch("/api/contacts")).json();
          return contacts.find((c: { name: string }) => c.name === name)?.priority;
        }, suggestedName),
      )
      .toBe("nice");
    await expectPageFits(page);

    // Program: a speaker flagged with one tap, unflagged, and brought back with Undo.
    await page.goto(`${app.runtime.url}/conferences/${conferenceId}`);
    const line = page.locator(".tab-panel:visible .session .person-line").first();
    await line.waitFor();
    const speaker = (await line.locator(".person-link").textContent()) ?? "";
    const speakerName = speaker.split(",")[0] ?? "";
    const flag = line.locator("button.flag");
    expect(await flag.getAttribute("aria-pressed")).toBe("false");
    expect(await flag.getAttribute("aria-label")).toBe(`Flag as target, ${speakerName}`);
    expect(await flag.textContent()).toBe("☆ Flag as target");
    await flag.click();
    await expect.poll(() => flag.getAttribute("aria-pressed")).toBe("true");
    expect(await flag.getAttribute("aria-label")).toBe(`Flagged, ${speakerName}`);
    expect(await flag.textContent()).toBe("★ Flagged");
    expect(await page.getByText("2 people flagged.").count()).toBe(1);
    await flag.click();
    await page.getByText(`Unflagged ${speakerName}.`).waitFor();
    expect(await flag.getAttribute("aria-pressed")).toBe("false");
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText(`${speakerName} is flagged again.`).waitFor();
    expect(await flag.getAttribute("aria-pressed")).toBe("true");
    await expectPageFits(page);

    // The name opens the person's card, with their sessions in the conference's zone.
    await line.locator(".person-link").click();
    const card = page.getByRole("dialog", { name: speaker });
    await card.waitFor();
    expect(
      await card.getByRole("button", { name: `Flagged, ${speakerName}`, exact: true }).count(),
    ).toBe(1);
    expect(await card.locator(".session-time").first().textContent()).toMatch(
      /^Thu, Apr 15, \d{1,2}:\d{2}\s–\s\d{1,2}:\d{2}\s[AP]M CDT/,
    );
    await expectAccessible(page);
    await card.getByRole("link", { name: "Open contact" }).click();

    // Contact: fields saved on their version, and kept across a reload.
    await page.getByRole("heading", { level: 1, name: speaker }).waitFor();
    const contactId = idIn(page, /^\/contacts\/([^/]+)$/);
    expect(await page.locator(".person-sessions .session-time").first().textContent()).toMatch(
      / CDT/,
    );
    await page.getByLabel("Why they matter").fill("Runs the categorical program's interviews.");
    await page.getByRole("button", { name: "Add a question" }).click();
    await page
      .getByLabel(`Question ${defaultQuestions.length + 1}`, { exact: true })
      .fill("Do you take visiting students?");
    await page.getByLabel("Next step").fill("Email before the congress");
    expect(await page.locator(".save-state").textContent()).toBe("You have unsaved changes.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.locator(".save-state").textContent()).toBe("Saved.");
    await expectPageFits(page);
    await page.reload();
    await page.getByLabel("Why they matter").waitFor();
    expect(await page.getByLabel("Why they matter").inputValue()).toBe(
      "Runs the categorical program's interviews.",
    );
    expect(
      await page
        .getByLabel(`Question ${defaultQuestions.length + 1}`, { exact: true })
        .inputValue(),
    ).toBe("Do you take visiting students?");

    // An edit made on an older version is refused with what changed; the user's edit goes over.
    await page.evaluate(async (id) => {
      const { contact } = await (await fetch(`/api/contacts/${id}`)).json();
      await fetch(`/api/contacts/${id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: contact.version, nextStep: "Ask for a meeting" }),
      });
    }, contactId);
    await page.getByLabel("Next step").fill("Send the intro email");
    await page.getByRole("button", { name: "Save changes" }).click();
    const conflict = page.locator(".conflict");
    await conflict.waitFor();
    expect(await conflict.locator("dt").allTextContents()).toEqual(["Next step"]);
    expect(await conflict.locator("dd p").allTextContents()).toEqual([
      "Now: Ask for a meeting",
      "Yours: Send the intro email",
    ]);
    await conflict.getByRole("button", { name: "Save my changes over theirs" }).click();
    await expect.poll(() => page.locator(".save-state").textContent()).toBe("Saved.");
    expect(await conflict.count()).toBe(0);
    expect(await page.getByLabel("Next step").inputValue()).toBe("Send the intro email");

    // One tap logs the meeting, at the conference's clock.
    await page.getByRole("button", { name: "Met", exact: true }).click();
    await page.getByText(`Logged that you met ${speakerName}.`).waitFor();
    expect(await page.locator(".timeline-head").first().textContent()).toMatch(
      /^Met \w{3}, \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M C[DS]T$/,
    );
    expect(await page.locator(".badge").textContent()).toBe("Met");

    // Drafts: the intro and, now that they have met, the follow-up, each ready for a mail app.
    await page.locator("#draft-follow-up-title").waitFor();
    expect(await page.locator("#draft-intro-title").textContent()).toBe("Intro email");
    const introLink = await page.locator("#draft-intro-title ~ .actions a").getAttribute("href");
    expect(introLink?.startsWith("mailto:")).toBe(true);
    expect(decodeURIComponent(introLink ?? "")).toContain(
      `Dear Dr. ${speakerName.split(" ").at(-1)},`,
    );
    expect(await page.locator("#draft-follow-up-title ~ .mail-text").textContent()).toContain(
      "Thank you for taking the time to talk with me at",
    );
    await expectPageFits(page);

    // Contact log: the seven columns, sortable, with the CSV export.
    await (await menuLink(page, "Contacts")).click();
    await page.getByRole("heading", { level: 1, name: "Contacts" }).waitFor();
    await page.locator(".contact-log tbody tr").first().waitFor();
    expect(await page.locator(".contact-log thead th").allTextContents()).toEqual([
      "Name ▲",
      "Role",
      "Institution",
      "How We Met",
      "Interests",
      "Last Contact",
      "Next Step",
      "Status",
      "Priority",
    ]);
    expect(await page.locator(".contact-log tbody .col-name").allTextContents()).toEqual(
      [speakerName, suggestedName].sort((a, b) => a.localeCompare(b)),
    );
    await page.getByLabel("Status").selectOption("met");
    expect(await page.locator(".contact-log tbody .col-name").allTextContents()).toEqual([
      speakerName,
    ]);
    expect(await page.locator(".contact-log tbody .col-nextStep").textContent()).toBe(
      "Send the intro email",
    );
    await expectPageFits(page);
    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the log (CSV)" }).click();
    const csvFile = await csv;
    const csvRows = (await readFile(await csvFile.path(), "utf8")).split("\r\n");
    expect(csvRows[0]).toBe(
      "\uFEFFName,Role,Institution,How We Met,Interests,Last Contact,Next Step",
    );
    expect(csvRows).toHaveLength(4);

    // My agenda: the sessions of both targets, the .ics file and the calendar feed.
    await page.goto(`${app.runtime.url}/conferences/${conferenceId}/agenda`);
    await page.getByRole("heading", { level: 1, name: "My agenda" }).waitFor();
    await page.locator(".sessions .session").first().waitFor();
    const agendaNames = await page.locator(".sessions .people-inline li").allTextContents();
    expect(agendaNames.some((text) => text.startsWith(speakerName))).toBe(true);
    const ics = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download .ics" }).click();
    const icsText = await readFile(await (await ics).path(), "utf8");
    expect(icsText.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(icsText).toContain("BEGIN:VTIMEZONE\r\nTZID:America/Chicago");
    await page.getByRole("button", { name: "Turn the feed on" }).click();
    const feedUrl = await page.getByLabel("Your feed address").inputValue();
    const feed = await fetch(feedUrl);
    expect([feed.status, (await feed.text()).startsWith("BEGIN:VCALENDAR")]).toEqual([200, true]);
    await page.getByRole("button", { name: "Turn the feed off" }).click();
    await page.getByRole("button", { name: "Turn the feed on" }).waitFor();
    expect((await fetch(feedUrl)).status).toBe(404);
    await expectAccessible(page);
    await expectPageFits(page);
    await context.close();
  });
});
