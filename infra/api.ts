import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Function as SstFunction, type StackContext, use } from "sst/constructs";
import { ApiGateway } from "./gateway";
import { backendFunction, useBackend } from "./lambda";

export function ApiHandler({ stack, app }: StackContext) {
  const { api, originSecret } = use(ApiGateway);
  const handler = new SstFunction(
    stack,
    "ApiFunction",
    backendFunction("Api", "functions/lambda/api.handler", useBackend(stack, app.stage), {
      // A program import parses a few megabytes of text in memory; API Gateway gives up at 30 s.
      memorySize: "1024 MB",
      timeout: "25 seconds",
      environment: { ORIGIN_SECRET: originSecret.secretValue.unsafeUnwrap() },
    }),
  );
  // The health check reads the SES account (SES v2 GetAccount), an account-level call that
  // names no resource, so it cannot be narrowed below "*".
  handler.attachPermissions([
    new PolicyStatement({ actions: ["ses:GetAccount"], resources: ["*"] }),
  ]);
  api.addRoutes(stack, { "ANY /api/{proxy+}": handler });
  return { handler };
}
