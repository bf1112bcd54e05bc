import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { LocalService, LocalSes } from "../../functions/local/services";
import { startDynalite, startSes } from "../../functions/local/services";
import { createSesMailer } from "../../functions/mail/ses";
import { createContact } from "../../functions/store/contact";
import { createDb, type Db } from "../../functions/store/db";
import { addMail } from "../../functions/store/outbox";
import { claimEmail, createProfile } from "../../functions/store/user";
import type { Contact } from "../../schemas/contact";
import { newProfile } from "../../schemas/profile";
import { aContact } from "../fixtures/contact";

/** Sits in front of the local SES and keeps the form body of every request it passes on. */
async function recordingProxy(target: string) {
  const bodies: URLSearchParams[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    bodies.push(new URLSearchParams(body.toString("utf8")));
    // The signature is passed on as it is; the local SES only checks that there is one.
    const { host: _host, "content-length": _length, connection: _c, ...headers } = req.headers;
    const answer = await fetch(`${target}${req.url ?? "/"}`, {
      method: req.method ?? "POST",
      headers: headers as Record<string, string>,
      body,
    });
    res
      .writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "" })
      .end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const credentials = { accessKeyId: "local", secretAccessKey: "local" };
let dynamo: LocalService;
let ses: LocalSes;
let proxy: Awaited<ReturnType<typeof recordingProxy>>;
let db: Db;

beforeAll(async () => {
  dynamo = await startDynalite();
  ses = await startSes();
  proxy = await recordingProxy(ses.endpoint);
  Object.assign(process.env, {
    TABLE_NAME: "rapport-dispatch-test",
    MAIL_FROM: "Rapport <reminders@rapport-mail.org>",
    MAIL_CONFIGURATION_SET: "prod-rapport-mail",
    APP_URL: "https://rapport.rapport-mail.org",
    AWS_LAMBDA_FUNCTION_NAME: "prod-rapport-Dispatch-DispatchJob",
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_SES: proxy.endpoint,
  });
  db = createDb("rapport-dispatch-test", {
    endpoint: dynamo.endpoint,
    region: "us-east-1",
    credentials,
  });
  await db.createTableIfMissing();
});

afterAll(async () => {
  await proxy.close();
  await ses.close();
  await dynamo.close();
});

const mentor: Contact = aContact({
  id: "c-mentor",
  name: "Grace Mensah",
  credentials: ["MD"],
  title: "Program Director",
  institution: "Harbor University",
  mentor: true,
  status: "met",
  createdAt: "2027-01-10T12:00:00.000Z",
});

describe("the dispatcher Lambda", () => {
  it("sends through the configuration set and logs its counts in Embedded Metric Format", async () => {
    const due = new Date(Date.now() - 60_000).toISOString();
    const userId = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    await claimEmail(db, "amara@hospital.org", userId);
    await createProfile(db, userId, newProfile("amara@hospital.org", "2027-01-10T12:00:00.000Z"));
    await createContact(db, userId, mentor);
    await addMail(db, userId, {
      id: "keep-in-touch-c-mentor",
      kind: "keep-in-touch",
      sendAt: due,
      contactIds: [mentor.id],
    });
    // A mail whose account is gone: nothing is left to say, so the run cancels it.
    await addMail(db, "0f0e0d0c0b0a09080706050403020100", {
      id: "keep-in-touch-gone",
      kind: "keep-in-touch",
      sendAt: due,
      contactIds: ["c-gone"],
    });

    const logged = vi.spyOn(console, "log").mockImplementation(() => {});
    const { handler } = await import("../../functions/lambda/dispatch");
    const result = await handler();
    const lines = logged.mock.calls.map((args) => args.join(" "));
    logged.mockRestore();

    expect(result).toEqual({ sent: 1, failed: 0, retried: 0, cancelled: 1 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toEqual({
      _aws: {
        Timestamp: expect.any(Number),
        CloudWatchMetrics: [
          {
            Namespace: "Rapport/Dispatch",
            Dimensions: [["FunctionName"]],
            Metrics: [
              { Name: "sent", Unit: "Count" },
              { Name: "failed", Unit: "Count" },
              { Name: "retried", Unit: "Count" },
            ],
          },
        ],
      },
      FunctionName: "prod-rapport-Dispatch-DispatchJob",
      sent: 1,
      failed: 0,
      retried: 0,
    });

    const sends = proxy.bodies.filter((body) => body.get("Action") === "SendRawEmail");
    expect(sends.map((body) => body.get("ConfigurationSetName"))).toEqual(["prod-rapport-mail"]);
    const [stored] = await ses.read();
    expect([stored?.to, stored?.subject]).toEqual([
      ["amara@hospital.org"],
      "Time to write to Grace Mensah",
    ]);
  });
});

describe("createSesMailer", () => {
  it("names no configuration set when it is given none, as locally", async () => {
    const before = proxy.bodies.length;
    const mailer = createSesMailer("Rapport <reminders@rapport-mail.org>", {
      endpoint: proxy.endpoint,
      region: "us-east-1",
      credentials,
    });
    await mailer.send({ to: "amara@hospital.org", subject: "Sign in", text: "Hello" });
    const sent = proxy.bodies.slice(before);
    expect(sent.map((body) => [body.get("Action"), body.has("ConfigurationSetName")])).toEqual([
      ["SendRawEmail", false],
    ]);
  });
});
