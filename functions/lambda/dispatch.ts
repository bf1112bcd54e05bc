import { type DispatchResult, dispatchDue } from "../domain/dispatcher";
import { awsDeps } from "./deps";

const { db, mailer, appUrl, now } = awsDeps();
// A deploy setting (SENDS_PER_SECOND, infra/stage.ts) keeps the pace within the account's rate.
const sendsPerSecond = Number(process.env.SENDS_PER_SECOND) || 10;

/** The run's counts as one CloudWatch Embedded Metric Format line: CloudWatch Logs turns it into
 * metrics (Rapport/Dispatch, per function) by itself, with no metric filter and no API call.
 * infra/alarms.ts watches `failed`. */
function metricLine({ sent, failed, retried }: DispatchResult, at: Date): string {
  return JSON.stringify({
    _aws: {
      Timestamp: at.getTime(),
      CloudWatchMetrics: [
        {
          Namespace: "Rapport/Dispatch",
          Dimensions: [["FunctionName"]],
          Metrics: ["sent", "failed", "retried"].map((Name) => ({ Name, Unit: "Count" })),
        },
      ],
    },
    FunctionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    sent,
    failed,
    retried,
  });
}

export const handler = async () => {
  const result = await dispatchDue({ db, send: mailer.send, appUrl, now, sendsPerSecond });
  console.log(metricLine(result, now()));
  return result;
};
