import PostalMime, { type Email } from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../../functions/local/server";
import { keys } from "../../functions/store/keys";
import type { DevMail } from "../../schemas/mail";
import type { ScheduledMail } from "../../schemas/outbox";
import { call, onboarded, savedProgram, signIn, startTestRuntime, userIdOf } from "./runtime";

// Times below: America/New_York is UTC-4 and America/Chicago UTC-5 from March 14, 2027, so
// 08:00 in New York and 07:00 in Chicago are both 12:00 UTC.
const program = [
  "Date,Start Time,End Time,Session Title,Track,Room,Presenter,Affiliation,Role",
  '04/15/2027,9:00 AM,10:00 AM,Trauma Systems Update,Trauma,Hall A,"Ana Ruiz, MD",Massachusetts General Hospital,Chair',
  '04/15/2027,2:00 PM,3:00 PM,Colorectal Cancer Screening,Colorectal Surgery,Hall B,"Ben Osei, MD, PhD",Johns Hopkins Hospital,Speaker',
  '04/16/2027,10:00 AM,11:00 AM,Surgical Education Forum,Education,Hall C,"Chen Li, MD",University of Washington,Speaker',
  '04/16/2027,10:00 AM,11:00 AM,Surgical Education Forum,Education,Hall C,"Dana Park, MD",Washington University in St. Louis,Moderator',
].join("\n");

const email = "resident@example.org";
let runtime: LocalRuntime;
let cookie: string;
let userId: string;
let conferenceId: string;
/** Contact ids by first name. */
const contact: Record<string, string> = {};
/** Planned mail ids by kind (the day plans by date). */
const mailId: Record<string, string> = {};

const send = (path: string, method: string, body?: unknown, as = cookie) =>
  call(runtime, path, {
    method,
    cookie: as,
    ...(body === undefined ? { headers: { "content-type": "application/json" } } : { body }),
  });
const get = (path: string, as = cookie) => call(runtime, path, { cookie: as });
const setClock = async (now: string) =>
  expect((await send("/api/dev/clock", "POST", { now })).status).toBe(200);
const dispatch = async () => (await send("/api/dev/dispatch", "POST", {})).body;
const schedule = async (): Promise<ScheduledMail[]> =>
  (await get(`/api/conferences/${conferenceId}/schedule`)).body.emails;
/** Contact ids of these people, as the planner lists them (sorted). */
const ids = (...names: string[]) => names.map((n) => contact[n] as string).sort();
/** Saves the profile with these changes, or unchanged: either way the plan is made again. */
async function replan(as = cookie, changes: Record<string, unknown> = {}) {
  const { email: _, createdAt: __, onboarded: ___, ...fields } = (await get("/api/me", as)).body;
  expect((await send("/api/me/profile", "PUT", { ...fields, ...changes }, as)).status).toBe(200);
}

/** The newest message the local SES holds for `to` with this subject, read back from the exact
 * bytes handed to SES by an independent MIME parser. */
async function received(to: string, subject: string): Promise<{ mail: DevMail; parsed: Email }> {
  const mailbox = (await get("/api/dev/mail")).body.mail as DevMail[];
  const mail = mailbox.find((m) => m.to.includes(to) && m.subject === subject);
  if (!mail?.raw) throw new Error(`no message "${subject}" to ${to}`);
  return { mail, parsed: await PostalMime.parse(mail.raw) };
}
const header = (parsed: Email, name: string) => parsed.headers.find((h) => h.key === name)?.value;
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

beforeAll(async () => {
  runtime = await startTestRuntime({ now: () => new Date("2027-03-15T14:00:00.000Z") });
  cookie = await onboarded(runtime, email, "America/New_York");
  userId = userIdOf(cookie);
  const saved = await savedProgram(runtime, cookie, program);
  conferenceId = saved.conferenceId;
  for (const [name, personId] of Object.entries(saved.people)) {
    const flagged = await send("/api/contacts", "POST", { conferenceId, personId });
    expect(flagged.status).toBe(201);
    contact[name.split(" ")[0] as string] = flagged.body.id;
  }
});
afterAll(async () => {
  await runtime.close();
});

describe("the reminder schedule", () => {
  it("plans the reminders as soon as targets are flagged", async () => {
    expect((await schedule()).map((m) => m.kind)).toEqual([
      "outreach",
      "day-plan",
      "day-plan",
      "follow-up",
    ]);
  });

  it("plans outreach, day plans, follow-up and last call at their zones' hours, and re-planning changes nothing", async () => {
    // Dana was met before the meeting, at a regional chapter dinner.
    const met = await send(`/api/contacts/${contact.Dana}/interactions`, "POST", {
      kind: "met",
      note: "Chapter dinner",
    });
    expect(met.status).toBe(201);
    const planned = await schedule();
    expect(planned.map(({ id: _, ...rest }) => rest)).toEqual([
      {
        kind: "outreach",
        sendAt: "2027-04-01T12:00:00.000Z",
        status: "planned",
        conferenceId,
        contactIds: ids("Ana", "Ben", "Chen"),
        attempts: 0,
      },
      {
        kind: "day-plan",
        sendAt: "2027-04-15T12:00:00.000Z",
        status: "planned",
        conferenceId,
        contactIds: ids("Ana", "Ben"),
        date: "2027-04-15",
        attempts: 0,
      },
      {
        kind: "day-plan",
        sendAt: "2027-04-16T12:00:00.000Z",
        status: "planned",
        conferenceId,
        contactIds: ids("Chen"),
        date: "2027-04-16",
        attempts: 0,
      },
      {
        kind: "follow-up",
        sendAt: "2027-04-19T12:00:00.000Z",
        status: "planned",
        conferenceId,
        contactIds: ids("Ana", "Ben", "Chen", "Dana"),
        attempts: 0,
      },
      {
        kind: "follow-up-last-call",
        sendAt: "2027-04-21T12:00:00.000Z",
        status: "planned",
        conferenceId,
        contactIds: ids("Dana"),
        attempts: 0,
      },
    ]);
    for (const mail of planned) mailId[mail.date ?? mail.kind] = mail.id;
    expect(new Set(planned.map((m) => m.id)).size).toBe(5);

    await replan();
    await replan();
    expect(await schedule()).toEqual(planned);
    expect((await get("/api/me/schedule")).body.emails).toEqual(planned);
  });

  it("skips an email and brings it back, refuses a time in the past, and keeps a time the user chose", async () => {
    const path = `/api/schedule/${mailId.outreach}`;
    const skipped = await send(path, "PATCH", { skip: true });
    expect([skipped.status, skipped.body.status]).toEqual([200, "skipped"]);
    await replan();
    expect((await schedule()).find((m) => m.id === mailId.outreach)?.status).toBe("skipped");
    const back = await send(path, "PATCH", { skip: false });
    expect([back.status, back.body.status, back.body.sendAt]).toEqual([
      200,
      "planned",
      "2027-04-01T12:00:00.000Z",
    ]);

    const lastCall = `/api/schedule/${mailId["follow-up-last-call"]}`;
    const past = await send(lastCall, "PATCH", { sendAt: "2027-03-15T13:59:00Z" });
    expect([past.status, past.body.error]).toEqual([
      400,
      { code: "mail.invalid_time", message: "Choose a time in the future for this email." },
    ]);
    const moved = await send(lastCall, "PATCH", { sendAt: "2027-04-22T09:00:00-04:00" });
    expect([moved.status, moved.body.sendAt, moved.body.movedByUser]).toEqual([
      200,
      "2027-04-22T13:00:00.000Z",
      true,
    ]);
    await replan();
    const after = (await schedule()).find((m) => m.id === mailId["follow-up-last-call"]);
    expect([after?.status, after?.sendAt]).toEqual(["planned", "2027-04-22T13:00:00.000Z"]);
  });

  it("unsubscribes from one kind with a one-click POST and nothing else, while a GET only asks", async () => {
    const preview = await get(`/api/schedule/${mailId["2027-04-15"]}`);
    const link = /stop day plans \((\S+)\)/.exec(preview.body.message.text)?.[1] ?? "";
    const token = link.slice(`${runtime.url}/api/unsubscribe/`.length);
    expect(token).toMatch(new RegExp(`^${userId}\\.day-plan\\.[A-Za-z0-9_-]{43}$`));

    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<h1>Stop these reminders?</h1>");
    expect(html).toContain(
      '<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">',
    );
    expect((await get("/api/me")).body.mailKindsOff).toEqual([]);
    expect((await schedule()).filter((m) => m.kind === "day-plan").map((m) => m.status)).toEqual([
      "planned",
      "planned",
    ]);

    const oneClick = (url: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
    const done = await oneClick(link);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(
      "<h1>You are unsubscribed</h1><p>Rapport will send you no more day plans.",
    );
    expect((await get("/api/me")).body.mailKindsOff).toEqual(["day-plan"]);
    expect((await schedule()).map((m) => [m.kind, m.status])).toEqual([
      ["outreach", "planned"],
      ["day-plan", "cancelled"],
      ["day-plan", "cancelled"],
      ["follow-up", "planned"],
      ["follow-up-last-call", "planned"],
    ]);
    expect((await oneClick(link)).status).toBe(200);

    const forged = await oneClick(
      `${runtime.url}/api/unsubscribe/${userId}.outreach.${"A".repeat(43)}`,
    );
    expect(forged.status).toBe(404);
    expect(await forged.json()).toEqual({
      error: {
        code: "unsubscribe.not_found",
        message:
          "This unsubscribe link is not valid. Open Settings in Rapport to choose your reminders.",
      },
    });
    expect((await get("/api/me")).body.mailKindsOff).toEqual(["day-plan"]);
  });
});

describe("reminder messages", () => {
  it("puts a name with a line break and Bcc: into the subject, never into a header", async () => {
    const mentee = "mentee@example.org";
    const other = await signIn(runtime, mentee);
    await send(
      "/api/me/onboarding",
      "POST",
      { name: "Kofi Mensah", position: "Intern", institution: "Lakeside", timeZone: "UTC" },
      other,
    );
    const injected = "Grace Hopper\r\nBcc: evil@example.org";
    const refused = await send("/api/contacts", "POST", { name: injected, mentor: true }, other);
    expect([refused.status, refused.body.error.message]).toEqual([
      400,
      "name: The name contains a control character; remove it.",
    ]);
    const added = await send(
      "/api/contacts",
      "POST",
      { name: "Grace Hopper", mentor: true },
      other,
    );
    expect(added.status).toBe(201);
    // As an older version, or a hand edit, might have stored it.
    await runtime.deps.db.update({
      Key: { pk: keys.user(userIdOf(other)), sk: keys.contact(added.body.id) },
      UpdateExpression: "SET #name = :name",
      ExpressionAttributeNames: { "#name": "name" },
      ExpressionAttributeValues: { ":name": injected },
    });
    await replan(other, { keepInTouchDays: 7 });
    const [keepInTouch] = (await get("/api/me/schedule", other)).body.emails as ScheduledMail[];
    expect([keepInTouch?.kind, keepInTouch?.sendAt]).toEqual([
      "keep-in-touch",
      "2027-03-22T08:00:00.000Z",
    ]);

    await setClock("2027-03-22T08:00:00.000Z");
    expect(await dispatch()).toEqual({ sent: 1, failed: 0, retried: 0, cancelled: 0 });
    const { mail, parsed } = await received(
      mentee,
      "Time to write to Grace Hopper Bcc: evil@example.org",
    );
    expect(mail.to).toEqual([mentee]);
    expect(parsed.to).toEqual([{ address: mentee, name: "" }]);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.map((h) => h.key).sort()).toEqual([
      "content-type",
      "date",
      "from",
      "list-unsubscribe",
      "list-unsubscribe-post",
      "message-id",
      "mime-version",
      "subject",
      "to",
    ]);
    // The message's own header block: the name's line break stays inside the body parts.
    const headerBlock = mail.raw?.slice(0, mail.raw.indexOf("\r\n\r\n")) ?? "";
    expect(headerBlock).toContain(
      "\r\nSubject: Time to write to Grace Hopper Bcc: evil@example.org\r\n",
    );
    expect(headerBlock).not.toMatch(/^bcc:/im);
  });

  it("sends the outreach reminder with each target's draft link and the one-click unsubscribe headers", async () => {
    await setClock("2027-04-01T12:00:00.000Z");
    expect(await dispatch()).toEqual({ sent: 1, failed: 0, retried: 0, cancelled: 0 });
    const subject = "Send your intro emails for Clinical Congress 2027";
    const { parsed } = await received(email, subject);
    const app = runtime.url;
    const unsubscribe = header(parsed, "list-unsubscribe")?.slice(1, -1) ?? "";
    expect(unsubscribe).toMatch(
      new RegExp(`^${app}/api/unsubscribe/${userId}\\.outreach\\.[A-Za-z0-9_-]{43}$`),
    );
    expect(header(parsed, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(parsed.from).toEqual({ address: "reminders@rapport.localhost", name: "Rapport" });
    expect(parsed.to).toEqual([{ address: email, name: "" }]);
    expect(parsed.subject).toBe(subject);
    const targets = ids("Ana", "Ben", "Chen");
    const line = (id: string) => {
      const who = {
        [contact.Ana as string]: "Ana Ruiz, MD, Massachusetts General Hospital",
        [contact.Ben as string]: "Ben Osei, MD, PhD, Johns Hopkins Hospital",
        [contact.Chen as string]: "Chen Li, MD, University of Washington",
      }[id];
      return `- ${who}: open the draft (${app}/contacts/${id}#drafts) · mark as sent (${app}/contacts/${id}/sent)`;
    };
    expect(parsed.text).toBe(
      [
        "Clinical Congress 2027 starts on Thursday, April 15. Now is a good time to write to the people you want to meet. Each draft is ready; open it, check it, and send it from your own mail.",
        "",
        ...targets.map(line),
        "",
        "You get this email because you planned “Clinical Congress 2027” in Rapport and asked for reminders to send intro emails.",
        "",
        `Change when reminders come in Settings (${app}/settings), or stop reminders to send intro emails (${unsubscribe}).`,
        "",
      ].join("\n"),
    );
    expect(hrefs(parsed.html ?? "")).toEqual([
      ...targets.flatMap((id) => [`${app}/contacts/${id}#drafts`, `${app}/contacts/${id}/sent`]),
      `${app}/settings`,
      unsubscribe,
    ]);
    expect(parsed.html).toContain(
      "<title>Send your intro emails for Clinical Congress 2027</title>",
    );

    const signInMail = await received(email, "Your Rapport sign-in link");
    expect(header(signInMail.parsed, "list-unsubscribe")).toBeUndefined();
    expect(header(signInMail.parsed, "list-unsubscribe-post")).toBeUndefined();
  });

  it("after a target is met, the follow-up links the follow-up draft of everyone met", async () => {
    await setClock("2027-04-15T20:00:00.000Z");
    // A month without opening the app: the session went idle, so the user signs in again.
    expect((await get("/api/me")).status).toBe(401);
    cookie = await signIn(runtime, email);
    const met = await send(`/api/contacts/${contact.Ana}/interactions`, "POST", {
      kind: "met",
      note: "Talked after her panel about the research year.",
    });
    expect(met.status).toBe(201);
    const planned = await schedule();
    expect(
      planned.filter((m) => m.status === "planned").map((m) => [m.kind, m.sendAt, m.contactIds]),
    ).toEqual([
      ["follow-up", "2027-04-19T12:00:00.000Z", ids("Ana", "Ben", "Chen", "Dana")],
      ["follow-up-last-call", "2027-04-22T13:00:00.000Z", ids("Ana", "Dana")],
    ]);

    await setClock("2027-04-20T12:00:00.000Z");
    expect(await dispatch()).toEqual({ sent: 1, failed: 0, retried: 0, cancelled: 0 });
    const { parsed } = await received(
      email,
      "Follow up with the people you met at Clinical Congress 2027",
    );
    const app = runtime.url;
    const unsubscribe = header(parsed, "list-unsubscribe")?.slice(1, -1) ?? "";
    expect(unsubscribe).toMatch(
      new RegExp(`^${app}/api/unsubscribe/${userId}\\.follow-up\\.[A-Za-z0-9_-]{43}$`),
    );
    const name = {
      [contact.Ana as string]: "Ana Ruiz, MD",
      [contact.Ben as string]: "Ben Osei, MD, PhD",
      [contact.Chen as string]: "Chen Li, MD",
      [contact.Dana as string]: "Dana Park, MD",
    };
    expect(parsed.text).toBe(
      [
        "Follow up with the people you met at Clinical Congress 2027 while they still remember your conversation. Each draft is built from your notes.",
        "",
        ...ids("Ana", "Dana").map(
          (id) => `- ${name[id]}: open the follow-up draft (${app}/contacts/${id}#drafts)`,
        ),
        "",
        "Did you meet these people? Mark them so Rapport can help:",
        "",
        ...ids("Ben", "Chen").map(
          (id) => `- ${name[id]}: mark met or not met (${app}/contacts/${id})`,
        ),
        "",
        "You get this email because you planned “Clinical Congress 2027” in Rapport and asked for follow-up reminders.",
        "",
        `Change when reminders come in Settings (${app}/settings), or stop follow-up reminders (${unsubscribe}).`,
        "",
      ].join("\n"),
    );
    expect(hrefs(parsed.html ?? "")).toEqual([
      ...ids("Ana", "Dana").map((id) => `${app}/contacts/${id}#drafts`),
      ...ids("Ben", "Chen").map((id) => `${app}/contacts/${id}`),
      `${app}/settings`,
      unsubscribe,
    ]);
    const sent = (await schedule()).find((m) => m.kind === "follow-up");
    expect([sent?.status, sent?.attempts]).toEqual(["sent", 1]);
  });
});
