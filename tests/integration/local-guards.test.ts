import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../../functions/local/server";
import { startTestRuntime } from "./runtime";

let runtime: LocalRuntime;
let port: string;
beforeAll(async () => {
  runtime = await startTestRuntime();
  port = new URL(runtime.url).port;
});
afterAll(async () => {
  await runtime.close();
});

interface Raw {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request with exactly these headers: fetch would not let a test choose Host. */
function raw(url: string, init: Raw = {}) {
  const target = new URL(url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          method: init.method ?? "GET",
          headers: init.headers,
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => {
            body += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.end(init.body);
    },
  );
}

const evil = "http://evil.example";
/** What a page would send to dynalite: it checks that a signature is there, not that it is right. */
const listTables = {
  method: "POST",
  headers: {
    "content-type": "application/x-amz-json-1.0",
    "x-amz-target": "DynamoDB_20120810.ListTables",
    authorization:
      "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00",
    "x-amz-date": "20260101T000000Z",
  },
  body: "{}",
};
const corsHeaders = (headers: Record<string, unknown>) =>
  Object.keys(headers).filter((name) => name.startsWith("access-control-"));

describe("the local DynamoDB (dynalite)", () => {
  it("answers a request without an Origin, as the SDK sends it", async () => {
    const res = await raw(runtime.dbEndpoint, listTables);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ TableNames: ["rapport"] });
  });

  it("refuses a request that a web page sends, with no CORS headers", async () => {
    const res = await raw(runtime.dbEndpoint, {
      ...listTables,
      headers: { ...listTables.headers, origin: evil },
    });
    expect(res.status).toBe(403);
    expect(res.body).toBe("Only Rapport itself may call this.");
    expect(corsHeaders(res.headers)).toEqual([]);
  });

  it("refuses a CORS preflight", async () => {
    const res = await raw(runtime.dbEndpoint, {
      method: "OPTIONS",
      headers: {
        origin: evil,
        "access-control-request-method": "POST",
        "access-control-request-headers": "x-amz-target,content-type,authorization",
      },
    });
    expect(res.status).toBe(403);
    expect(corsHeaders(res.headers)).toEqual([]);
  });

  it("refuses a page that rebound its own host name to the loopback address", async () => {
    const dbPort = new URL(runtime.dbEndpoint).port;
    const res = await raw(runtime.dbEndpoint, {
      ...listTables,
      headers: { ...listTables.headers, host: `evil.example:${dbPort}` },
    });
    expect(res.status).toBe(403);
  });
});

describe("the local SES", () => {
  it("refuses to show its mail to a web page", async () => {
    await runtime.deps.mailer.send({ to: "guard@example.org", subject: "Kept", text: "link" });
    const res = await raw(`${runtime.ses.endpoint}/store`, { headers: { origin: evil } });
    expect(res.status).toBe(403);
    expect(res.body).toBe("Only Rapport itself may call this.");
    expect(corsHeaders(res.headers)).toEqual([]);
    const preflight = await raw(`${runtime.ses.endpoint}/store`, {
      method: "OPTIONS",
      headers: { origin: evil, "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(403);
    expect(corsHeaders(preflight.headers)).toEqual([]);
  });

  it("still takes mail from the app and lists it for the dev mailbox", async () => {
    await runtime.deps.mailer.send({ to: "kept@example.org", subject: "Still here", text: "x" });
    const mail = await runtime.ses.read();
    expect(mail.filter((m) => m.to.includes("kept@example.org")).map((m) => m.subject)).toEqual([
      "Still here",
    ]);
  });
});

describe("the local API", () => {
  it("answers at its own host and at 127.0.0.1 on its port, with the API's policy", async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      const res = await raw(`${runtime.url}/api/health`, { headers: { host } });
      expect(res.status).toBe(200);
      expect(res.headers["content-security-policy"]).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers["x-frame-options"]).toBe("DENY");
    }
  });

  it("refuses a request for another host name (DNS rebinding) in its own error shape", async () => {
    const res = await raw(`${runtime.url}/api/dev/mail`, {
      headers: { host: `evil.example:${port}` },
    });
    expect(res.status).toBe(421);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.headers["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(JSON.parse(res.body)).toEqual({
      error: {
        code: "request.misdirected",
        message: `Rapport answers only at http://localhost:${port}; open it there.`,
      },
    });
  });

  it("refuses the dev routes to another origin, however the path is written", async () => {
    for (const path of ["/api/dev/mail", "/api/%64ev/mail", "/api//dev/mail"]) {
      const res = await raw(`${runtime.url}${path}`, { headers: { origin: evil } });
      expect(res.status, path).toBe(403);
      expect(JSON.parse(res.body)).toEqual({
        error: {
          code: "request.forbidden",
          message: "The dev routes answer only the Rapport app itself.",
        },
      });
    }
    // A browser's GET from another site may carry no Origin, but it says where it comes from.
    for (const site of ["cross-site", "same-site"]) {
      const res = await raw(`${runtime.url}/api/dev/mail`, {
        headers: { "sec-fetch-site": site },
      });
      expect(res.status, site).toBe(403);
    }
    const own = await raw(`${runtime.url}/api/dev/mail`, {
      headers: { "sec-fetch-site": "same-origin" },
    });
    expect(own.status).toBe(200);
  });

  it("keeps the dev mailbox open to the app's own pages and to tools without an Origin", async () => {
    const own = await raw(`${runtime.url}/api/dev/mail`, { headers: { origin: runtime.url } });
    expect(own.status).toBe(200);
    const tool = await raw(`${runtime.url}/api/dev/mail`);
    expect(tool.status).toBe(200);
    expect(JSON.parse(tool.body).mail.map((m: { subject: string }) => m.subject)).toContain(
      "Still here",
    );
  });
});
