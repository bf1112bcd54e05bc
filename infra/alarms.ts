import { Duration } from "aws-cdk-lib";
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { type StackContext, use } from "sst/constructs";
import { ApiHandler } from "./api";
import { Dispatch } from "./dispatch";
import { ApiGateway } from "./gateway";
import { MailEvents } from "./mail-events";
import { deploySettings } from "./stage";

const period = Duration.minutes(5);

/** Alarms on what users would notice: API errors, reminders that stop going out or fail, bounces
 * and complaints that could not be recorded, and functions that are turned away. All of them notify one SNS topic; ALARM_EMAIL subscribes an address. */
export function Alarms({ stack, app }: StackContext) {
  const { alarmEmail } = deploySettings(app.stage);
  const { api } = use(ApiGateway);
  const { handler } = use(ApiHandler);
  const { cron, failures } = use(Dispatch);
  const mailEvents = use(MailEvents);
  const topic = new Topic(stack, "AlarmTopic", { displayName: `Rapport ${app.stage} alarms` });
  if (alarmEmail) topic.addSubscription(new EmailSubscription(alarmEmail));
  const action = new SnsAction(topic);

  const alarm = (
    id: string,
    metric: IMetric,
    description: string,
    shape: { threshold: number; evaluationPeriods: number; datapointsToAlarm: number },
  ) => {
    const created = new Alarm(stack, id, {
      metric,
      alarmDescription: description,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      ...shape,
    });
    created.addAlarmAction(action);
    return created;
  };

  const once = { threshold: 1, evaluationPeriods: 1, datapointsToAlarm: 1 };
  alarm(
    "ApiServerErrors",
    api.cdk.httpApi.metricServerError({ period, statistic: "Sum" }),
    "The API answered 5 or more requests with a 5xx status in 5 minutes.",
    { threshold: 5, evaluationPeriods: 1, datapointsToAlarm: 1 },
  );
  alarm(
    "DispatchErrors",
    cron.jobFunction.metricErrors({ period, statistic: "Sum" }),
    "The reminder dispatcher failed in 2 of the last 3 runs; due mail may be waiting.",
    { threshold: 1, evaluationPeriods: 3, datapointsToAlarm: 2 },
  );
  alarm(
    "DispatchFailuresQueued",
    failures.metricApproximateNumberOfMessagesVisible({ period, statistic: "Maximum" }),
    "A dispatcher run that failed or never started is waiting in its dead-letter queue.",
    once,
  );
  alarm(
    "MailFailed",
    // functions/lambda/dispatch.ts logs these counts in Embedded Metric Format after every run.
    new Metric({
      namespace: "Rapport/Dispatch",
      metricName: "failed",
      dimensionsMap: { FunctionName: cron.jobFunction.functionName },
      period,
      statistic: "Sum",
    }),
    "The dispatcher gave up on a reminder and parked it as failed; its user sees it in the schedule.",
    once,
  );
  alarm(
    "MailEventFailuresQueued",
    mailEvents.failures.metricApproximateNumberOfMessagesVisible({ period, statistic: "Maximum" }),
    "A bounce or complaint could not be recorded, so reminders to that address have not stopped.",
    once,
  );
  alarm(
    "ApiThrottles",
    handler.metricThrottles({ period, statistic: "Sum" }),
    "Lambda turned away API requests (throttled).",
    once,
  );
  alarm(
    "DispatchThrottles",
    cron.jobFunction.metricThrottles({ period, statistic: "Sum" }),
    "Lambda turned away a dispatcher run (throttled).",
    once,
  );
  stack.addOutputs({ AlarmTopicArn: topic.topicArn });
  return { topic };
}
