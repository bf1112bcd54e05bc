import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isDevStage } from "../../infra/stage";
import { lambda, only } from "./cfn";
import { type Synthesis, synthesize } from "./synth";

describe("isDevStage", () => {
  test.each([
    ["dev", true],
    ["dev-alice", true],
    ["prod", false],
    ["staging", false],
    ["alice", false],
    ["devops", false],
    ["prod-dev", false],
  ])("%s -> %s", (stage, dev) => {
    expect(isDevStage(stage)).toBe(dev);
  });
});

describe("a dev stage", () => {
  let dev: Synthesis;
  beforeAll(async () => {
    // No MAIL_FROM at deploy time: the fallback sender applies.
    dev = await synthesize("dev-ci");
  });
  afterAll(() => dev?.cleanup());

  test("the table can be deleted and is destroyed with the stage", () => {
    const [, table] = only(dev.templates.Storage, "AWS::DynamoDB::Table");
    expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    expect(table.DeletionPolicy).toBe("Delete");
    expect(table.UpdateReplacePolicy).toBe("Delete");
  });

  test("the table still bills on demand with point-in-time recovery", () => {
    const [, table] = only(dev.templates.Storage, "AWS::DynamoDB::Table");
    expect(table.Properties.BillingMode).toBe("PAY_PER_REQUEST");
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });

  test("without MAIL_FROM at deploy time the functions send from the placeholder address", () => {
    for (const [template, handler] of [
      [dev.templates.ApiHandler, "functions/lambda/api.handler"],
      [dev.templates.Dispatch, "functions/lambda/dispatch.handler"],
    ] as const) {
      const [, fn] = lambda(template, handler);
      const env = fn.Properties.Environment as { Variables: Record<string, unknown> };
      expect(env.Variables.MAIL_FROM).toBe("no-reply@example.com");
    }
  });
});
