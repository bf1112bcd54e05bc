import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { lambda, only, type Resource, resolveImport } from "./cfn";
import { type Synthesis, synthesize } from "./synth";

let prod: Synthesis;
beforeAll(async () => {
  prod = await synthesize("prod", {
    MAIL_FROM: "Rapport <reminders@rapport-mail.org>",
    APP_URL: "https://rapport.rapport-mail.org",
    ALARM_EMAIL: "oncall@rapport-mail.org",
    SENDS_PER_SECOND: "25",
  });
});
afterAll(() => prod?.cleanup());

const api = () => lambda(prod.templates.ApiHandler, "functions/lambda/api.handler");
const dispatcher = () => lambda(prod.templates.Dispatch, "functions/lambda/dispatch.handler");
const sesEvents = () => lambda(prod.templates.MailEvents, "functions/lambda/ses-events.handler");

describe("function limits and logs", () => {
  test.each([
    ["the API", api, "ApiHandler", 1024, 25],
    ["the dispatcher", dispatcher, "Dispatch", 512, 240],
    ["the bounce and complaint recorder", sesEvents, "MailEvents", 256, 30],
  ] as const)("%s has its memory, time limit and a 30-day log group", (_, fn, stack, mb, s) => {
    const [, props] = fn();
    expect(props.Properties.MemorySize).toBe(mb);
    expect(props.Properties.Timeout).toBe(s);
    const { LogGroup } = props.Properties.LoggingConfig as { LogGroup: { Ref: string } };
    const group = prod.templates[stack].toJSON().Resources[LogGroup.Ref] as Resource;
    expect(group.Type).toBe("AWS::Logs::LogGroup");
    expect(group.Properties.RetentionInDays).toBe(30);
    expect(group.DeletionPolicy).toBe("Retain");
  });

  test("links in mail point at APP_URL when it names the site's own address", () => {
    for (const [, fn] of [api(), dispatcher()]) {
      const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(env.APP_URL).toBe("https://rapport.rapport-mail.org");
    }
  });
});

test("the dispatcher keeps the pace SENDS_PER_SECOND sets", () => {
  const env = (dispatcher()[1].Properties.Environment as { Variables: Record<string, unknown> })
    .Variables;
  expect(env.SENDS_PER_SECOND).toBe("25");
});

describe("a dispatcher run that fails", () => {
  test("is not retried by Lambda but parked in a queue kept for two weeks", () => {
    const [fnId] = dispatcher();
    const [queueId, queue] = only(prod.templates.Dispatch, "AWS::SQS::Queue");
    const [, invoke] = only(prod.templates.Dispatch, "AWS::Lambda::EventInvokeConfig");
    expect(invoke.Properties).toEqual({
      FunctionName: { Ref: fnId },
      Qualifier: "$LATEST",
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: { "Fn::GetAtt": [queueId, "Arn"] } } },
    });
    expect(queue.Properties.MessageRetentionPeriod).toBe(14 * 86400);
  });
});

describe("alarms", () => {
  const alarms = () =>
    Object.entries(prod.templates.Alarms.findResources("AWS::CloudWatch::Alarm")) as [
      string,
      Resource,
    ][];

  test("notify one SNS topic, which mails ALARM_EMAIL", () => {
    const [topicId] = only(prod.templates.Alarms, "AWS::SNS::Topic");
    const [, subscription] = only(prod.templates.Alarms, "AWS::SNS::Subscription");
    expect(subscription.Properties).toEqual({
      Protocol: "email",
      Endpoint: "oncall@rapport-mail.org",
      TopicArn: { Ref: topicId },
    });
    expect(alarms().map(([, alarm]) => alarm.Properties.AlarmActions)).toEqual(
      alarms().map(() => [{ Ref: topicId }]),
    );
  });

  test("watch API 5xx answers, dispatcher errors and parked runs, failed mail, unrecorded bounces and throttling", () => {
    const [apiId] = only(prod.templates.ApiGateway, "AWS::ApiGatewayV2::Api");
    const [apiFnId] = api();
    const [dispatchFnId] = dispatcher();
    const [queueId] = only(prod.templates.Dispatch, "AWS::SQS::Queue");
    const [mailEventQueueId] = only(prod.templates.MailEvents, "AWS::SQS::Queue");
    const watched = alarms().map(([, { Properties: p }]) => {
      const [dimension] = p.Dimensions as { Name: string; Value: unknown }[];
      return {
        metric: `${p.Namespace} ${p.MetricName} ${p.Statistic}`,
        of: dimension && { [dimension.Name]: resolveImport(prod, dimension.Value).value },
        alarmAt: `>= ${p.Threshold} in ${p.DatapointsToAlarm} of ${p.EvaluationPeriods} x ${p.Period}s`,
        missingData: p.TreatMissingData,
      };
    });
    const quiet = "notBreaching";
    expect(watched).toEqual([
      {
        metric: "AWS/ApiGateway 5xx Sum",
        of: { ApiId: { Ref: apiId } },
        alarmAt: ">= 5 in 1 of 1 x 300s",
        missingData: quiet,
      },
      {
        metric: "AWS/Lambda Errors Sum",
        of: { FunctionName: { Ref: dispatchFnId } },
        alarmAt: ">= 1 in 2 of 3 x 300s",
        missingData: quiet,
      },
      {
        metric: "AWS/SQS ApproximateNumberOfMessagesVisible Maximum",
        of: { QueueName: { "Fn::GetAtt": [queueId, "QueueName"] } },
        alarmAt: ">= 1 in 1 of 1 x 300s",
        missingData: quiet,
      },
      {
        // The Embedded Metric Format line functions/lambda/dispatch.ts logs after each run.
        metric: "Rapport/Dispatch failed Sum",
        of: { FunctionName: { Ref: dispatchFnId } },
        alarmAt: ">= 1 in 1 of 1 x 300s",
        missingData: quiet,
      },
      {
        metric: "AWS/SQS ApproximateNumberOfMessagesVisible Maximum",
        of: { QueueName: { "Fn::GetAtt": [mailEventQueueId, "QueueName"] } },
        alarmAt: ">= 1 in 1 of 1 x 300s",
        missingData: quiet,
      },
      {
        metric: "AWS/Lambda Throttles Sum",
        of: { FunctionName: { Ref: apiFnId } },
        alarmAt: ">= 1 in 1 of 1 x 300s",
        missingData: quiet,
      },
      {
        metric: "AWS/Lambda Throttles Sum",
        of: { FunctionName: { Ref: dispatchFnId } },
        alarmAt: ">= 1 in 1 of 1 x 300s",
        missingData: quiet,
      },
    ]);
  });
});
