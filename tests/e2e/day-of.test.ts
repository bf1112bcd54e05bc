import { mkdir } from "node:fs/promises";
import jsQR from "jsqr";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowser, expectAccessible, expectNoHorizontalScroll } from "./browser";
import { decodePng } from "./png";
import { signedInContext } from "./sign-in";

const app = appAndBrowser();

/** A phone held in one hand: 390 × 844 with touch. */
const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  timezoneId: "America/Chicago",
};

const program = [
  "Date,Start Time,End Time,Session Title,Track,Room,Presenter,Affiliation,Role",
  '04/15/2027,8:00 AM,9:00 AM,Trauma Systems Update,Trauma,Hall A,"Ana Ruiz, MD",Massachusetts General Hospital,Chair',
  '04/15/2027,2:00 PM,3:00 PM,Colorectal Cancer Screening,Colorectal Surgery,Hall B,"Chen Li, MD",University of Washington,Speaker',
].join("\n");

/** A JSON call from inside the page, so it carries the session and the page's origin. */
async function inPage(page: Page, path: string, method = "GET", body?: unknown) {
  return page.evaluate(
    async ({ path, method, body }) => {
      const response = await fetch(path, {
        method,
        headers: { "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.json() };
    },
    { path, method, body },
  );
}

/** The same call from outside the browser, with the context's session cookie. */
async function fromServer(context: BrowserContext, path: string) {
  const cookies = await context.cookies(app.runtime.url);
  const response = await fetch(`${app.runtime.url}${path}`, {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
  });
  return response.json();
}

describe("the day of the conference", () => {
  it("works through a day offline and loses nothing when the network is back", async () => {
    const { context, page } = await signedInContext(app.browser, app.runtime, phone, "dayof");
    context.setDefaultTimeout(15_000);
    const saved = await inPage(page, "/api/conferences", "POST", {
      text: program,
      timeZone: "America/Chicago",
      title: "Clinical Congress 2027",
    });
    expect(saved.status).toBe(201);
    const conferenceId = saved.body.id as string;
    const { body: programPage } = await inPage(page, `/api/conferences/${conferenceId}`);
    for (const person of programPage.people as { id: string }[]) {
      expect(
        (await inPage(page, "/api/contacts", "POST", { conferenceId, personId: person.id })).status,
      ).toBe(201);
    }

    const dayUrl = `${app.runtime.url}/conferences/${conferenceId}/day/2027-04-15`;
    // The day's data is asked for as soon as the route is matched, beside the sign-in check:
    // its request goes out before the answer to /api/me is back, and only once.
    const dayOf = `/api/conferences/${conferenceId}/day-of`;
    const traffic: string[] = [];
    const record = (what: string) => (r: { url(): string }) => {
      const path = new URL(r.url()).pathname;
      if (path === "/api/me" || path === dayOf) traffic.push(`${what} ${path}`);
    };
    const asked = record("asked");
    const answered = record("answered");
    page.on("request", asked);
    page.on("response", answered);
    // Nothing the user can see moves while the page fills in (no layout shift).
    await page.addInitScript(() => {
      const shifts: string[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          sources?: { node?: Node }[];
        })[])
          for (const source of entry.sources ?? []) shifts.push(source.node?.nodeName ?? "?");
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(dayUrl);
    await page.getByRole("button", { name: "Met Ana Ruiz", exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual(
      [],
    );
    page.off("request", asked);
    page.off("response", answered);
    expect({
      dayOfRequests: traffic.filter((entry) => entry === `asked ${dayOf}`).length,
      askedBeforeSignInKnown:
        traffic.indexOf(`asked ${dayOf}`) < traffic.indexOf("answered /api/me"),
    }).toEqual({ dayOfRequests: 1, askedBeforeSignInKnown: true });
    // The service worker keeps what the page reads once it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole("button", { name: "Met Ana Ruiz", exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await context.setOffline(true);
    await page.reload();
    const met = page.getByRole("button", { name: "Met Ana Ruiz", exact: true });
    await met.waitFor();
    expect(await page.locator(".slot-time").allTextContents()).toEqual([
      "8:00 – 9:00 AM CDT",
      "2:00 – 3:00 PM CDT",
    ]);
    expect(await met.getAttribute("aria-pressed")).toBe("false");
    await met.tap();
    await expect.poll(() => met.getAttribute("aria-pressed")).toBe("true");
    await page.getByText("1 change waiting").waitFor();

    const note = page.getByLabel("Note on Chen Li");
    await note.fill("Runs the research year; email her the abstract.");
    await page.getByRole("button", { name: "Save note" }).tap();
    await page.getByText("2 changes waiting").waitFor();

    await page.getByRole("button", { name: "Add someone you met" }).tap();
    await page.getByLabel("Name", { exact: true }).fill("Dana Park");
    await page.getByLabel("Institution").fill("Washington University in St. Louis");
    await page.getByLabel("Note", { exact: true }).fill("Met at the poster session.");
    await page.getByRole("button", { name: "Add as met" }).tap();
    await page.getByText("3 changes waiting").waitFor();

    // Still there after a reload with no network.
    await page.reload();
    await page.getByText("3 changes waiting").waitFor();
    expect(
      await page
        .getByRole("button", { name: "Met Ana Ruiz", exact: true })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    expect(await page.getByLabel("Note on Chen Li").inputValue()).toBe(
      "Runs the research year; email her the abstract.",
    );
    await mkdir("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/day-of-offline.png", fullPage: true });
    // The card opens offline too, though it was never opened online: the day page read it.
    await page.getByRole("link", { name: "Show my card" }).tap();
    await page.getByRole("img", { name: "QR code of your card" }).waitFor();
    await page.goBack();
    await page.getByText("3 changes waiting").waitFor();

    await context.setOffline(false);
    await page.getByText("All changes saved.").waitFor({ timeout: 20_000 });

    const { contacts } = await fromServer(context, `/api/contacts?conferenceId=${conferenceId}`);
    const byName = new Map(
      (contacts as { id: string; name: string }[]).map((c) => [c.name, c.id] as const),
    );
    expect([...byName.keys()].sort()).toEqual(["Ana Ruiz", "Chen Li", "Dana Park"]);
    const logOf = async (name: string) =>
      (await fromServer(context, `/api/contacts/${byName.get(name)}`)) as {
        contact: { notes: string; status: string };
        log: { kind: string; note: string }[];
      };
    const ana = await logOf("Ana Ruiz");
    expect(ana.log.map((e) => e.kind)).toEqual(["met"]);
    expect(ana.contact.status).toBe("met");
    const chen = await logOf("Chen Li");
    expect(chen.contact.notes).toBe("Runs the research year; email her the abstract.");
    expect(chen.log).toEqual([]);
    const dana = await logOf("Dana Park");
    expect(dana.log.map((e) => [e.kind, e.note])).toEqual([["met", "Met at the poster session."]]);
    await page.screenshot({ path: "test-results/day-of-online.png", fullPage: true });
    // One-handed on the narrowest phones too.
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page);
    const smallest = await page
      .locator(".target button, .quick-add button")
      .evaluateAll((buttons) => Math.min(...buttons.map((b) => b.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  it("shows my card as a QR code that reads back as the card file, offline too", async () => {
    const { context, page } = await signedInContext(app.browser, app.runtime, phone, "card");
    context.setDefaultTimeout(15_000);
    await page.goto(`${app.runtime.url}/card`);
    const qr = page.getByRole("img", { name: "QR code of your card" });
    await qr.waitFor();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    const vcf = await page.evaluate(async () => (await fetch("/api/me/card.vcf")).text());
    expect(vcf).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const picture = decodePng(await qr.screenshot());
    expect(jsQR(picture.data, picture.width, picture.height)?.data).toBe(vcf);
    expect(
      await page.getByRole("link", { name: "Download my card (.vcf)" }).getAttribute("href"),
    ).toBe("/api/me/card.vcf");

    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await qr.waitFor();
    await context.setOffline(true);
    await page.reload();
    await qr.waitFor();
    await context.close();
  });
});
