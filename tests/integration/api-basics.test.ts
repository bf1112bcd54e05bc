import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../functions/http/app";
import type { LocalRuntime } from "../../functions/local/server";
import { createSesMailer } from "../../functions/mail/ses";
import { createDb } from "../../functions/store/db";
import pkg from "../../package.json" with { type: "json" };
import { maxProgramRequestBytes } from "../../schemas/program";
import { api, startTestRuntime } from "./runtime";

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.close();
});

describe("GET /api/health", () => {
  it("reports the version and that the database and mail are reachable", async () => {
    const res = await api(runtime, "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ version: pkg.version, mode: "local", database: "ok", mail: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("reports a database and mail service that do not answer as unreachable", async () => {
    const closedPort = { region: "us-east-1", endpoint: "http://127.0.0.1:9", maxAttempts: 1 };
    const app = createApp({
      ...runtime.deps,
      db: createDb("rapport", {
        ...closedPort,
        credentials: { accessKeyId: "x", secretAccessKey: "x" },
      }),
      mailer: createSesMailer("r@example.org"),
      mailProbe: () => Promise.reject(new Error("down")),
    });
    const res = await app.request("/api/health");
    expect(await res.json()).toEqual({
      version: pkg.version,
      mode: "local",
      database: "unreachable",
      mail: "unreachable",
    });
  });
});

describe("dev mailbox", () => {
  it("lists mail sent through the real SES client, newest first", async () => {
    const sending = Date.now();
    await runtime.deps.mailer.send({ to: "first@example.org", subject: "First", text: "one" });
    await runtime.deps.mailer.send({
      to: "second@example.org",
      subject: "Your sign-in link",
      text: "Open the link",
      html: '<p>Open the <a href="http://localhost/x">link</a></p>',
    });
    const res = await api(runtime, "/api/dev/mail");
    expect(res.status).toBe(200);
    const mine = res.body.mail.filter((m: { to: string[] }) =>
      ["first@example.org", "second@example.org"].includes(m.to[0] ?? ""),
    );
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      to: ["second@example.org"],
      from: '"Rapport" <reminders@rapport.localhost>',
      subject: "Your sign-in link",
      text: "Open the link",
      html: '<p>Open the <a href="http://localhost/x">link</a></p>',
    });
    expect(mine[1]).toMatchObject({ to: ["first@example.org"], subject: "First", text: "one\n" });
    // The local SES stamps mail in whole seconds, between the send and the read.
    const stamped = Date.parse(mine[0].sentAt);
    expect([stamped >= Math.floor(sending / 1000) * 1000, stamped <= Date.now()]).toEqual([
      true,
      true,
    ]);
  });

  it("does not exist when the app runs without its dev tools (AWS mode)", async () => {
    const { dev: _, ...rest } = runtime.deps;
    const app = createApp({ ...rest, mode: "aws" });
    for (const [method, path] of [
      ["GET", "/api/dev/mail"],
      ["POST", "/api/dev/clock"],
      ["DELETE", "/api/dev/clock"],
      ["POST", "/api/dev/dispatch"],
    ] as const) {
      const res = await app.request(path, {
        method,
        headers: { "content-type": "application/json", origin: runtime.url },
        ...(method === "GET" ? {} : { body: JSON.stringify({ now: "2027-01-01T00:00:00Z" }) }),
      });
      expect({ path, method, status: res.status, body: await res.json() }).toEqual({
        path,
        method,
        status: 404,
        body: {
          error: {
            code: "route.not_found",
            message: "There is no such route outside local mode.",
          },
        },
      });
    }
  });
});

describe("errors", () => {
  it("answers 503 with a message when the database does not answer", async () => {
    const app = createApp({
      ...runtime.deps,
      db: createDb("rapport", {
        region: "us-east-1",
        endpoint: "http://127.0.0.1:9",
        maxAttempts: 1,
        credentials: { accessKeyId: "x", secretAccessKey: "x" },
      }),
    });
    const cookie = `__Host-sid=${"a".repeat(32)}.${"b".repeat(43)}`;
    const res = await app.request("/api/conferences", { headers: { cookie } });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: {
        code: "service.unavailable",
        message:
          "Rapport cannot reach its database or mail service right now. Try again in a minute.",
      },
    });
  });

  it("answers an unknown route with a JSON 404", async () => {
    const res = await api(runtime, "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("route.not_found");
  });

  it("refuses a program that would outgrow Lambda's event once escaped, as the web app does", async () => {
    // 3 MB, half of it quotes: a 4.3 MB body, but 7.2 MB once escaped inside a Lambda event.
    const text = 'x"'.repeat(1_500_000);
    const res = await api(runtime, "/api/conferences", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({
      code: "request.too_large",
      message:
        "This program is too large to send: it takes 7.2 MB once encoded for the server, over the 5.9 MB a request may carry. Remove columns or days you do not need, or split the file.",
    });
  });

  it("refuses a body nested past 32 lists or objects before parsing it, and reads nesting inside strings as text", async () => {
    const post = (path: string, body: string) =>
      api(runtime, path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    // 2.5 million levels held the server in JSON.parse for 5 s and 300 MB.
    const deep = await post("/api/imports", `{"text":"x","format":${"[".repeat(2_500_000)}}`);
    expect(deep.status).toBe(400);
    expect(deep.body.error).toEqual({
      code: "request.invalid",
      message:
        "The request body nests its lists and objects more than 32 deep (line 1); no Rapport request does.",
    });
    const shallow = await post("/api/auth/sign-in", `{"email":${"[".repeat(33)}${"]".repeat(33)}}`);
    expect(shallow.body.error.message).toBe(
      "The request body nests its lists and objects more than 32 deep (line 1); no Rapport request does.",
    );
    // A program's text is a string: its own brackets are not the body's nesting, and the body
    // goes on to the route, which asks for a session.
    const text = await post(
      "/api/imports",
      JSON.stringify({ text: `${"[".repeat(50)}${"]".repeat(50)}`, format: "frab-json" }),
    );
    expect(text.status).toBe(401);
  });

  it("refuses a body over the limit with 413 and a message", async () => {
    const post = (path: string, bytes: number) =>
      api(runtime, path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "x".repeat(bytes),
      });
    const small = await post("/api/auth/sign-in", 512 * 1024 + 1);
    expect(small.status).toBe(413);
    expect(small.body).toEqual({
      error: { code: "request.too_large", message: "The request body is larger than 512 KB." },
    });
    const program = await post("/api/imports", maxProgramRequestBytes + 1);
    expect(program.status).toBe(413);
    expect(program.body.error.message).toBe("The request body is larger than 5.9 MB.");
  });

  it("keeps a connection usable after a route ignored a body, and closes it after a 413", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const { port, host } = new URL(runtime.url);
    const send = (method: string, path: string, bytes = 0) =>
      new Promise<{ status: number; port: number | undefined }>((resolve, reject) => {
        const body = bytes > 0 ? JSON.stringify({ padding: "a".repeat(bytes) }) : undefined;
        const request = http.request(
          {
            host: "127.0.0.1",
            port,
            path,
            method,
            agent,
            headers: {
              host,
              origin: runtime.url,
              "content-type": "application/json",
              ...(body ? { "content-length": Buffer.byteLength(body) } : {}),
            },
          },
          (response) => {
            response.resume();
            response.on("end", () =>
              resolve({ status: response.statusCode ?? 0, port: request.socket?.localPort }),
            );
          },
        );
        request.on("error", reject);
        request.end(body);
      });
    try {
      const first = await send("GET", "/api/health");
      const signOut = await send("POST", "/api/auth/sign-out", 400_000);
      const removal = await send("DELETE", "/api/conferences/abc", 400_000);
      const after = await send("GET", "/api/health");
      expect([signOut.status, removal.status, after.status]).toEqual([200, 401, 200]);
      expect([signOut.port, removal.port, after.port]).toEqual([
        first.port,
        first.port,
        first.port,
      ]);
      const tooLarge = await send("POST", "/api/auth/sign-out", 600_000);
      const next = await send("GET", "/api/health");
      expect([tooLarge.status, next.status]).toEqual([413, 200]);
    } finally {
      agent.destroy();
    }
  });
});
