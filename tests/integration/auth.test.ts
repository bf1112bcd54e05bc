import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../../functions/local/server";
import {
  call,
  latestLinkToken,
  scanTable,
  sessionCookieOf,
  signIn,
  startTestRuntime,
} from "./runtime";

const start = new Date("2027-03-01T12:00:00Z");
let now = start;
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ now: () => now });
});
afterAll(async () => {
  await runtime.close();
});

let addressCounter = 0;
const freshAddress = () => `user${++addressCounter}@example.org`;
const requestLink = (email: string, headers: Record<string, string> = {}) =>
  call(runtime, "/api/auth/sign-in", { body: { email }, headers });
const confirm = (token: string) => call(runtime, "/api/auth/confirm", { body: { token } });
const me = (cookie: string) => call(runtime, "/api/me", { cookie });

describe("asking for a sign-in link", () => {
  it("mails a link on the configured address with a 256-bit token stored only as a hash", async () => {
    now = start;
    const email = freshAddress();
    const res = await requestLink(email, { host: "evil.example" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      sent: true,
      message: `If ${email} can receive mail, a sign-in link is on its way.`,
    });
    const mail = (await runtime.ses.read()).find((m) => m.to.includes(email));
    expect(mail?.subject).toBe("Your Rapport sign-in link");
    const link = /(\S+#token=\S+)/.exec(mail?.text ?? "")?.[1] ?? "";
    expect(link.startsWith(`${runtime.url}/sign-in/confirm#token=`)).toBe(true);
    const token = await latestLinkToken(runtime, email);
    const [, secret = ""] = token.split(".");
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const everything = JSON.stringify(await scanTable(runtime));
    expect(everything).not.toContain(secret);
    expect(everything).toContain(
      `TOKEN#${createHash("sha256").update(secret).digest("base64url")}`,
    );
  });

  it("answers a known and an unknown address alike", async () => {
    now = new Date(start.getTime() + days(1));
    const known = freshAddress();
    await signIn(runtime, known);
    advance(minutes(2));
    const unknown = freshAddress();
    const a = await requestLink(known);
    const b = await requestLink(unknown);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.message.replace(known, "X")).toBe(b.body.message.replace(unknown, "X"));
    expect([...a.headers.keys()].sort()).toEqual([...b.headers.keys()].sort());
  });

  it("allows one link a minute per address", async () => {
    now = new Date(start.getTime() + days(2));
    const email = freshAddress();
    expect((await requestLink(email)).status).toBe(200);
    advance(59_000);
    const again = await requestLink(email.toUpperCase());
    expect(again.status).toBe(429);
    expect(again.body.error.code).toBe("auth.rate_limited");
    expect(again.headers.get("retry-after")).toBe("60");
    advance(1_000);
    expect((await requestLink(email)).status).toBe(200);
  });

  it("caps the requests from one network address", async () => {
    now = new Date(start.getTime() + days(3));
    advance(minutes(4));
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await requestLink(freshAddress())).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    const refused = await requestLink(freshAddress());
    expect(refused.status).toBe(429);
    // Four minutes into a ten-minute window: six minutes to wait.
    expect(refused.headers.get("retry-after")).toBe("360");
    advance(minutes(10));
    expect((await requestLink(freshAddress())).status).toBe(200);
  });

  it("rejects a malformed address or unknown fields with a message", async () => {
    now = new Date(start.getTime() + days(4));
    const bad = await requestLink("not-an-address");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      "email: Enter a valid email address, like name@hospital.org.",
    );
    const extra = await call(runtime, "/api/auth/sign-in", {
      body: { email: freshAddress(), admin: true },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error).toEqual({
      code: "request.invalid",
      message: "admin: Unknown field; remove it",
      details: { problems: ["admin: Unknown field; remove it"] },
    });
    for (const body of [[freshAddress()], null, "text"]) {
      const notObject = await call(runtime, "/api/auth/sign-in", { body });
      expect(notObject.status).toBe(400);
      expect(notObject.body.error.message).toBe("The request body must be a JSON object");
    }
    const missing = await call(runtime, "/api/auth/sign-in", { body: {} });
    expect(missing.body.error.message).toBe("email: Required");
  });
});

describe("using a sign-in link", () => {
  it("signs in once; the same link in a second tab is refused", async () => {
    now = new Date(start.getTime() + days(5));
    const email = freshAddress();
    await requestLink(email);
    const token = await latestLinkToken(runtime, email);
    const first = await confirm(token);
    expect(first.status).toBe(200);
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith("__Host-sid="));
    expect(cookie).toMatch(
      /^__Host-sid=[0-9a-f]{32}\.[A-Za-z0-9_-]{43}; Max-Age=7776000; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect((await me(sessionCookieOf(first.headers))).body.email).toBe(email);
    const second = await confirm(token);
    expect(second.status).toBe(400);
    expect(second.body.error.code).toBe("auth.link_invalid");
  });

  it("is not used by opening it: only the POST signs in", async () => {
    now = new Date(start.getTime() + days(6));
    const email = freshAddress();
    await requestLink(email);
    const token = await latestLinkToken(runtime, email);
    await fetch(`${runtime.url}/sign-in/confirm#token=${token}`);
    expect((await confirm(token)).status).toBe(200);
  });

  it("expires after 15 minutes", async () => {
    now = new Date(start.getTime() + days(7));
    const a = freshAddress();
    const b = freshAddress();
    await requestLink(a);
    await requestLink(b);
    const tokenA = await latestLinkToken(runtime, a);
    const tokenB = await latestLinkToken(runtime, b);
    advance(minutes(15) - 1000);
    expect((await confirm(tokenA)).status).toBe(200);
    advance(1000);
    expect((await confirm(tokenB)).body.error.code).toBe("auth.link_invalid");
  });

  it("refuses a made-up or damaged token", async () => {
    const made = await confirm(`${"a".repeat(43)}.${"b".repeat(43)}`);
    expect(made.status).toBe(400);
    expect(made.body.error.code).toBe("auth.link_invalid");
    const damaged = await confirm("abc");
    expect(damaged.status).toBe(400);
    expect(damaged.body.error.message).toBe(
      "token: This sign-in link is not complete. Open it again from the email.",
    );
  });
});

describe("sessions", () => {
  it("slide the 30-day idle expiry and end at 90 days whatever happens", async () => {
    now = new Date(start.getTime() + days(10));
    const cookie = await signIn(runtime, freshAddress());
    for (let i = 0; i < 4; i++) {
      advance(days(20));
      expect((await me(cookie)).status).toBe(200);
    }
    advance(days(10) - 1000);
    expect((await me(cookie)).status).toBe(200);
    advance(1000);
    const ended = await me(cookie);
    expect(ended.status).toBe(401);
    expect(ended.body.error.code).toBe("auth.unauthenticated");
  });

  it("end after 30 idle days", async () => {
    now = new Date(start.getTime() + days(200));
    const cookie = await signIn(runtime, freshAddress());
    advance(days(30) - 1000);
    expect((await me(cookie)).status).toBe(200);
    advance(days(30));
    expect((await me(cookie)).status).toBe(401);
  });

  it("end on sign-out, on the server too", async () => {
    now = new Date(start.getTime() + days(300));
    const cookie = await signIn(runtime, freshAddress());
    const out = await call(runtime, "/api/auth/sign-out", { body: {}, cookie });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie()[0]).toMatch(
      /^__Host-sid=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Lax/,
    );
    expect((await me(cookie)).status).toBe(401);
  });

  it("all end on sign-out everywhere", async () => {
    now = new Date(start.getTime() + days(400));
    const email = freshAddress();
    const phone = await signIn(runtime, email);
    advance(minutes(2));
    const laptop = await signIn(runtime, email);
    const other = await signIn(runtime, freshAddress());
    const out = await call(runtime, "/api/auth/sign-out-everywhere", { body: {}, cookie: laptop });
    expect(out.body).toEqual({ signedOut: true, sessionsEnded: 2 });
    expect((await me(phone)).status).toBe(401);
    expect((await me(laptop)).status).toBe(401);
    expect((await me(other)).status).toBe(200);
  });
});

describe("request safety", () => {
  it("refuses state changes that are not JSON or not from the app's origin", async () => {
    now = new Date(start.getTime() + days(500));
    const cookie = await signIn(runtime, freshAddress());
    const form = await fetch(`${runtime.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: "a=1",
    });
    expect(form.status).toBe(403);
    expect((await form.json()).error.code).toBe("request.forbidden");
    const foreign = await call(runtime, "/api/auth/sign-out", {
      body: {},
      cookie,
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    const crossSite = await call(runtime, "/api/auth/sign-out", {
      body: {},
      cookie,
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    expect((await me(cookie)).status).toBe(200);
    const own = await call(runtime, "/api/auth/sign-out", {
      body: {},
      cookie,
      headers: { origin: runtime.url, "sec-fetch-site": "same-origin" },
    });
    expect(own.status).toBe(200);
  });

  it("sends secure headers and no-store on API responses", async () => {
    const res = await call(runtime, "/api/me");
    expect(res.status).toBe(401);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get("strict-transport-security")).toBe(
      "max-age=15552000; includeSubDomains",
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
