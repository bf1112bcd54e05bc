import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  appAndBrowser,
  expectAccessible,
  expectNoHorizontalScroll,
  menuLink,
  viewports,
} from "./browser";
import { signedInContext } from "./sign-in";

const app = appAndBrowser();

/** Each test signs a new account in (and onboards it), then opens `path`. */
async function open(device: (typeof viewports)[keyof typeof viewports], path = "/") {
  const { context, page } = await signedInContext(app.browser, app.runtime, device, "importer");
  await page.goto(`${app.runtime.url}${path}`);
  return { page, close: () => context.close() };
}

const frabProgram = JSON.stringify({
  schedule: {
    version: "1",
    conference: {
      title: "Pasted Surgical Forum",
      acronym: "psf",
      start: "2027-05-03",
      end: "2027-05-04",
      time_zone_name: "Europe/Berlin",
      days: [
        {
          index: 1,
          date: "2027-05-03",
          rooms: {
            "Saal 1": [
              {
                guid: "e1",
                id: 1,
                date: "2027-05-03T09:00:00+02:00",
                start: "09:00",
                duration: "00:45",
                room: "Saal 1",
                title: "Robotic Hernia Repair",
                track: "Hernia",
                type: "lecture",
                persons: [{ id: 7, public_name: "Greta Lindqvist" }],
              },
            ],
          },
        },
        {
          index: 2,
          date: "2027-05-04",
          rooms: {
            "Saal 2": [
              {
                guid: "e2",
                id: 2,
                date: "2027-05-04T14:00:00+02:00",
                start: "14:00",
                duration: "01:00",
                room: "Saal 2",
                title: "Trauma Systems Panel",
                track: "Trauma",
                type: "panel",
                persons: [{ id: 8, public_name: "Kofi Mensah" }],
              },
            ],
          },
        },
      ],
    },
  },
});

const csvProgram = [
  "Date,Start,End,Session,Room,Presenter,Affiliation",
  '05/10/2027,8:00 AM,9:00 AM,Colorectal Update,Room 101,"Ana Souza, MD",Lakeside University',
  '05/10/2027,8:00 AM,9:00 AM,Colorectal Update,Room 101,"Ben Okafor, MBBS, FRCS",Harbor Hospital',
  '05/11/2027,10:00 AM,11:00 AM,Vascular Access,Room 102,"Ana Souza, MD",Lakeside University',
].join("\n");

/** The preview's facts, with the browser's own spacing around dashes and meridiems (ICU picks
 * thin or narrow spaces by version) read as plain spaces. */
async function previewFacts(page: Page): Promise<string[]> {
  const facts = await page.locator(".preview dl dd").allTextContents();
  return facts.map((text) => text.replace(/\s/g, " "));
}

async function waitForProgram(page: Page, title: string) {
  await page.waitForURL(/\/conferences\/[A-Za-z0-9_-]+$/, { timeout: 60_000 });
  await page.getByRole("heading", { level: 1, name: title }).waitFor({ timeout: 60_000 });
}

describe("importing a program", () => {
  it("loads the sample conference with one click, on a phone", async () => {
    const { page, close } = await open(viewports.iphone);
    await page.getByRole("button", { name: "Try a sample conference" }).click();
    await waitForProgram(page, "Prairie & Lakes Surgical Congress 2027");
    expect(await page.locator(".page-head .meta").textContent()).toContain(
      "times in America/Chicago · 300 sessions",
    );
    expect(await page.getByRole("tab").allTextContents()).toEqual([
      "Thu, Apr 15",
      "Fri, Apr 16",
      "Sat, Apr 17",
      "Sun, Apr 18",
      "People",
    ]);
    expect(await page.locator(".session-time").first().textContent()).toMatch(
      /^\d{1,2}:\d{2}\s–\s\d{1,2}:\d{2}\s[AP]M CDT · /,
    );
    const details = page.locator(".tab-panel:visible .session-details").first();
    const description = details.locator(".session-description");
    expect(await description.isVisible()).toBe(false);
    await details.getByText("Details").click();
    expect(await description.textContent()).toBe(
      "A small-group breakfast with senior faculty. Limited seating; ticket required.",
    );
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    const search = page.getByLabel("Search people, titles, tracks, rooms and details");
    // A title found only on Friday: Thursday's tab says where it is and goes there.
    const fridayTitle = await page.evaluate(async () => {
      const id = location.pathname.split("/").pop();
      const { sessions } = await (await fetch(`/api/conferences/${id}`)).json();
      const titles = (day: (d: string) => boolean) =>
        sessions
          .filter((s: { start: string }) => day(s.start.slice(0, 10)))
          .map((s: { title: string }) => s.title);
      const elsewhere = new Set(titles((d) => d !== "2027-04-16"));
      return titles((d) => d === "2027-04-16").find((t: string) => !elsewhere.has(t)) as string;
    });
    await search.fill(fridayTitle);
    const thursdayTab = page.getByRole("tab", { name: /^Thu, Apr 15/ });
    expect(await thursdayTab.textContent()).toBe("Thu, Apr 15 (0)");
    await page.getByRole("button", { name: /^Fri, Apr 16 \(\d+\)$/ }).click();
    const fridayTab = page.getByRole("tab", { name: /^Fri, Apr 16/ });
    expect(await fridayTab.getAttribute("aria-selected")).toBe("true");
    expect(await fridayTab.evaluate((tab) => tab === document.activeElement)).toBe(true);
    expect(await page.locator(".tab-panel:visible .session-title").first().textContent()).toBe(
      fridayTitle,
    );
    await page.getByRole("tab", { name: /^Thu, Apr 15/ }).click();
    await search.fill("zzzz-no-such-thing");
    expect(await page.getByRole("status").first().textContent()).toBe("0 matching sessions");
    expect(await page.locator(".tab-panel .empty").textContent()).toBe(
      "No sessions on this day match “zzzz-no-such-thing”.",
    );
    // Words only a session's details hold find it, and its details open saying so.
    await search.fill("small-group breakfast");
    const found = page.locator(".tab-panel:visible .session-details").first();
    expect(await found.getAttribute("open")).toBe("");
    expect(await found.locator("summary").textContent()).toBe(
      `Details of ${await page.locator(".tab-panel:visible .session-title").first().textContent()} · matches your search`,
    );
    expect(await found.locator(".session-description").isVisible()).toBe(true);
    await search.fill("");
    await page.getByRole("tab", { name: "People" }).click();
    expect(await page.locator(".affiliation h3").count()).toBeGreaterThan(5);
    await search.fill("zzzz-no-such-thing");
    expect(await page.locator(".affiliations .empty").textContent()).toBe(
      "No one on the program matches “zzzz-no-such-thing”.",
    );
    await search.fill("");
    await expectAccessible(page);

    // Asked for again, the sample opens the copy already saved.
    const sampleAddress = page.url();
    await (await menuLink(page, "Home")).click();
    await page.getByRole("button", { name: "Try a sample conference" }).click();
    await waitForProgram(page, "Prairie & Lakes Surgical Congress 2027");
    expect(page.url()).toBe(sampleAddress);
    await (await menuLink(page, "Home")).click();
    await page.locator(".cards .card").first().waitFor();
    expect(await page.locator(".cards .card-title").allTextContents()).toEqual([
      "Prairie & Lakes Surgical Congress 2027",
    ]);
    await close();
  });

  it("previews pasted text, then saves it and browses it by day", async () => {
    const { page, close } = await open(viewports.desktop, "/import");
    await page.getByLabel("…or paste the program text").fill(frabProgram);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { name: "Preview (frab / pretalx schedule JSON)" }).waitFor();
    expect(await previewFacts(page)).toEqual([
      "Pasted Surgical Forum",
      "Mon, May 3 – Tue, May 4, 2027",
      "Europe/Berlin",
      "2",
      "2",
      "2",
    ]);
    await expectAccessible(page);
    await page.getByLabel("Save as").fill("Forum 2027");
    await page.getByRole("button", { name: "Save 2 sessions" }).click();
    await waitForProgram(page, "Forum 2027");
    expect(await page.locator(".session-title").allTextContents()).toEqual([
      "Robotic Hernia Repair",
    ]);
    expect(await page.locator(".session-time").first().textContent()).toMatch(
      /^9:00\s–\s9:45\sAM GMT\+2 · Saal 1$/,
    );
    await page.getByRole("tab", { name: "Tue, May 4" }).click();
    expect(await page.locator(".tab-panel:visible .session-title").allTextContents()).toEqual([
      "Trauma Systems Panel",
    ]);
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Delete this conference" }).click();
    await page.getByRole("heading", { name: "My conferences" }).waitFor();
    expect(await page.getByRole("status").first().textContent()).toBe(
      "Deleted “Forum 2027” and its program.",
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.reload();
    await page.getByRole("heading", { name: "My conferences" }).waitFor();
    expect(await page.getByText("Deleted “Forum 2027”").count()).toBe(0);
    await close();
  });

  it("asks for a time zone for a spreadsheet, shows its column mapping and saves it", async () => {
    const { page, close } = await open(viewports.iphone, "/import");
    await page.getByLabel("Program file").setInputFiles({
      name: "spring meeting program.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csvProgram),
    });
    await page.getByText("Loaded spring meeting program.csv").waitFor();
    await page.getByRole("button", { name: "Preview" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/time zone/i);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("time-zone");
    const zone = page.getByLabel("Conference time zone");
    await zone.fill("Mars Base");
    await zone.press("Enter");
    expect(await alert.textContent()).toBe(
      "“Mars Base” is not a time zone name. Pick one from the list, such as America/Chicago.",
    );
    expect(await zone.getAttribute("aria-invalid")).toBe("true");
    // A city finds its zone; Enter takes the first choice, then Enter again previews.
    await zone.fill("new york");
    await page.getByRole("option", { name: /^America\/New York · Eastern Time/ }).waitFor();
    expect(await zone.getAttribute("aria-expanded")).toBe("true");
    await zone.press("Enter");
    expect(await zone.inputValue()).toBe("America/New_York");
    expect(await zone.getAttribute("aria-expanded")).toBe("false");
    await zone.press("Enter");
    const heading = page.getByRole("heading", { name: "Preview (CSV spreadsheet)" });
    await heading.waitFor();
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const save = page.getByRole("button", { name: "Save 2 sessions" });
    await page.getByLabel("Room").selectOption("track");
    expect(await page.getByRole("status").first().textContent()).toBe(
      "You changed the program or its options after this preview. Update the preview before saving.",
    );
    expect(await save.isDisabled()).toBe(true);
    await page.getByLabel("Room").selectOption("room");
    await page.getByRole("button", { name: "Update preview" }).click();
    await page.getByText("You changed the program").waitFor({ state: "detached" });
    expect(await save.isDisabled()).toBe(false);
    expect(await page.getByLabel("Presenter").inputValue()).toBe("speakers");
    expect(await page.getByLabel("Room").inputValue()).toBe("room");
    expect(await previewFacts(page)).toEqual([
      "Imported program",
      "Mon, May 10 – Tue, May 11, 2027",
      "America/New_York",
      "2",
      "2",
      "2",
    ]);
    // 05/10 reads either way: the order is offered, month first as read, and day first is taken.
    const monthFirst = page.getByRole("radio", { name: "Month first (04/05 is April 5)" });
    const dayFirst = page.getByRole("radio", { name: "Day first (04/05 is 4 May)" });
    expect([await monthFirst.isChecked(), await dayFirst.isChecked()]).toEqual([true, false]);
    await dayFirst.check();
    await page.getByRole("button", { name: "Update preview" }).click();
    await expect
      .poll(async () => (await previewFacts(page))[1])
      .toBe("Tue, Oct 5 – Fri, Nov 5, 2027");
    await monthFirst.check();
    await page.getByRole("button", { name: "Update preview" }).click();
    await expect
      .poll(async () => (await previewFacts(page))[1])
      .toBe("Mon, May 10 – Tue, May 11, 2027");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    // The file names no conference: the title comes from the file name, and the form says so.
    const title = page.getByLabel("Save as");
    expect(await title.inputValue()).toBe("spring meeting program");
    expect(await page.locator("#conference-title-help").textContent()).toBe(
      "This program does not name its conference. Give it the title you will know it by.",
    );
    expect(await title.getAttribute("aria-describedby")).toBe("conference-title-help");

    // A refused file takes the form's file and preview away with it, and says why where a phone
    // shows it.
    const fileInput = page.getByLabel("Program file");
    await fileInput.setInputFiles({
      name: "empty.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(""),
    });
    const refused = page.locator(".field .notice-error");
    await refused.waitFor();
    expect(await refused.textContent()).toBe(
      "empty.csv is empty. Choose the file that holds the program.",
    );
    expect(await refused.evaluate((notice) => notice === document.activeElement)).toBe(true);
    expect(await page.getByText("Loaded spring meeting program.csv").count()).toBe(0);
    expect(await fileInput.evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0);
    expect(await page.getByRole("button", { name: /^Save / }).count()).toBe(0);
    expect(await page.getByLabel("…or paste the program text").inputValue()).toBe("");
    await fileInput.setInputFiles({
      name: "program.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"),
    });
    await expect
      .poll(() => refused.textContent())
      .toBe(
        "program.pdf: This is a PDF file. Open it, select the program text, copy it and paste it here.",
      );
    await fileInput.setInputFiles({
      name: "spring meeting program.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csvProgram),
    });
    await page.getByText("Loaded spring meeting program.csv").waitFor();
    expect(await refused.count()).toBe(0);
    await page.getByRole("button", { name: "Preview" }).click();
    await heading.waitFor();
    await page.getByLabel("Save as").fill("Spring Meeting");
    await page.getByRole("button", { name: "Save 2 sessions" }).click();
    await waitForProgram(page, "Spring Meeting");
    expect(await page.locator(".people-inline .person-who").allTextContents()).toEqual([
      "Ana Souza, MD (Lakeside University)",
      "Ben Okafor, MBBS, FRCS (Harbor Hospital)",
    ]);
    await close();
  });

  it("shows a dateless spreadsheet's columns when its preview fails, and takes a typed first day", async () => {
    const { page, close } = await open(viewports.iphone, "/import");
    await page.getByLabel("Program file").setInputFiles({
      name: "grid.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "Time,Session,Where\n9:00-10:00,Opening,Hall A\n10:30-11:15,Hernia Update,Hall B\n",
      ),
    });
    await page.getByText("Loaded grid.csv").waitFor();
    const zone = page.getByLabel("Conference time zone");
    await zone.fill("America/Chicago");
    await zone.press("Enter");
    await page.getByRole("button", { name: "Preview" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      "No column holds the session date: choose it in the column mapping",
    );
    expect(await page.getByLabel("Where").inputValue()).toBe("room");
    expect(await page.getByLabel("Session", { exact: true }).inputValue()).toBe("title");
    await page.getByLabel("First day").fill("2027-03-08");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { name: "Preview (CSV spreadsheet)" }).waitFor();
    expect((await previewFacts(page)).slice(1, 5)).toEqual([
      "Mon, Mar 8, 2027",
      "America/Chicago",
      "2",
      "0",
    ]);
    await expectAccessible(page);
    await close();
  });
});
