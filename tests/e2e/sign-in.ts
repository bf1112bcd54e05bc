import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { LocalRuntime } from "../../functions/local/server";

/** A fresh address per test, so tests never share an account or a rate limit. */
let counter = 0;
export const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}-${++counter}@hospital.example`;

const linkPattern = /https?:\/\/[^\s"<>]+\/sign-in\/confirm#token=[A-Za-z0-9_.-]+/;

/** The sign-in link of the newest mail to `email` that was not in `seen`, from the local SES. */
export async function readSignInLink(
  runtime: LocalRuntime,
  email: string,
  seen: ReadonlySet<string> = new Set(),
): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const mail = (await runtime.ses.read()).find(
      (m) => m.to.includes(email) && !seen.has(m.id) && m.subject.includes("sign-in link"),
    );
    const link = mail?.text?.match(linkPattern)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No new sign-in link reached ${email} within 10 seconds.`);
}

export async function mailIdsTo(runtime: LocalRuntime, email: string): Promise<Set<string>> {
  return new Set((await runtime.ses.read()).filter((m) => m.to.includes(email)).map((m) => m.id));
}

/** Asks for a link on the sign-in page (the page must be there already) and returns it. */
export async function requestLink(page: Page, runtime: LocalRuntime, email: string) {
  const seen = await mailIdsTo(runtime, email);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
  return readSignInLink(runtime, email, seen);
}

/** Opens a sign-in link and presses the confirm button, as the user would. */
export async function confirmLink(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Signs the page's context in through the real UI and the local mailbox. */
export async function signIn(page: Page, runtime: LocalRuntime, email: string) {
  await page.goto(`${runtime.url}/sign-in`);
  await confirmLink(page, await requestLink(page, runtime, email));
}

export interface Onboarding {
  name: string;
  position?: string;
  institution?: string;
  timeZone?: string;
}

/** Fills the welcome form; the page must be on /welcome. */
export async function onboard(page: Page, answers: Onboarding) {
  await page.getByRole("heading", { name: "Welcome to Rapport" }).waitFor();
  await page.getByLabel("Your name").fill(answers.name);
  await page.getByLabel("Position").fill(answers.position ?? "Preliminary Surgery Resident");
  await page.getByLabel("Institution").fill(answers.institution ?? "Lakeside University Hospital");
  if (answers.timeZone) await page.getByLabel("Your time zone").fill(answers.timeZone);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.pathname !== "/welcome");
}

/** A new browser context with a new, onboarded account, on the home page. */
export async function signedInContext(
  browser: Browser,
  runtime: LocalRuntime,
  options: BrowserContextOptions,
  label: string,
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const email = uniqueEmail(label);
  await signIn(page, runtime, email);
  await onboard(page, { name: `Dr. ${label}` });
  await page.getByTestId("account-name").waitFor({ state: "attached" });
  return { context, page, email };
}
