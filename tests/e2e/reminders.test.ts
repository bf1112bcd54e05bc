import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readMailEvent, recordMailEvent } from "../../functions/domain/reminders/bounces";
import { appAndBrowser, expectAccessible, expectNoHorizontalScroll, menuLink } from "./browser";
import { mailIdsTo, onboard, readSignInLink, signIn, uniqueEmail } from "./sign-in";

// The dispatcher runs only when the test asks, so what it sends is known.
const app = appAndBrowser({ dispatchEveryMs: 3_600_000 });

/** A 360 px phone whose own clock is in India, for a user who lives in New York: every time
 * shown must be in the user's zone, not the browser's. */
const phone = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  timezoneId: "Asia/Kolkata",
  locale: "en-US",
};

async function expectPageFits(page: Page) {
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  // A phone may widen its layout to show what overflows; the page itself must stay 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
}

const getJson = <T>(page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

interface Mail {
  id: string;
  kind: string;
  sendAt: string;
  status: string;
  movedByUser?: boolean;
}

/** The conference days (in the conference's zone) on which a contact has a session. */
const chicagoDay = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" });
const dayNames: Record<string, string> = {
  "2027-04-15": "Thu, Apr 15",
  "2027-04-16": "Fri, Apr 16",
  "2027-04-17": "Sat, Apr 17",
  "2027-04-18": "Sun, Apr 18",
};

describe("reminder emails", () => {
  it("plans a flagged target's reminders, sends the outreach at its time, links to the drafts and unsubscribes", async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    const policyReports: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) policyReports.push(message.text());
    });
    const email = uniqueEmail("reminders");
    await signIn(page, app.runtime, email);
    await onboard(page, { name: "Dr. Amara Okafor", timeZone: "America/New_York" });
    await page.getByTestId("account-name").waitFor({ state: "attached" });

    await page.getByRole("button", { name: "Try a sample conference" }).click();
    await page.waitForURL(/\/conferences\/[A-Za-z0-9_-]+$/, { timeout: 60_000 });
    await page
      .getByRole("heading", { level: 1, name: "Prairie & Lakes Surgical Congress 2027" })
      .waitFor({ timeout: 60_000 });
    const conferenceId = new URL(page.url()).pathname.split("/")[2] ?? "";

    // A speaker flagged on the program becomes a target.
    const line = page.locator(".tab-panel:visible .session .person-line").first();
    await line.waitFor();
    const speaker = (await line.locator(".person-link").textContent()) ?? "";
    await line.locator("button.flag").click();
    await expect.poll(() => line.locator("button.flag").getAttribute("aria-pressed")).toBe("true");
    const { contacts } = await getJson<{ contacts: { id: string; name: string }[] }>(
      page,
      `/api/contacts?conferenceId=${conferenceId}`,
    );
    expect(contacts.length).toBe(1);
    const contactId = contacts[0]?.id ?? "";
    const { contact } = await getJson<{ contact: { sessions: { start: string }[] } }>(
      page,
      `/api/contacts/${contactId}`,
    );
    const days = [...new Set(contact.sessions.map((s) => chicagoDay.format(new Date(s.start))))]
      .filter((day) => dayNames[day])
      .sort();

    // The schedule: the outreach 14 days ahead at 8:00 in the user's zone, a day plan at 7:00
    // in the conference's zone (8:00 in New York) for each day the target speaks, and the
    // follow-up 3 days after the last day.
    await page.getByRole("link", { name: "Email schedule" }).click();
    await page.getByRole("heading", { level: 1, name: "Email schedule" }).waitFor();
    const upcoming = page.locator("ol.schedule").first().locator("> li");
    /** The id of the email an item of the schedule shows. */
    const idOf = async (item: Locator) =>
      /^mail-(.+)-title$/.exec((await item.getAttribute("aria-labelledby")) ?? "")?.[1];
    /** An email as the API has it now. */
    const mailOf = async (id: string | undefined) => {
      const { emails } = await getJson<{ emails: Mail[] }>(
        page,
        `/api/conferences/${conferenceId}/schedule`,
      );
      return emails.find((m) => m.id === id);
    };
    await upcoming.first().waitFor();
    expect(await upcoming.locator(".scheduled-mail-title").allTextContents()).toEqual([
      "Reminder to send your intro emails",
      ...days.map((day) => `Day plan for ${dayNames[day]}`),
      "Follow-up reminder",
    ]);
    expect(await upcoming.locator(".scheduled-mail-when time").allTextContents()).toEqual([
      "Thu, Apr 1, 2027, 8:00 AM EDT",
      ...days.map((day) => `${dayNames[day]}, 2027, 8:00 AM EDT`),
      "Wed, Apr 21, 2027, 8:00 AM EDT",
    ]);
    expect(await upcoming.locator(".badge").first().textContent()).toBe("Planned");
    expect(await page.locator("main .meta").first().textContent()).toBe(
      "Prairie & Lakes Surgical Congress 2027 · times in America/New_York",
    );
    expect(await upcoming.first().locator(".meta").first().textContent()).toBe(`About ${speaker}`);

    // The preview is the message as it would go now, its HTML with its own styles.
    const outreach = upcoming.first();
    const outreachId = await idOf(outreach);
    await outreach.locator("summary", { hasText: "Preview" }).click();
    const subject = outreach.locator(".mail-preview dd").nth(1);
    await subject.waitFor();
    expect(await subject.textContent()).toBe(
      "Send your intro emails for Prairie & Lakes Surgical Congress 2027",
    );
    expect(await outreach.locator(".mail-preview dd").first().textContent()).toBe(email);
    const previewFrame = outreach.frameLocator("iframe.mail-html");
    const heading = previewFrame.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe(
      "Send your intro emails for Prairie & Lakes Surgical Congress 2027",
    );
    await expect.poll(() => heading.evaluate((h) => getComputedStyle(h).fontSize)).toBe("20px");
    expect(
      await previewFrame.getByRole("link", { name: "open the draft" }).getAttribute("href"),
    ).toBe(`${app.runtime.url}/contacts/${contactId}#drafts`);
    await expectPageFits(page);

    // Skip a day plan and bring it back; one button, whose word changes.
    const dayPlan = upcoming.nth(1);
    await dayPlan.getByRole("button", { name: /^Skip/ }).click();
    await dayPlan.getByText("Skipped: it will not go out. You can bring it back.").waitFor();
    expect(await dayPlan.locator(".badge").textContent()).toBe("Skipped");
    expect((await mailOf(await idOf(dayPlan)))?.status).toBe("skipped");
    await dayPlan.getByRole("button", { name: /^Bring back/ }).click();
    await dayPlan.getByText(/^Brought back: it goes out /).waitFor();
    expect(await dayPlan.locator(".badge").textContent()).toBe("Planned");

    // Move the follow-up across the end of daylight saving time: 9:00 in New York in November
    // is 14:00 UTC, an hour later than in April. A time past is refused beside the field.
    const followUp = upcoming.last();
    await followUp.getByRole("button", { name: /^Move/ }).click();
    await followUp.getByLabel("New time").fill("2020-01-06T09:00");
    await followUp.getByRole("button", { name: "Move it" }).click();
    await followUp.getByText("Choose a time in the future for this email.").waitFor();
    await followUp.getByLabel("New time").fill("2027-11-08T09:00");
    await followUp.getByRole("button", { name: "Move it" }).click();
    await followUp.getByText("Moved: it goes out Mon, Nov 8, 2027, 9:00 AM EST.").waitFor();
    expect(await mailOf(await idOf(followUp))).toMatchObject({
      sendAt: "2027-11-08T14:00:00.000Z",
      status: "planned",
      movedByUser: true,
    });
    expect(await followUp.locator(".scheduled-mail-when").textContent()).toBe(
      "Planned Mon, Nov 8, 2027, 9:00 AM EST · moved by you",
    );
    await expectPageFits(page);

    // Home names the next email and links to its schedule.
    await (await menuLink(page, "Home")).click();
    const next = page.locator(".next-email");
    await next.locator(".next-email-what").waitFor();
    expect(await next.locator(".next-email-what").textContent()).toBe(
      "Reminder to send your intro emails · Prairie & Lakes Surgical Congress 2027",
    );
    expect(await next.locator("time").textContent()).toBe("Thu, Apr 1, 2027, 8:00 AM EDT");
    expect(
      await next.getByRole("link", { name: "See the email schedule" }).getAttribute("href"),
    ).toBe(`/conferences/${conferenceId}/schedule`);
    await expectPageFits(page);

    // Local mode: the clock moved to the outreach time, and one dispatcher run sends it.
    await (await menuLink(page, "Dev mailbox")).click();
    await page.getByRole("heading", { level: 1, name: "Dev mailbox" }).waitFor();
    await page.getByTestId("dev-clock").waitFor();
    expect(await page.getByTestId("dev-clock").textContent()).toMatch(/ \(real time\)$/);
    await page.getByLabel("Set the clock to").fill("2027-04-01T08:00");
    await page.getByRole("button", { name: "Set the clock" }).click();
    await expect
      .poll(() => page.getByTestId("dev-clock").textContent())
      .toBe("Thu, Apr 1, 2027, 8:00 AM EDT (simulated; it runs on from the moment set)");
    await page.getByRole("button", { name: "Run the dispatcher now" }).click();
    await expect
      .poll(() => page.getByTestId("dispatch-outcome").textContent(), { timeout: 30_000 })
      .toBe("Sent 1, failed 0, retried later 0, cancelled 0.");
    const mail = page.locator("li.mail", { hasText: "Send your intro emails for" });
    await mail.locator("summary").first().click();
    expect(await mail.locator(".mail-subject").textContent()).toBe(
      "Send your intro emails for Prairie & Lakes Surgical Congress 2027",
    );
    // The plain text shows its addresses as links; the raw MIME carries the one-click headers.
    const textLinks = await mail
      .locator(".mail-text a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(textLinks.slice(0, 2)).toEqual([
      `${app.runtime.url}/contacts/${contactId}#drafts`,
      `${app.runtime.url}/contacts/${contactId}/sent`,
    ]);
    const unsubscribeUrl = textLinks.find((href) => href?.includes("/api/unsubscribe/")) ?? "";
    expect(unsubscribeUrl.startsWith(`${app.runtime.url}/api/unsubscribe/`)).toBe(true);
    await mail.getByText("Raw MIME, as handed to SES").click();
    const raw = (await mail.locator(".raw-scroll pre").textContent()) ?? "";
    expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(raw).toContain("Subject: Send your intro emails for");
    await expectPageFits(page);

    // The draft link in the mail's HTML opens in the app itself. Four months on, the session has
    // ended: the app asks to sign in first, and the sign-in link, followed from its own mail's
    // HTML here, brings the user back to the drafts.
    await mail
      .frameLocator("iframe.mail-html")
      .getByRole("link", { name: "open the draft" })
      .click();
    await page.waitForURL(`${app.runtime.url}/sign-in`);
    const seen = await mailIdsTo(app.runtime, email);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
    await readSignInLink(app.runtime, email, seen);
    await (await menuLink(page, "Dev mailbox")).click();
    const signInMail = page
      .locator("li.mail", { hasText: "Your Rapport sign-in link" })
      .filter({ hasText: email })
      .first();
    await signInMail.locator("summary").first().click();
    await signInMail
      .frameLocator("iframe.mail-html")
      .getByRole("link", { name: "Sign in to Rapport" })
      .click();
    // The confirm page takes the token out of the address as soon as it reads it, so the wait is
    // for the page; signing in below shows that the token came with it.
    await page.waitForURL((url) => url.pathname === "/sign-in/confirm");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(`${app.runtime.url}/contacts/${contactId}#drafts`);
    await page.locator("#draft-intro-title").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("drafts-title");
    const box = await page.locator("#drafts-title").boundingBox();
    // Scrolled into view, to within the half pixel a scroll may leave.
    expect(box && Math.round(box.y) >= 0 && Math.round(box.y + box.height) <= 740).toBe(true);
    expect(await mailOf(outreachId)).toMatchObject({ kind: "outreach", status: "sent" });

    // The one-click unsubscribe, posted as a mail provider posts it: a form, no session.
    const answer = await fetch(unsubscribeUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain(
      "Rapport will send you no more reminders to send intro emails.",
    );

    // Settings, read afresh, shows that kind off, and turns it back on.
    await (await menuLink(page, "Settings")).click();
    const outreachSwitch = page.getByRole("switch", { name: "Reminders to send intro emails" });
    await outreachSwitch.waitFor({ state: "attached" });
    expect(await outreachSwitch.isChecked()).toBe(false);
    expect(await page.getByRole("switch", { name: "Day plans" }).isChecked()).toBe(true);
    expect(await page.getByRole("switch", { name: "Keep-in-touch reminders" }).isChecked()).toBe(
      true,
    );
    await expectPageFits(page);
    await outreachSwitch.focus();
    await page.keyboard.press("Space");
    expect(await outreachSwitch.isChecked()).toBe(true);
    expect(await page.locator(".save-state").textContent()).toBe("You have unsaved changes.");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.locator(".save-state").textContent()).toMatch(/^Saved at /);
    const profile = await getJson<{ mailKindsOff: string[] }>(page, "/api/me");
    expect(profile.mailKindsOff).toEqual([]);

    // "Mark as sent" from the mail: one button, then a confirmation and the way to the contact.
    await page.goto(`${app.runtime.url}/contacts/${contactId}/sent`);
    const markButton = page.getByRole("button", { name: /^Mark as sent to / });
    await markButton.waitFor();
    await expectPageFits(page);
    await markButton.click();
    await page.getByText(/^Marked as sent: your email to .* is in their timeline\.$/).waitFor();
    const { log } = await getJson<{ log: { kind: string }[] }>(page, `/api/contacts/${contactId}`);
    expect(log.map((entry) => entry.kind)).toEqual(["emailed"]);
    await page.getByRole("link", { name: /^Open .*'s page$/ }).click();
    await page.waitForURL(`${app.runtime.url}/contacts/${contactId}`);
    expect(await page.locator(".badge").first().textContent()).toBe("Emailed");

    // The whole schedule lists the same email, now that the outreach went out.
    await page.goto(`${app.runtime.url}/schedule`);
    await page.locator("ol.schedule li").first().waitFor();
    expect(await page.locator("main .meta").first().textContent()).toBe(
      "Every reminder Rapport plans for you · times in America/New_York",
    );
    expect(await page.locator("#done-title + ol .scheduled-mail-title").allTextContents()).toEqual([
      "Reminder to send your intro emails",
    ]);
    expect(await page.locator("#done-title + ol .badge").textContent()).toBe("Sent");
    await expectPageFits(page);

    // Back to real time.
    await page.goto(`${app.runtime.url}/dev/mailbox`);
    await page.getByRole("button", { name: "Reset to real time" }).click();
    await expect.poll(() => page.getByTestId("dev-clock").textContent()).toMatch(/ \(real time\)$/);
    expect(await page.getByRole("button", { name: "Reset to real time" }).count()).toBe(0);

    expect(policyReports).toEqual([]);
    await context.close();
  });

  it("pauses reminders after a bounce, says so on every signed-in page and resumes them", async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    const email = uniqueEmail("bounced");
    await signIn(page, app.runtime, email);
    await onboard(page, { name: "Dr. Bounce", timeZone: "America/New_York" });
    await page.getByTestId("account-name").waitFor({ state: "attached" });

    const read = readMailEvent(
      JSON.stringify({
        eventType: "Bounce",
        mail: { timestamp: "2027-03-01T13:00:00.000Z" },
        bounce: {
          bounceType: "Permanent",
          bounceSubType: "General",
          bouncedRecipients: [
            { emailAddress: email, diagnosticCode: "smtp; 550 5.1.1 user unknown" },
          ],
          timestamp: "2027-03-01T13:00:05.000Z",
        },
      }),
    );
    if (!("event" in read)) throw new Error(read.unreadable);
    await recordMailEvent(app.runtime.deps.db, read.event);

    await page.goto(`${app.runtime.url}/settings`);
    const banner = page.locator(".mail-problem");
    await banner.waitFor();
    expect(await banner.locator("p").allTextContents()).toEqual([
      "Your reminders are paused.",
      `A reminder to ${email} bounced on Mon, Mar 1, 2027, 8:00 AM EST: the receiving mail server refused it.`,
      "Report: General bounce: smtp; 550 5.1.1 user unknown",
      expect.stringMatching(/^Check your address: is .+ spelled right/),
    ]);
    await expectPageFits(page);
    await page.goto(`${app.runtime.url}/`);
    await banner.waitFor();
    await page.getByRole("button", { name: "My address is fine, resume reminders" }).click();
    await page.getByText(`Reminders resumed: they go to ${email} again.`).waitFor();
    expect(await banner.count()).toBe(0);
    expect(await getJson(page, "/api/me/mail-problem")).toEqual({ mailProblem: null });

    // With nothing flagged, the schedule says how to get reminders.
    await page.goto(`${app.runtime.url}/schedule`);
    const empty = page.locator("main .empty");
    await empty.waitFor();
    expect(await empty.textContent()).toBe(
      "No emails planned yet. Flag the people you want to meet on a conference's Targets page: Rapport then plans a reminder to write to them, a plan for each day you can catch them and a reminder to follow up.",
    );
    expect(await page.locator("ol.schedule").count()).toBe(0);
    await expectPageFits(page);
    await context.close();
  });
});
