import { Duration } from "aws-cdk-lib";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Queue } from "aws-cdk-lib/aws-sqs";
import { Function as SstFunction, type StackContext, use } from "sst/constructs";
import { backendFunction, useBackend } from "./lambda";
import { Mail } from "./mail";

/** The function that records bounces and complaints (functions/lambda/ses-events.ts). */
export function MailEvents({ stack, app }: StackContext) {
  const { topic } = use(Mail);
  // Events that could not be recorded: ones SNS could not hand to Lambda, and ones whose function
  // failed on every try. Each one is a bounce or complaint that did not stop reminders yet.
  const failures = new Queue(stack, "MailEventFailures", { retentionPeriod: Duration.days(14) });
  const fn = new SstFunction(
    stack,
    "MailEventsFunction",
    backendFunction(
      "MailEvents",
      "functions/lambda/ses-events.handler",
      useBackend(stack, app.stage),
      {
        memorySize: "256 MB",
        timeout: "30 seconds",
        // A failure is the table not answering; two more tries spread over minutes usually pass.
        retryAttempts: 2,
        onFailure: new SqsDestination(failures),
      },
      { sendsMail: false },
    ),
  );
  topic.addSubscription(new LambdaSubscription(fn, { deadLetterQueue: failures }));
  return { fn, failures };
}
