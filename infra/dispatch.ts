import { Duration } from "aws-cdk-lib";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { Queue } from "aws-cdk-lib/aws-sqs";
import { Cron, type StackContext } from "sst/constructs";
import { backendFunction, useBackend } from "./lambda";

export function Dispatch({ stack, app }: StackContext) {
  const backend = useBackend(stack, app.stage);
  // Runs that failed, kept two weeks for a look at what went wrong. The mail they were sending
  // is not lost: it stays due, and the next run picks it up.
  const failures = new Queue(stack, "DispatchFailures", { retentionPeriod: Duration.days(14) });
  const cron = new Cron(stack, "Dispatch", {
    schedule: "rate(5 minutes)",
    job: {
      function: backendFunction("Dispatch", "functions/lambda/dispatch.handler", backend, {
        memorySize: "512 MB",
        // Shorter than the schedule, so a slow run ends before the next one starts.
        timeout: "4 minutes",
        // The next scheduled run is the retry; retrying at once would overlap it.
        retryAttempts: 0,
        onFailure: new SqsDestination(failures),
        environment: { SENDS_PER_SECOND: String(backend.settings.sendsPerSecond) },
      }),
      cdk: {
        // EventBridge retries an invocation Lambda did not accept (throttling, say) for as long
        // as a run would still be useful, then parks the event in the same queue.
        target: { deadLetterQueue: failures, retryAttempts: 2, maxEventAge: Duration.minutes(5) },
      },
    },
  });
  return { cron, failures };
}
