import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Api, type StackContext } from "sst/constructs";

/** The HTTP API lives apart from its handler (infra/api.ts): the site needs the API's URL and
 * the handler needs the site's URL, and one stack holding both ends would be a cycle. */
export function ApiGateway({ stack }: StackContext) {
  // Browsers reach the API only through the site's own origin (infra/web.ts), so no CORS.
  const api = new Api(stack, "Api", { cors: false });
  // The API's endpoint is public, so CloudFront proves each request is its own with this secret
  // (functions/http/origin-secret.ts). Secrets Manager generates it once and keeps it across
  // deploys; CloudFormation resolves it at deploy time into the origin's custom header
  // (infra/web.ts) and the API function's environment (infra/api.ts), so the function makes no
  // SDK call to read it. A value made at synth time would change on every deploy, and one set by
  // hand would be one more step to forget.
  const originSecret = new Secret(stack, "OriginSecret", {
    description: "Header value CloudFront adds to each request it forwards to the Rapport API",
    generateSecretString: { passwordLength: 64, excludePunctuation: true },
  });
  stack.addOutputs({ ApiUrl: api.url });
  return { api, originSecret };
}
