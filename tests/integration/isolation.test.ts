import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../functions/http/app";
import type { LocalRuntime } from "../../functions/local/server";
import { call, signIn, startTestRuntime } from "./runtime";

/** Routes anyone may call, and why. Every other route must be the signed-in user's alone. */
const publicRoutes: Record<string, string> = {
  "GET /api/health": "reports only the version and reachability",
  "POST /api/auth/sign-in": "asking for a link needs no session",
  "POST /api/auth/confirm": "using a link is how a session starts",
  "POST /api/auth/sign-out": "ends only the caller's own session",
  "GET /api/dev/mail": "local mode only: the developer's own mailbox",
  "GET /api/dev/clock": "local mode only: the simulated clock",
  "POST /api/dev/clock": "local mode only: the simulated clock",
  "DELETE /api/dev/clock": "local mode only: the simulated clock",
  "POST /api/dev/dispatch": "local mode only: runs the dispatcher once",
  "GET /api/calendar/:file": "the calendar feed: its secret address is its authorization",
  "GET /api/unsubscribe/:token": "shows a button; never changes anything",
  "POST /api/unsubscribe/:token": "one-click unsubscribe: its signed token is its authorization",
};

/** Bodies for routes that need one to get past validation; others get `{}`. */
const bodies: Record<string, unknown> = {
  "POST /api/me/onboarding": {
    name: "B",
    position: "Resident",
    institution: "B Hospital",
    timeZone: "UTC",
  },
  "POST /api/imports": { text: "" },
  "DELETE /api/me": { confirmEmail: "b@example.org" },
  "POST /api/contacts": { name: "B's own contact" },
  "PATCH /api/contacts/:id": { version: 1, notes: "B was here" },
  "POST /api/contacts/:id/interactions": { kind: "met" },
  "PUT /api/contacts/:id/note": { key: "b-note-key-01", base: "", notes: "B was here" },
  "POST /api/contacts/quick-add": { key: "b-quick-add-01", name: "B's own contact" },
  "PATCH /api/contacts/:id/interactions/:interactionId": { note: "B was here" },
  "PATCH /api/schedule/:mailId": { skip: true },
};

const ics = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//test//EN",
  "BEGIN:VEVENT",
  "UID:secret-session@test",
  "DTSTART:20270415T140000Z",
  "DTEND:20270415T150000Z",
  "SUMMARY:A's private session - Jane Doe",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

let runtime: LocalRuntime;
let a: string;
let b: string;
let aConference: string;
let aContact: string;
/** The value each path parameter takes, by the kind of item the path is about: always one of
 * A's items. */
let params: Record<"conferences" | "contacts" | "schedule", Record<string, string>>;

/** A clock that can skip the one-minute wait between two sign-in links to one address. */
let now = new Date("2027-01-01T00:00:00Z");
const signInAgain = async (email: string) => {
  now = new Date(now.getTime() + 61_000);
  return signIn(runtime, email);
};

beforeAll(async () => {
  runtime = await startTestRuntime({ now: () => now });
  a = await signIn(runtime, "a@example.org");
  b = await signIn(runtime, "b@example.org");
  const saved = await call(runtime, "/api/conferences", { body: { text: ics }, cookie: a });
  aConference = saved.body.id;
  const program = await call(runtime, `/api/conferences/${aConference}`, { cookie: a });
  const personId = program.body.people[0].id;
  const flagged = await call(runtime, "/api/contacts", {
    body: { conferenceId: aConference, personId },
    cookie: a,
  });
  aContact = flagged.body.id;
  await call(runtime, `/api/contacts/${aContact}/interactions`, {
    body: { kind: "met", id: "a-met", note: "A's private note" },
    cookie: a,
  });
  bodies["POST /api/conferences/:id/suggestions/dismissed"] = { personId };
  const schedule = await call(runtime, "/api/me/schedule", { cookie: a });
  params = {
    conferences: { id: aConference },
    contacts: { id: aContact, interactionId: "a-met" },
    schedule: { mailId: schedule.body.emails[0].id },
  };
});
afterAll(async () => {
  await runtime.close();
});

/** The app's own route list, without middleware entries. */
function privateRoutes() {
  const seen = new Set<string>();
  for (const route of createApp(runtime.deps).routes) {
    if (route.method === "ALL") continue;
    seen.add(`${route.method} ${route.path}`);
  }
  return [...seen].filter((key) => !(key in publicRoutes));
}

function fill(path: string): string {
  const about = path.startsWith("/api/contacts")
    ? params.contacts
    : path.startsWith("/api/schedule")
      ? params.schedule
      : params.conferences;
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = about[name];
    if (!value)
      throw new Error(`Give the isolation test one of A's items for the :${name} parameter.`);
    return value;
  });
}

const snapshot = async () => ({
  me: (await call(runtime, "/api/me", { cookie: a })).body,
  conference: (await call(runtime, `/api/conferences/${aConference}`, { cookie: a })).body,
  list: (await call(runtime, "/api/conferences", { cookie: a })).body,
  contact: (await call(runtime, `/api/contacts/${aContact}`, { cookie: a })).body,
  schedule: (await call(runtime, "/api/me/schedule", { cookie: a })).body,
});

describe("one user's data is theirs alone", () => {
  it("covers every route the app has", () => {
    expect(privateRoutes().length).toBeGreaterThanOrEqual(10);
  });

  it("answers 401 to every private route without a session", async () => {
    for (const key of privateRoutes()) {
      const [method = "GET", path = ""] = key.split(" ");
      const res = await call(runtime, fill(path), {
        method,
        ...(method === "GET" ? {} : { body: bodies[key] ?? {} }),
      });
      expect({ route: key, status: res.status }).toEqual({ route: key, status: 401 });
    }
  });

  it("lets B neither read, change nor delete anything of A's, and hides that it exists", async () => {
    const before = await snapshot();
    expect(before.conference.sessions).toHaveLength(1);
    for (const key of privateRoutes()) {
      const [method = "GET", path = ""] = key.split(" ");
      const res = await call(runtime, fill(path), {
        method,
        cookie: b,
        ...(method === "GET" ? {} : { body: bodies[key] ?? {} }),
      });
      if (path.includes(":")) {
        expect({ route: key, status: res.status, body: res.body }).toMatchObject({
          route: key,
          status: 404,
        });
      } else {
        expect(res.status, key).toBeLessThan(500);
      }
      const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
      expect(text, key).not.toContain(aConference);
      expect(text, key).not.toContain("a@example.org");
      expect(text, key).not.toContain("A's private session");
      expect(text, key).not.toContain(aContact);
      expect(text, key).not.toContain("A's private note");
      // Some routes end B's session or account; B comes back for the next route.
      if ((await call(runtime, "/api/me", { cookie: b })).status === 401) {
        b = await signInAgain("b@example.org");
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
