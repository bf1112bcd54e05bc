import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from "vitest";
import { mailProblem } from "../../functions/domain/reminders/bounces";
import type { LocalService } from "../../functions/local/services";
import { startDynalite } from "../../functions/local/services";
import { createDb, type Db } from "../../functions/store/db";
import { claimEmail } from "../../functions/store/user";
import { bundleLambdas } from "../../infra/bundle-lambdas";
import { bounceRecord, complaintRecord, snsEvent } from "../unit/reminders/ses-records";

type Handler = (event: unknown) => Promise<void>;

const credentials = { accessKeyId: "local", secretAccessKey: "local" };
let dynamo: LocalService;
let db: Db;
let handler: Handler;

beforeAll(async () => {
  dynamo = await startDynalite();
  Object.assign(process.env, {
    TABLE_NAME: "rapport-events-test",
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
  });
  db = createDb("rapport-events-test", {
    endpoint: dynamo.endpoint,
    region: "us-east-1",
    credentials,
  });
  await db.createTableIfMissing();
  ({ handler } = (await import("../../functions/lambda/ses-events")) as { handler: Handler });
});

afterAll(async () => {
  await dynamo.close();
});

let log: MockInstance;
let warn: MockInstance;
const logged = () => [
  ...log.mock.calls.map((args) => JSON.parse(String(args[0]))),
  ...warn.mock.calls.map((args) => JSON.parse(String(args[0]))),
];
beforeAll(() => {
  log = vi.spyOn(console, "log").mockImplementation(() => {});
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  log.mockClear();
  warn.mockClear();
});
afterAll(() => {
  log.mockRestore();
  warn.mockRestore();
});

const userA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const userB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

describe("the ses-events Lambda", () => {
  it("records permanent bounces, logs the rest, and drops what it cannot read without failing", async () => {
    await claimEmail(db, "ngozi@hospital.org", userA);
    const event = snsEvent(
      "not json at all",
      { ...bounceRecord("ngozi@hospital.org"), eventType: "Delivery" },
      bounceRecord("ngozi@hospital.org", { bounceType: "Transient", bounceSubType: "MailboxFull" }),
      bounceRecord("Ngozi Eze <Ngozi@Hospital.org>"),
      bounceRecord("stranger@clinic.org"),
    );
    await expect(handler(event)).resolves.toBeUndefined();
    expect(await mailProblem(db, userA)).toEqual({
      kind: "bounce",
      at: "2027-04-20T12:00:41.669Z",
      detail: "General bounce: smtp; 550 5.1.1 user unknown",
    });
    // Addresses are logged by domain only.
    expect(logged()).toEqual([
      { mailEvent: "ignored", domain: "hospital.org", reason: "Transient bounce" },
      { mailEvent: "recorded", domain: "hospital.org", userId: userA, kind: "bounce" },
      { mailEvent: "no-user", domain: "clinic.org" },
      {
        droppedMessage: "6c1f0f4e-7a2b-5c3d-8e9f-0a1b2c3d4e00",
        why: "the message is not JSON",
      },
      {
        droppedMessage: "6c1f0f4e-7a2b-5c3d-8e9f-0a1b2c3d4e01",
        why: 'eventType: Invalid type: Expected ("Bounce" | "Complaint") but received "Delivery"',
      },
    ]);
  });

  it("drops an event that is not from SNS at all", async () => {
    await expect(handler({ Records: [{ s3: {} }] })).resolves.toBeUndefined();
    await expect(handler({})).resolves.toBeUndefined();
    expect(logged()).toEqual([{ why: "no SNS message" }]);
  });

  it("throws when it cannot record, so Lambda retries the event and then parks it", async () => {
    vi.resetModules();
    process.env.TABLE_NAME = "no-such-table";
    try {
      const fresh = (await import("../../functions/lambda/ses-events")) as { handler: Handler };
      await expect(fresh.handler(snsEvent(bounceRecord("ngozi@hospital.org")))).rejects.toThrow(
        expect.objectContaining({ name: "ResourceNotFoundException" }),
      );
    } finally {
      process.env.TABLE_NAME = "rapport-events-test";
    }
  });

  it("works as the bundle that is deployed", async () => {
    await claimEmail(db, "tobi@hospital.org", userB);
    // A directory of its own, which other suites' bundling cannot remove mid-test; inside the
    // project, so the bundle finds the AWS SDK as the Lambda runtime would provide it.
    await mkdir(fileURLToPath(new URL("../../.build", import.meta.url)), { recursive: true });
    const dir = await mkdtemp(fileURLToPath(new URL("../../.build/events-test-", import.meta.url)));
    try {
      const bundles = await bundleLambdas(dir);
      const bundled = (await import(pathToFileURL(bundles["ses-events"]?.file ?? "").href)) as {
        handler: Handler;
      };
      await bundled.handler(snsEvent(complaintRecord("tobi@hospital.org")));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await mailProblem(db, userB)).toEqual({
      kind: "complaint",
      at: "2027-04-21T08:15:00.000Z",
      detail: "Marked as spam (abuse)",
    });
  });
});
