import { Cron, type StackContext, use } from "sst/constructs";
import { backendFunction } from "./lambda";
import { Storage } from "./storage";
import { Web } from "./web";

export function Dispatch({ stack }: StackContext) {
  const { table } = use(Storage);
  const { url: siteUrl } = use(Web);
  const cron = new Cron(stack, "Dispatch", {
    schedule: "rate(5 minutes)",
    job: {
      // Shorter than the schedule, so a slow run ends before the next one starts.
      function: backendFunction("functions/lambda/dispatch.handler", table, siteUrl, {
        timeout: "4 minutes",
      }),
    },
  });
  return { cron };
}
