import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Function as SstFunction, type StackContext, use } from "sst/constructs";
import { ApiGateway } from "./gateway";
import { backendFunction } from "./lambda";
import { Storage } from "./storage";
import { Web } from "./web";

export function ApiHandler({ stack }: StackContext) {
  const { table } = use(Storage);
  const { api } = use(ApiGateway);
  const { url: siteUrl } = use(Web);
  const handler = new SstFunction(
    stack,
    "ApiFunction",
    backendFunction("functions/lambda/api.handler", table, siteUrl, { timeout: "25 seconds" }),
  );
  // The health check reads the SES account (SES v2 GetAccount), an account-level call with no resource.
  handler.attachPermissions([
    new PolicyStatement({ actions: ["ses:GetAccount"], resources: ["*"] }),
  ]);
  api.addRoutes(stack, { "ANY /api/{proxy+}": handler });
  return { handler };
}
