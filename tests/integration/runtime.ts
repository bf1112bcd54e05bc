import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { type LocalOptions, type LocalRuntime, startLocal } from "../../functions/local/server";

/** The whole local stack in this process, in memory, on a free port, without the web app. */
export async function startTestRuntime(options: Partial<LocalOptions> = {}): Promise<LocalRuntime> {
  return startLocal({ port: 0, web: "none", dispatchEveryMs: 3_600_000, ...options });
}

export interface Call {
  method?: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
}

/** One JSON request; the body is parsed when there is one. */
export async function call(runtime: LocalRuntime, path: string, init: Call = {}) {
  const response = await fetch(`${runtime.url}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status,
    headers: response.headers,
    body: type.includes("json") && text ? JSON.parse(text) : text,
  };
}

/** Kept for the older tests: a GET or a request with a RequestInit. */
export async function api(runtime: LocalRuntime, path: string, init?: RequestInit) {
  const response = await fetch(`${runtime.url}${path}`, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The sign-in link most recently mailed to `email`, read from the local SES. */
export async function latestLinkToken(runtime: LocalRuntime, email: string): Promise<string> {
  const mail = (await runtime.ses.read()).find((m) => m.to.includes(email.toLowerCase()));
  const token = /#token=([A-Za-z0-9_.-]+)/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no sign-in link mailed to ${email}`);
  return token;
}

/** Signs in through the real mail round trip and returns the Cookie header to send. */
export async function signIn(runtime: LocalRuntime, email: string): Promise<string> {
  const asked = await call(runtime, "/api/auth/sign-in", { body: { email } });
  if (asked.status !== 200)
    throw new Error(`sign-in request failed: ${JSON.stringify(asked.body)}`);
  const confirmed = await call(runtime, "/api/auth/confirm", {
    body: { token: await latestLinkToken(runtime, email) },
  });
  if (confirmed.status !== 200)
    throw new Error(`confirm failed: ${JSON.stringify(confirmed.body)}`);
  return sessionCookieOf(confirmed.headers);
}

/** A signed-in resident as onboarding leaves them; `timeZone` is the one thing tests vary. */
export async function onboarded(
  runtime: LocalRuntime,
  email: string,
  timeZone = "America/Chicago",
): Promise<string> {
  const cookie = await signIn(runtime, email);
  const answer = await call(runtime, "/api/me/onboarding", {
    cookie,
    body: {
      name: "Amara Okafor",
      position: "Preliminary Surgery Resident",
      institution: "Lakeside General Hospital",
      timeZone,
    },
  });
  if (answer.status !== 200) throw new Error(`onboarding failed: ${JSON.stringify(answer.body)}`);
  return cookie;
}

/** Saves a program text as the user's conference (in Chicago's zone, as the tests' programs
 * are): its id and its people's ids by name. */
export async function savedProgram(
  runtime: LocalRuntime,
  cookie: string,
  text: string,
  title = "Clinical Congress 2027",
): Promise<{ conferenceId: string; people: Record<string, string> }> {
  const saved = await call(runtime, "/api/conferences", {
    cookie,
    body: { text, timeZone: "America/Chicago", title },
  });
  if (saved.status !== 201) throw new Error(`saving the program failed: ${saved.status}`);
  const conferenceId = saved.body.id as string;
  const page = await call(runtime, `/api/conferences/${conferenceId}`, { cookie });
  const people: Record<string, string> = {};
  for (const person of page.body.people as { id: string; name: string }[])
    people[person.name] = person.id;
  return { conferenceId, people };
}

export function sessionCookieOf(headers: Headers): string {
  const cookie = headers.getSetCookie().find((c) => c.startsWith("__Host-sid="));
  if (!cookie) throw new Error("no session cookie was set");
  return cookie.split(";")[0] as string;
}

/** Every item in the runtime's table, read past the app with a raw scan. */
export async function scanTable(runtime: LocalRuntime): Promise<Record<string, unknown>[]> {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: runtime.dbEndpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: runtime.deps.db.tableName, ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** The user id inside a `__Host-sid=<userId>.<secret>` cookie. */
export const userIdOf = (cookie: string) => cookie.slice("__Host-sid=".length).split(".")[0] ?? "";
