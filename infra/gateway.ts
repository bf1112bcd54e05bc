import { Api, type StackContext } from "sst/constructs";

/** The HTTP API lives apart from its handler (infra/api.ts): the site needs the API's URL and
 * the handler needs the site's URL, and one stack holding both ends would be a cycle. */
export function ApiGateway({ stack }: StackContext) {
  // Browsers reach the API only through the site's own origin (infra/web.ts), so no CORS.
  const api = new Api(stack, "Api", { cors: false });
  stack.addOutputs({ ApiUrl: api.url });
  return { api };
}
