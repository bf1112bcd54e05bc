import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  appAndBrowser,
  expectAccessible,
  expectNoHorizontalScroll,
  menuLink,
  viewports,
} from "./browser";
import { confirmLink, onboard, requestLink, signIn, uniqueEmail } from "./sign-in";

/** Sign-in links may be asked for once a minute per address; tests move this clock on instead
 * of waiting. */
let clockOffsetMs = 0;
const passMinute = () => {
  clockOffsetMs += 61_000;
};

const app = appAndBrowser({
  now: () => new Date(Date.now() + clockOffsetMs),
});

const timezoneId = "America/Chicago";

async function expectPageFits(page: Page) {
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

const header = (page: Page) => page.getByRole("banner");

describe("account", () => {
  it("signs in through the dev mailbox, onboards, keeps settings, exports and signs out", async () => {
    const context = await app.browser.newContext({ ...viewports.desktop, timezoneId });
    const page = await context.newPage();
    const email = uniqueEmail("account");

    // A page that needs a session sends the visitor to sign in, and back afterwards.
    await page.goto(`${app.runtime.url}/settings`);
    await page.waitForURL(`${app.runtime.url}/sign-in`);
    expect(await header(page).getByRole("link", { name: "Sign in" }).isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Dev mailbox" }).count()).toBe(2);
    await expectPageFits(page);

    await page.getByLabel("Email address").fill("not-an-address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    expect(await page.locator("#sign-in-email-error").textContent()).toBe(
      "Enter a valid email address, like name@hospital.org.",
    );
    expect(await page.getByLabel("Email address").getAttribute("aria-invalid")).toBe("true");

    const link = await requestLink(page, app.runtime, email);
    expect(await page.locator(".sent").textContent()).toContain(
      `Check your inbox at ${email}; the link works once for 15 minutes.`,
    );
    await page.getByRole("button", { name: "Send another link" }).click();
    expect(await page.getByRole("alert").textContent()).toBe(
      "A link was sent to this address less than a minute ago. Check your inbox, or try again in a minute.",
    );

    // The token is in the fragment; the page takes it out of the address bar.
    expect(new URL(link).hash).toMatch(/^#token=/);
    await page.goto(link);
    await page.getByRole("heading", { name: "Sign in to Rapport" }).waitFor();
    expect(page.url()).toBe(`${app.runtime.url}/sign-in/confirm`);
    await expectPageFits(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    // A new account is asked the four onboarding questions first.
    await page.waitForURL(`${app.runtime.url}/welcome`);
    expect(await page.getByLabel("Your time zone").inputValue()).toBe(timezoneId);
    expect(await page.getByLabel("Position").getAttribute("placeholder")).toBe(
      "Preliminary Surgery Resident",
    );
    await expectPageFits(page);
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await page.locator("#welcome-name-error").textContent()).toBe("Your name is required.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("welcome-name");
    await onboard(page, { name: "Amina Okoye", institution: "Lakeside University Hospital" });

    // Back to the page first asked for, with the name in the header.
    expect(page.url()).toBe(`${app.runtime.url}/settings`);
    expect(await header(page).getByTestId("account-name").textContent()).toBe("Amina Okoye");
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe("Amina Okoye");
    expect(await page.getByLabel("Position").inputValue()).toBe("Preliminary Surgery Resident");
    expect(await page.getByLabel("Your time zone").inputValue()).toBe(timezoneId);
    await expectPageFits(page);

    // A bad value is refused beside its field and nothing is saved.
    await page.getByLabel("LinkedIn profile").fill("https://example.org/me");
    await page.getByRole("button", { name: "Save settings" }).click();
    expect(await page.locator("#settings-linkedinUrl-error").textContent()).toBe(
      "Use a LinkedIn address such as https://www.linkedin.com/in/your-name.",
    );
    expect(await page.locator(".save-state").textContent()).toBe("Not saved.");
    await page.getByLabel("LinkedIn profile").fill("");

    await page.getByLabel("Credentials").fill("MBBS,  MRCS");
    await page.getByLabel("Clinical and research interests").fill("trauma, surgical education");
    await page.getByRole("button", { name: "Add a program" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("program-name-0");
    await page.getByLabel("Program 1", { exact: true }).fill("Lakeside University General Surgery");
    await page.getByLabel("Note on program 1").fill("visa-friendly");
    await page.getByRole("button", { name: "Add a program" }).click();
    await page.getByLabel("Program 2", { exact: true }).fill("Harbor Hospital Surgery");
    await page.getByRole("button", { name: "Remove program 2, Harbor Hospital Surgery" }).click();
    await page.getByLabel("Send reminders at").selectOption("7");
    await page.getByLabel("Outreach reminder, days before a conference").fill("10");
    await page.getByLabel("The email Rapport drafts").fill("Dear Dr. {{targetLastName}}, hello.");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect
      .poll(() => page.locator(".save-state").textContent())
      .toMatch(/^Saved at .+ C[DS]T\.$/);

    await page.reload();
    await page.getByLabel("Credentials").waitFor();
    expect(await page.getByLabel("Credentials").inputValue()).toBe("MBBS, MRCS");
    expect(await page.getByLabel("Clinical and research interests").inputValue()).toBe(
      "trauma, surgical education",
    );
    expect(await page.getByLabel("Program 1", { exact: true }).inputValue()).toBe(
      "Lakeside University General Surgery",
    );
    expect(await page.getByLabel("Note on program 1").inputValue()).toBe("visa-friendly");
    expect(await page.getByLabel("Program 2", { exact: true }).count()).toBe(0);
    expect(await page.getByLabel("Send reminders at").inputValue()).toBe("7");
    expect(await page.getByLabel("Outreach reminder, days before a conference").inputValue()).toBe(
      "10",
    );
    await page.getByRole("button", { name: "Restore the default script" }).click();
    expect(await page.getByLabel("The email Rapport drafts").inputValue()).toMatch(
      /^Dear Dr\. \{\{targetLastName\}\},\n\nMy name is \{\{myName\}\}/,
    );

    const exported = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export my data" }).click();
    const download = await exported;
    expect(download.suggestedFilename()).toBe("rapport-export.json");
    const data = JSON.parse(await readFile(await download.path(), "utf8"));
    expect([data.format, data.version, data.profile.email]).toEqual(["rapport-export", 1, email]);
    expect(data.profile.reminders).toEqual({
      sendHour: 7,
      outreachDaysBefore: 10,
      followUpDay: 3,
    });

    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download contact log (CSV)" }).click();
    const csvDownload = await csv;
    expect(csvDownload.suggestedFilename()).toBe("rapport-contact-log.csv");
    expect(await readFile(await csvDownload.path(), "utf8")).toBe(
      "\uFEFFName,Role,Institution,How We Met,Interests,Last Contact,Next Step\r\n",
    );

    // The restored script is not saved yet: leaving asks first, and staying keeps the edit.
    const asked: string[] = [];
    const answer = (accept: boolean) =>
      page.once("dialog", (dialog) => {
        asked.push(dialog.message());
        void (accept ? dialog.accept() : dialog.dismiss());
      });
    answer(false);
    await header(page).getByRole("link", { name: "Home" }).click();
    await expect.poll(() => asked).toEqual(["Leave Settings without saving your changes?"]);
    expect(page.url()).toBe(`${app.runtime.url}/settings`);
    expect(await page.getByLabel("The email Rapport drafts").inputValue()).toMatch(/^Dear Dr\. /);
    answer(true);
    await header(page).getByRole("link", { name: "Home" }).click();
    await page.waitForURL(`${app.runtime.url}/`);
    expect(asked).toHaveLength(2);

    // The link works once; opened again it says so, and that this browser is signed in.
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByText("has expired or was already used").waitFor();
    expect(await page.getByRole("status").textContent()).toBe(
      `You are already signed in as ${email} in this browser. Go to Home`,
    );
    expect(await page.getByRole("link", { name: "Ask for a new link" }).isVisible()).toBe(true);
    await page.getByRole("link", { name: "Go to Home" }).click();
    await page.getByRole("heading", { name: "My conferences" }).waitFor();

    await header(page).getByRole("button", { name: "Sign out" }).click();
    await header(page).getByRole("link", { name: "Sign in" }).waitFor();
    expect(await page.getByText("You are signed out.").isVisible()).toBe(true);
    expect(await page.getByTestId("account-name").count()).toBe(0);
    await page.goto(`${app.runtime.url}/settings`);
    await page.waitForURL(`${app.runtime.url}/sign-in`);
    await context.close();
  });

  it("deletes an account once the address is typed; the address then starts afresh", async () => {
    const context = await app.browser.newContext({ ...viewports.desktop, timezoneId });
    const page = await context.newPage();
    const email = uniqueEmail("delete");
    await signIn(page, app.runtime, email);
    await onboard(page, { name: "Kofi Mensah" });
    await page.waitForURL(`${app.runtime.url}/`);

    // Signed out and in again: the same account, already onboarded.
    await header(page).getByRole("button", { name: "Sign out" }).click();
    await header(page).getByRole("link", { name: "Sign in" }).waitFor();
    passMinute();
    await signIn(page, app.runtime, email);
    expect(page.url()).toBe(`${app.runtime.url}/`);
    expect(await header(page).getByTestId("account-name").textContent()).toBe("Kofi Mensah");

    await (await menuLink(page, "Settings")).click();
    const trigger = page.getByRole("button", { name: "Delete my account" });
    await trigger.click();
    const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // Keyboard only: open, type the wrong address, then the right one.
    await trigger.focus();
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    const confirmField = dialog.getByLabel(`Type your email address, ${email}, to confirm`);
    await confirmField.focus();
    await page.keyboard.type("someone-else@hospital.example");
    await page.keyboard.press("Enter");
    expect(await dialog.locator("#delete-confirm-error").textContent()).toBe(
      `Type ${email} exactly to confirm.`,
    );
    await expectAccessible(page);
    await confirmField.fill(email.toUpperCase());
    await dialog.getByRole("button", { name: "Delete my account permanently" }).click();

    await page.waitForURL(`${app.runtime.url}/`);
    await page.getByText("Your account and everything in it were deleted.").waitFor();
    expect(await header(page).getByRole("link", { name: "Sign in" }).isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Sign in with your email" }).isVisible()).toBe(
      true,
    );

    // A deleted account is gone: the same address is a new account that starts with onboarding.
    passMinute();
    await page.goto(`${app.runtime.url}/sign-in`);
    await confirmLink(page, await requestLink(page, app.runtime, email));
    expect(page.url()).toBe(`${app.runtime.url}/welcome`);
    expect(await page.getByLabel("Your name").inputValue()).toBe("");
    await context.close();
  });

  it("fits sign-in, confirm, onboarding and settings on a phone", async () => {
    const context = await app.browser.newContext({ ...viewports.iphone, timezoneId });
    const page = await context.newPage();
    const email = uniqueEmail("phone");
    await page.goto(`${app.runtime.url}/sign-in`);
    await expectPageFits(page);
    const link = await requestLink(page, app.runtime, email);
    await expectPageFits(page);
    await page.goto(link);
    await page.getByRole("heading", { name: "Sign in to Rapport" }).waitFor();
    await expectPageFits(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(`${app.runtime.url}/welcome`);
    await expectPageFits(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#welcome-name-error").waitFor();
    await expectPageFits(page);
    await onboard(page, { name: "Dr. Maria Fernanda Rodrigues-Albuquerque de Souza" });
    await (await menuLink(page, "Settings")).click();
    await page.getByRole("heading", { name: "Settings" }).waitFor();
    await page.getByRole("button", { name: "Add a program" }).click();
    await expectPageFits(page);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("alertdialog").waitFor();
    await expectNoHorizontalScroll(page);
    await page.keyboard.press("Escape");
    await page.getByRole("alertdialog").waitFor({ state: "hidden" });

    // A session that ends on the server (here: the cookie is gone) sends the user to sign in
    // at their next request.
    await context.clearCookies();
    await page.getByLabel("Program 1", { exact: true }).fill("Harbor Hospital Surgery");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForURL(`${app.runtime.url}/sign-in`);
    await page.getByText("Your session has ended. Sign in again to continue.").waitFor();
    await expectPageFits(page);
    await context.close();
  });
});
