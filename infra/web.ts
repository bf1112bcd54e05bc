import { Duration, Fn, type Stack } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Function as CfFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { type StackContext, StaticSite, use } from "sst/constructs";
import { apiPolicy, pagePolicy } from "../functions/http/content-security";
import { originSecretHeader } from "../functions/http/origin-secret";
import { ApiGateway } from "./gateway";
import { spaRoutingCode } from "./spa-routing";

/** The headers the API reads (tests/infra checks this against the code), and no others: Host
 * must not reach API Gateway, which routes on its own host name. CloudFront-Viewer-Address is the
 * client's address for rate limits (functions/lambda/deps.ts); CloudFront adds it only when a
 * policy names it, which the managed AllViewerExceptHostHeader policy does not. */
const apiHeaders = ["Content-Type", "Origin", "Sec-Fetch-Site", "CloudFront-Viewer-Address"];

/** The protective headers the app sets itself (Hono's secureHeaders), set again at the edge so
 * that S3's files and answers API Gateway makes on its own carry them too. */
function protectiveHeaders(stack: Stack, id: string, contentSecurityPolicy: string) {
  return new ResponseHeadersPolicy(stack, id, {
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      strictTransportSecurity: {
        // 180 days, as the app sends it.
        accessControlMaxAge: Duration.days(180),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
    },
  });
}

/** Under `sst dev` the site is not deployed; Vite's dev server serves it here instead. */
const devServerUrl = "http://localhost:5173";

/** The API is served under the site's own origin: the `__Host-` session cookie is only sent
 * there, and the server rejects state-changing requests from any other origin. */
export function Web({ stack }: StackContext) {
  const { api, originSecret } = use(ApiGateway);
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
          responseHeadersPolicy: protectiveHeaders(stack, "PageHeaders", pagePolicy),
          functionAssociations: [
            { function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST },
          ],
        },
        additionalBehaviors: {
          "/api/*": {
            origin: new HttpOrigin(apiDomain, {
              protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
              // CloudFront replaces a viewer header of the same name with this one.
              customHeaders: { [originSecretHeader]: originSecret.secretValue.unsafeUnwrap() },
            }),
            allowedMethods: AllowedMethods.ALLOW_ALL,
            cachePolicy: CachePolicy.CACHING_DISABLED,
            originRequestPolicy: new OriginRequestPolicy(stack, "ApiRequests", {
              headerBehavior: OriginRequestHeaderBehavior.allowList(...apiHeaders),
              cookieBehavior: OriginRequestCookieBehavior.all(),
              queryStringBehavior: OriginRequestQueryStringBehavior.all(),
            }),
            responseHeadersPolicy: protectiveHeaders(stack, "ApiHeaders", apiPolicy),
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
