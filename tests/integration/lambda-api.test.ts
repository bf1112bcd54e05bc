import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authRules } from "../../functions/domain/auth";
import type { LocalService, LocalSes } from "../../functions/local/services";
import { startDynalite, startSes } from "../../functions/local/services";
import { createDb } from "../../functions/store/db";
import { bundleLambdas } from "../../infra/bundle-lambdas";
import pkg from "../../package.json" with { type: "json" };

/** What the local SES answers for SES v2 GetAccount. */
function sesAccount(sendingEnabled: boolean) {
  return JSON.stringify({
    DedicatedIpAutoWarmupEnabled: false,
    Details: {
      AdditionalContactEmailAddresses: [],
      ContactLanguage: "EN",
      MailType: "TRANSACTIONAL",
      ReviewDetails: { CaseId: "1", Status: "GRANTED" },
      UseCaseDescription: "reminders",
      WebsiteURL: "https://example.org",
    },
    EnforcementStatus: "HEALTHY",
    ProductionAccessEnabled: true,
    SendingEnabled: sendingEnabled,
    SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
    SuppressionAttributes: { SuppressedReasons: [] },
  });
}

/** What CloudFront adds to every request it forwards to the API. */
const originSecret = "cloudfront-only-7Jq2xVb9";

/** An API Gateway v2 event as CloudFront's request produces it; `headers` replace or, with
 * undefined, remove the defaults. */
function apiGatewayV2Event(
  method: string,
  path: string,
  extra: { body?: unknown; cookies?: string[]; headers?: Record<string, string | undefined> } = {},
) {
  const headers: Record<string, string | undefined> = {
    host: "abc.execute-api.us-east-1.amazonaws.com",
    accept: "application/json",
    "x-origin-verify": originSecret,
    "cloudfront-viewer-address": "198.51.100.7:46532",
    ...(extra.body === undefined ? {} : { "content-type": "application/json" }),
    ...extra.headers,
  };
  return {
    ...(extra.body === undefined ? {} : { body: JSON.stringify(extra.body) }),
    ...(extra.cookies ? { cookies: extra.cookies } : {}),
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)),
    requestContext: {
      accountId: "123456789012",
      apiId: "abc",
      domainName: "abc.execute-api.us-east-1.amazonaws.com",
      domainPrefix: "abc",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.9", userAgent: "test" },
      requestId: "req-1",
      routeKey: "$default",
      stage: "$default",
      time: "27/Nov/2026:20:00:00 +0000",
      timeEpoch: 1795896000000,
    },
    isBase64Encoded: false,
  };
}

let dynamo: LocalService;
let ses: LocalSes;
type Handler = (
  event: unknown,
  context: unknown,
) => Promise<{ statusCode: number; body: string; cookies?: string[] }>;
let handler: Handler;

beforeAll(async () => {
  dynamo = await startDynalite();
  ses = await startSes();
  const credentials = { accessKeyId: "local", secretAccessKey: "local" };
  Object.assign(process.env, {
    TABLE_NAME: "rapport-test",
    MAIL_FROM: "Rapport <reminders@example.org>",
    APP_URL: "https://rapport.example.org",
    ORIGIN_SECRET: originSecret,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_SESV2: ses.endpoint,
    AWS_ENDPOINT_URL_SES: ses.endpoint,
  });
  await createDb("rapport-test", {
    endpoint: dynamo.endpoint,
    region: "us-east-1",
    credentials,
  }).createTableIfMissing();
  ({ handler } = (await import("../../functions/lambda/api")) as unknown as { handler: Handler });
});

afterAll(async () => {
  await ses.close();
  await dynamo.close();
});

describe("the API Lambda", () => {
  it("answers an API Gateway v2 event for /api/health", async () => {
    process.env.AWS_SES_ACCOUNT = sesAccount(true);
    const res = await handler(apiGatewayV2Event("GET", "/api/health"), {});
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      version: pkg.version,
      mode: "aws",
      database: "ok",
      mail: "ok",
    });
  });

  it("counts an SES account whose sending is paused as mail unreachable", async () => {
    process.env.AWS_SES_ACCOUNT = sesAccount(false);
    const res = await handler(apiGatewayV2Event("GET", "/api/health"), {});
    expect(JSON.parse(res.body)).toMatchObject({ database: "ok", mail: "unreachable" });
  });

  it("refuses a request that came around CloudFront, without its secret header", async () => {
    for (const secret of [undefined, "", "cloudfront-only-7Jq2xVb8", `${originSecret}x`]) {
      const res = await handler(
        apiGatewayV2Event("GET", "/api/health", { headers: { "x-origin-verify": secret } }),
        {},
      );
      expect(res.statusCode, String(secret)).toBe(403);
      expect(JSON.parse(res.body)).toEqual({
        error: { code: "request.forbidden", message: "Reach Rapport through its web address." },
      });
    }
  });

  it("answers with the API's Content Security Policy", async () => {
    process.env.AWS_SES_ACCOUNT = sesAccount(true);
    const res = (await handler(apiGatewayV2Event("GET", "/api/health"), {})) as {
      headers?: Record<string, string>;
    };
    expect(res.headers?.["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it("counts sign-in requests per viewer address from CloudFront, whatever X-Forwarded-For says", async () => {
    const ask = (n: number, viewer: string) =>
      handler(
        apiGatewayV2Event("POST", "/api/auth/sign-in", {
          body: { email: `limit-${n}@example.org` },
          headers: {
            "cloudfront-viewer-address": viewer,
            "x-forwarded-for": `192.0.2.${n}, 198.51.100.200, 130.176.0.${n}`,
          },
        }),
        {},
      );
    const viewer = "[2001:db8::77]:50123";
    for (let n = 1; n <= authRules.perIpMax; n++)
      expect((await ask(n, viewer)).statusCode).toBe(200);
    const over = await ask(authRules.perIpMax + 1, viewer);
    expect(over.statusCode).toBe(429);
    expect(JSON.parse(over.body).error.code).toBe("auth.rate_limited");
    expect((await ask(authRules.perIpMax + 2, "2001:db8::78:50123")).statusCode).toBe(200);
  });

  it("has no dev mailbox", async () => {
    const res = await handler(apiGatewayV2Event("GET", "/api/dev/mail"), {});
    expect(res.statusCode).toBe(404);
  });
});

describe("the bundled API Lambda", () => {
  it("signs in and reads a program file, loading the importer chunk on demand", async () => {
    const { api } = await bundleLambdas();
    const bundled = (await import(pathToFileURL(api?.file ?? "").href)) as { handler: Handler };
    const email = "bundle@example.org";
    const asked = await bundled.handler(
      apiGatewayV2Event("POST", "/api/auth/sign-in", { body: { email } }),
      {},
    );
    expect(asked.statusCode).toBe(200);
    const mail = (await ses.read()).find((m) => m.to.includes(email));
    const token = /#token=(\S+)/.exec(mail?.text ?? "")?.[1];
    expect(mail?.text).toContain("https://rapport.example.org/sign-in/confirm#token=");
    const confirmed = await bundled.handler(
      apiGatewayV2Event("POST", "/api/auth/confirm", { body: { token } }),
      {},
    );
    expect(confirmed.statusCode).toBe(200);
    const cookie = confirmed.cookies?.[0]?.split(";")[0] ?? "";
    expect(cookie).toMatch(/^__Host-sid=/);
    const ics =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270415T140000Z\r\nDTEND:20270415T150000Z\r\nSUMMARY:Trauma Update\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const preview = await bundled.handler(
      apiGatewayV2Event("POST", "/api/imports", { body: { text: ics }, cookies: [cookie] }),
      {},
    );
    expect(preview.statusCode).toBe(200);
    expect(JSON.parse(preview.body)).toMatchObject({ format: "ics", sessionCount: 1 });
  });
});
