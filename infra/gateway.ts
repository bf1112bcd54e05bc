import { Api, type StackContext } from "sst/constructs";

/** The HTTP API lives apart from its handler (infra/api.ts): the site needs the API's URL and
 * the handler needs the site's URL, and one stack holding both ends would be a cycle. */
export function ApiGateway({ stack }: StackContext) {
  const api = new Api(stack, "Api");
  stack.addOutputs({ ApiUrl: api.url });
  return { api };
}
