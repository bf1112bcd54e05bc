import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isDevStage } from "../../infra/stage";
import { actionsOf, lambda, only, resolveImport, statementsOf } from "./cfn";
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
    // No MAIL_FROM, APP_URL or ALARM_EMAIL at deploy time: a dev stage may go without.
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

  test("without MAIL_FROM the functions get no sender and no right to send", () => {
    for (const [template, handler] of [
      [dev.templates.ApiHandler, "functions/lambda/api.handler"],
      [dev.templates.Dispatch, "functions/lambda/dispatch.handler"],
    ] as const) {
      const [id, fn] = lambda(template, handler);
      const env = fn.Properties.Environment as { Variables: Record<string, unknown> };
      expect(env.Variables.MAIL_FROM).toBeUndefined();
      expect(env.Variables.MAIL_CONFIGURATION_SET).toBeUndefined();
      const sesActions = statementsOf(template, id)
        .flatMap(actionsOf)
        .filter((action) => action.startsWith("ses:Send"));
      expect(sesActions).toEqual([]);
    }
  });

  test("without APP_URL links point at the distribution's own address", () => {
    const [distributionId] = only(dev.templates.Web, "AWS::CloudFront::Distribution");
    const [, fn] = lambda(dev.templates.ApiHandler, "functions/lambda/api.handler");
    const env = fn.Properties.Environment as { Variables: Record<string, unknown> };
    const appUrl = env.Variables.APP_URL as { "Fn::Join": [string, [string, unknown]] };
    expect(appUrl["Fn::Join"][1][0]).toBe("https://");
    expect(resolveImport(dev, appUrl["Fn::Join"][1][1])).toEqual({
      stack: "Web",
      value: { "Fn::GetAtt": [distributionId, "DomainName"] },
    });
  });

  test("without ALARM_EMAIL the alarm topic has no subscriber", () => {
    only(dev.templates.Alarms, "AWS::SNS::Topic");
    expect(dev.templates.Alarms.findResources("AWS::SNS::Subscription")).toEqual({});
  });

  test("log groups go with the stage", () => {
    const groups = [dev.templates.ApiHandler, dev.templates.Dispatch, dev.templates.MailEvents].map(
      (template) => only(template, "AWS::Logs::LogGroup")[1],
    );
    expect(groups.map((group) => group.DeletionPolicy)).toEqual(["Delete", "Delete", "Delete"]);
  });

  test("the configuration set and the bounce recorder exist even before the stage has a sender", () => {
    const [, set] = only(dev.templates.Mail, "AWS::SES::ConfigurationSet");
    expect(set.Properties.Name).toBe("dev-ci-rapport-mail");
    lambda(dev.templates.MailEvents, "functions/lambda/ses-events.handler");
    only(dev.templates.MailEvents, "AWS::SNS::Subscription");
  });
});
