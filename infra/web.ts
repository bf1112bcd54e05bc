import { Fn } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Function as CfFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { type StackContext, StaticSite, use } from "sst/constructs";
import { ApiGateway } from "./gateway";
import { spaRoutingCode } from "./spa-routing";

/** Under `sst dev` the site is not deployed; Vite's dev server serves it here instead. */
const devServerUrl = "http://localhost:5173";

/** The API is served under the site's own origin: the `__Host-` session cookie is only sent
 * there, and the server rejects state-changing requests from any other origin. */
export function Web({ stack }: StackContext) {
  const { api } = use(ApiGateway);
  const spaRouting = new CfFunction(stack, "SpaRouting", {
    code: FunctionCode.fromInline(spaRoutingCode),
    runtime: FunctionRuntime.JS_2_0,
  });
  // "https://<id>.execute-api.<region>.amazonaws.com" -> its host name.
  const apiDomain = Fn.select(2, Fn.split("/", api.url));
  const site = new StaticSite(stack, "Site", {
    path: "web",
    // StaticSite runs the command inside `path`; the build script lives in the root package.
    buildCommand: "npm --prefix .. run build:web",
    buildOutput: "dist",
    // SST would otherwise write an unformatted sst-env.d.ts into web/src on every synth.
    vite: { types: "../.sst/web-env.d.ts" },
    dev: { url: devServerUrl },
    cdk: {
      distribution: {
        // SST's SPA default maps every 403/404 to index.html, API answers included.
        errorResponses: [],
        defaultBehavior: {
          // Pages get the same protective headers the API sets on its own answers.
          responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
          functionAssociations: [
            { function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST },
          ],
        },
        additionalBehaviors: {
          "/api/*": {
            origin: new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
            allowedMethods: AllowedMethods.ALLOW_ALL,
            cachePolicy: CachePolicy.CACHING_DISABLED,
            // The HTTP API routes on its own host name, so the viewer's Host must not reach it.
            originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          },
        },
      },
    },
  });
  // SST builds its own viewer-request function (extension-less paths -> `.html`) even when the
  // behavior above replaces it; dropping it keeps an unused function out of the account.
  if (site.cdk) site.node.tryRemoveChild("CloudFrontFunction");
  const url = site.customDomainUrl ?? site.url ?? devServerUrl;
  stack.addOutputs({ SiteUrl: url });
  return { site, url };
}
