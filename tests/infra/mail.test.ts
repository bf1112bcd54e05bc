import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { lambda, only, type Resource, resolveImport } from "./cfn";
import { type Synthesis, synthesize } from "./synth";

let prod: Synthesis;
beforeAll(async () => {
  prod = await synthesize("prod", {
    MAIL_FROM: "Rapport <reminders@rapport-mail.org>",
    APP_URL: "cloudfront",
  });
});
afterAll(() => prod?.cleanup());

const sesEvents = () => lambda(prod.templates.MailEvents, "functions/lambda/ses-events.handler");
const partitionArn = (rest: unknown[]) => ({
  "Fn::Join": ["", ["arn:", { Ref: "AWS::Partition" }, ...rest]],
});

describe("the configuration set", () => {
  test("is named for the stage, the name the functions send with", () => {
    const [, set] = only(prod.templates.Mail, "AWS::SES::ConfigurationSet");
    expect(set.Properties.Name).toBe("prod-rapport-mail");
  });

  test("publishes bounces and complaints, and nothing else, to the SNS topic", () => {
    const [setId] = only(prod.templates.Mail, "AWS::SES::ConfigurationSet");
    const [topicId] = only(prod.templates.Mail, "AWS::SNS::Topic");
    const [, destination] = only(prod.templates.Mail, "AWS::SES::ConfigurationSetEventDestination");
    expect(destination.Properties).toEqual({
      ConfigurationSetName: { Ref: setId },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ["bounce", "complaint"],
        SnsDestination: { TopicARN: { Ref: topicId } },
      },
    });
  });

  test("the topic takes messages only from SES for this account and this configuration set", () => {
    const [setId] = only(prod.templates.Mail, "AWS::SES::ConfigurationSet");
    const [topicId] = only(prod.templates.Mail, "AWS::SNS::Topic");
    const [policyId, policy] = only(prod.templates.Mail, "AWS::SNS::TopicPolicy");
    expect(policy.Properties.Topics).toEqual([{ Ref: topicId }]);
    expect(policy.Properties.PolicyDocument).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "0",
          Effect: "Allow",
          Principal: { Service: "ses.amazonaws.com" },
          Action: "sns:Publish",
          Resource: { Ref: topicId },
          Condition: {
            StringEquals: {
              "AWS:SourceAccount": "123456789012",
              "AWS:SourceArn": partitionArn([
                ":ses:us-east-1:123456789012:configuration-set/",
                { Ref: setId },
              ]),
            },
          },
        },
      ],
    });
    // The destination is created once SES may publish, so its creation can check that it can.
    const [, destination] = only(prod.templates.Mail, "AWS::SES::ConfigurationSetEventDestination");
    expect((destination as Resource & { DependsOn?: string[] }).DependsOn).toEqual([policyId]);
  });
});

describe("the function that records bounces and complaints", () => {
  test("is subscribed to the topic, with undeliverable messages parked in its queue", () => {
    const [fnId] = sesEvents();
    const [topicId] = only(prod.templates.Mail, "AWS::SNS::Topic");
    const [queueId] = only(prod.templates.MailEvents, "AWS::SQS::Queue");
    const [, subscription] = only(prod.templates.MailEvents, "AWS::SNS::Subscription");
    const { TopicArn, ...rest } = subscription.Properties;
    expect(rest).toEqual({
      Protocol: "lambda",
      Endpoint: { "Fn::GetAtt": [fnId, "Arn"] },
      RedrivePolicy: { deadLetterTargetArn: { "Fn::GetAtt": [queueId, "Arn"] } },
    });
    expect(resolveImport(prod, TopicArn)).toEqual({ stack: "Mail", value: { Ref: topicId } });
  });

  test("may be invoked by SNS for that topic only", () => {
    const [fnId] = sesEvents();
    const [topicId] = only(prod.templates.Mail, "AWS::SNS::Topic");
    const [, permission] = only(prod.templates.MailEvents, "AWS::Lambda::Permission");
    const { SourceArn, ...rest } = permission.Properties;
    expect(rest).toEqual({
      Action: "lambda:InvokeFunction",
      FunctionName: { "Fn::GetAtt": [fnId, "Arn"] },
      Principal: "sns.amazonaws.com",
    });
    expect(resolveImport(prod, SourceArn)).toEqual({ stack: "Mail", value: { Ref: topicId } });
  });

  test("is tried twice more after a failure, then parks the event in a queue kept two weeks", () => {
    const [fnId] = sesEvents();
    const [queueId, queue] = only(prod.templates.MailEvents, "AWS::SQS::Queue");
    const [, invoke] = only(prod.templates.MailEvents, "AWS::Lambda::EventInvokeConfig");
    expect(invoke.Properties).toEqual({
      FunctionName: { Ref: fnId },
      Qualifier: "$LATEST",
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { "Fn::GetAtt": [queueId, "Arn"] } } },
    });
    expect(queue.Properties.MessageRetentionPeriod).toBe(14 * 86400);
  });

  test("SNS may park messages in the queue only for the mail topic", () => {
    const [topicId] = only(prod.templates.Mail, "AWS::SNS::Topic");
    const [queueId] = only(prod.templates.MailEvents, "AWS::SQS::Queue");
    const [, policy] = only(prod.templates.MailEvents, "AWS::SQS::QueuePolicy");
    const { Statement } = policy.Properties.PolicyDocument as { Statement: Resource[] };
    expect(Statement).toHaveLength(1);
    const [statement] = Statement as unknown as {
      Condition: { ArnEquals: { "aws:SourceArn": unknown } };
    }[];
    expect(statement).toMatchObject({
      Action: "sqs:SendMessage",
      Effect: "Allow",
      Principal: { Service: "sns.amazonaws.com" },
      Resource: { "Fn::GetAtt": [queueId, "Arn"] },
    });
    expect(resolveImport(prod, statement?.Condition.ArnEquals["aws:SourceArn"])).toEqual({
      stack: "Mail",
      value: { Ref: topicId },
    });
  });
});
