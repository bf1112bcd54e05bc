import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { originSecretHeader } from "../../functions/http/origin-secret";
import { distributionConfig, lambda, only, type Resource, resolveImport } from "./cfn";
import { type Synthesis, synthesize } from "./synth";

let prod: Synthesis;
beforeAll(async () => {
  prod = await synthesize("prod", {
    MAIL_FROM: "Rapport <reminders@rapport-mail.org>",
    APP_URL: "cloudfront",
  });
});
afterAll(() => prod?.cleanup());

const pagePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const apiPolicy = "default-src 'none'; frame-ancestors 'none'";

const protective = (contentSecurityPolicy: string) => ({
  ContentSecurityPolicy: { ContentSecurityPolicy: contentSecurityPolicy, Override: true },
  StrictTransportSecurity: {
    AccessControlMaxAgeSec: 15552000,
    IncludeSubdomains: true,
    Override: true,
  },
  ContentTypeOptions: { Override: true },
  FrameOptions: { FrameOption: "DENY", Override: true },
  ReferrerPolicy: { ReferrerPolicy: "no-referrer", Override: true },
});

/** The response headers policy a behavior points at. */
function headersPolicy(id: unknown): Resource {
  const ref = (id as { Ref?: string }).Ref ?? "";
  const found = prod.templates.Web.toJSON().Resources[ref] as Resource | undefined;
  if (found?.Type !== "AWS::CloudFront::ResponseHeadersPolicy") throw new Error(`no policy ${ref}`);
  return found;
}

const securityHeaders = (policy: Resource) =>
  (policy.Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: unknown })
    .SecurityHeadersConfig;

describe("response headers at CloudFront", () => {
  test("pages carry the app's page policy, HSTS, nosniff, DENY framing and no referrer", () => {
    const { DefaultCacheBehavior } = distributionConfig(prod.templates.Web);
    const policy = headersPolicy(DefaultCacheBehavior.ResponseHeadersPolicyId);
    expect(securityHeaders(policy)).toEqual(protective(pagePolicy));
  });

  test("API answers carry the API policy with the same protective headers", () => {
    const [behavior] = distributionConfig(prod.templates.Web).CacheBehaviors ?? [];
    expect(behavior?.PathPattern).toBe("/api/*");
    const policy = headersPolicy(behavior?.ResponseHeadersPolicyId);
    expect(securityHeaders(policy)).toEqual(protective(apiPolicy));
  });
});

describe("the origin secret", () => {
  const dynamicReference = (value: unknown) => {
    const [, parts] = (value as { "Fn::Join": [string, unknown[]] })["Fn::Join"];
    expect([parts[0], parts[2]]).toEqual(["{{resolve:secretsmanager:", ":SecretString:::}}"]);
    return resolveImport(prod, parts[1]);
  };

  test("is generated once by Secrets Manager, not written into the templates", () => {
    const [, secret] = only(prod.templates.ApiGateway, "AWS::SecretsManager::Secret");
    expect(secret.Properties.GenerateSecretString).toEqual({
      ExcludePunctuation: true,
      PasswordLength: 64,
    });
    expect(secret.Properties.SecretString).toBeUndefined();
  });

  test("CloudFront adds it to API requests and the API function reads the same secret", () => {
    const [secretId] = only(prod.templates.ApiGateway, "AWS::SecretsManager::Secret");
    const [behavior] = distributionConfig(prod.templates.Web).CacheBehaviors ?? [];
    const origin = distributionConfig(prod.templates.Web).Origins.find(
      (o) => o.Id === behavior?.TargetOriginId,
    );
    const headers = origin?.OriginCustomHeaders as { HeaderName: string; HeaderValue: unknown }[];
    expect(headers.map((h) => h.HeaderName)).toEqual([originSecretHeader]);
    const fromSecret = { stack: "ApiGateway", value: { Ref: secretId } };
    expect(dynamicReference(headers[0]?.HeaderValue)).toEqual(fromSecret);
    const [, api] = lambda(prod.templates.ApiHandler, "functions/lambda/api.handler");
    const env = (api.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(dynamicReference(env.ORIGIN_SECRET)).toEqual(fromSecret);
  });

  test("the dispatcher, which takes no requests, does not get it", () => {
    const [, fn] = lambda(prod.templates.Dispatch, "functions/lambda/dispatch.handler");
    const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env.ORIGIN_SECRET).toBeUndefined();
  });
});

/** Every `header("name")` the request-handling code reads. */
function headersReadIn(dirs: string[]): string[] {
  const names = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".ts")) continue;
      const code = readFileSync(join(dir, file), "utf8");
      for (const match of code.matchAll(/\.header\("([^"]+)"\)/g)) names.add(match[1] ?? "");
    }
  }
  return [...names].sort();
}

test("every header the API reads reaches it through CloudFront, and Host does not", () => {
  const [, policy] = only(prod.templates.Web, "AWS::CloudFront::OriginRequestPolicy");
  const config = policy.Properties.OriginRequestPolicyConfig as {
    HeadersConfig: { Headers: string[] };
  };
  const forwarded = config.HeadersConfig.Headers.map((h) => h.toLowerCase());
  const read = headersReadIn(["functions/http", "functions/lambda"]);
  // The secret header is added by CloudFront itself, after the policy.
  expect(read.filter((name) => name !== originSecretHeader)).toEqual([
    "cloudfront-viewer-address",
    "content-type",
    "origin",
    "sec-fetch-site",
  ]);
  expect(forwarded.sort()).toEqual(read.filter((name) => name !== originSecretHeader));
  expect(forwarded).not.toContain("host");
});
