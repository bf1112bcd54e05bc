import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tableKeys } from "../../functions/store/table";
import { spaRoutingCode } from "../../infra/spa-routing";
import {
  actionsOf,
  allLambdas,
  allStatements,
  distributionConfig,
  lambda,
  only,
  resolveImport,
  roleOf,
  statementsOf,
} from "./cfn";
import { type StackName, type Synthesis, synthesize } from "./synth";

const apiHandler = "functions/lambda/api.handler";
const dispatchHandler = "functions/lambda/dispatch.handler";
const sesEventsHandler = "functions/lambda/ses-events.handler";
const senders = [apiHandler, dispatchHandler];
const handlers = [...senders, sesEventsHandler];
const stackOf: Record<string, StackName> = {
  [apiHandler]: "ApiHandler",
  [dispatchHandler]: "Dispatch",
  [sesEventsHandler]: "MailEvents",
};
const mailFrom = "Rapport <reminders@rapport-mail.org>";
const { partitionKey, sortKey, gsi1 } = tableKeys;
// The AWS managed CloudFront cache policy CachingDisabled.
const cachingDisabled = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";

let prod: Synthesis;
beforeAll(async () => {
  prod = await synthesize("prod", { MAIL_FROM: mailFrom, APP_URL: "cloudfront" });
});
afterAll(() => prod?.cleanup());

const isDynamo = (action: string) => action === "*" || action.startsWith("dynamodb:");
const fnOf = (handler: string) => {
  const stack = stackOf[handler];
  if (!stack) throw new Error(`no stack holds ${handler}`);
  const template = prod.templates[stack];
  const [id, fn] = lambda(template, handler);
  return { template, id, fn };
};

describe("storage", () => {
  test("the table's keys and index are the layout functions/store/table.ts declares", () => {
    const [, table] = only(prod.templates.Storage, "AWS::DynamoDB::Table");
    const key = (hash: string, range: string) => [
      { AttributeName: hash, KeyType: "HASH" },
      { AttributeName: range, KeyType: "RANGE" },
    ];
    expect(table.Properties.KeySchema).toEqual(key(partitionKey, sortKey));
    expect(table.Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: gsi1.name,
        KeySchema: key(gsi1.partitionKey, gsi1.sortKey),
        Projection: { ProjectionType: "ALL" },
      },
    ]);
    expect(table.Properties.AttributeDefinitions).toEqual(
      [partitionKey, sortKey, gsi1.partitionKey, gsi1.sortKey].map((name) => ({
        AttributeName: name,
        AttributeType: "S",
      })),
    );
  });

  test("the table bills on demand and keeps point-in-time recovery", () => {
    const [, table] = only(prod.templates.Storage, "AWS::DynamoDB::Table");
    expect(table.Properties.BillingMode).toBe("PAY_PER_REQUEST");
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });

  test("items expire through the `ttl` attribute", () => {
    const [, table] = only(prod.templates.Storage, "AWS::DynamoDB::Table");
    expect(table.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: "ttl",
      Enabled: true,
    });
  });

  test("in prod the table is protected from deletion and retained when removed", () => {
    const [, table] = only(prod.templates.Storage, "AWS::DynamoDB::Table");
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
  });
});

describe("api", () => {
  test("the HTTP API answers no cross-origin requests: browsers reach it through the site", () => {
    const [, api] = only(prod.templates.ApiGateway, "AWS::ApiGatewayV2::Api");
    expect(api.Properties.CorsConfiguration).toBeUndefined();
  });

  test("ANY /api/{proxy+} on the HTTP API reaches functions/lambda/api.ts", () => {
    const { id: fnId } = fnOf(apiHandler);
    const [apiId] = only(prod.templates.ApiGateway, "AWS::ApiGatewayV2::Api");
    const [integrationId, integration] = only(
      prod.templates.ApiHandler,
      "AWS::ApiGatewayV2::Integration",
    );
    const [, route] = only(prod.templates.ApiHandler, "AWS::ApiGatewayV2::Route");
    expect(route.Properties.RouteKey).toBe("ANY /api/{proxy+}");
    expect(route.Properties.Target).toEqual({
      "Fn::Join": ["", ["integrations/", { Ref: integrationId }]],
    });
    expect(integration.Properties.IntegrationUri).toEqual({ "Fn::GetAtt": [fnId, "Arn"] });
    expect(resolveImport(prod, route.Properties.ApiId)).toEqual({
      stack: "ApiGateway",
      value: { Ref: apiId },
    });
  });

  test("the function gets the table name, the sender and the site's URL", () => {
    const { fn } = fnOf(apiHandler);
    const [tableId] = only(prod.templates.Storage, "AWS::DynamoDB::Table");
    const [distributionId] = only(prod.templates.Web, "AWS::CloudFront::Distribution");
    const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(resolveImport(prod, env.TABLE_NAME)).toEqual({
      stack: "Storage",
      value: { Ref: tableId },
    });
    expect(env.MAIL_FROM).toBe(mailFrom);
    const appUrl = env.APP_URL as { "Fn::Join": [string, [string, unknown]] };
    expect(appUrl["Fn::Join"][1][0]).toBe("https://");
    expect(resolveImport(prod, appUrl["Fn::Join"][1][1])).toEqual({
      stack: "Web",
      value: { "Fn::GetAtt": [distributionId, "DomainName"] },
    });
  });

  test.each(handlers)("%s is a Node.js 22 ESM bundle with the AWS SDK left out", (handler) => {
    const file = prod.bundles[handler] ?? "";
    expect(file).toMatch(/\.mjs$/);
    const code = readFileSync(file, "utf8");
    // Boolean checks keep a failure from printing the whole bundle.
    const banner =
      'import { createRequire } from "module"; const require = createRequire(import.meta.url);';
    expect(code.startsWith(banner), "starts with the createRequire banner").toBe(true);
    expect(code.match(/\bconst require\s*=/g)?.length, "declarations of require").toBe(1);
    expect(code.includes('import("@aws-sdk/client-dynamodb")'), "imports the SDK").toBe(true);
    // esbuild keeps class names (keepNames), so a bundled SDK would carry this string.
    expect(code.includes('"DynamoDBClient"'), "bundles the SDK").toBe(false);
  });
});

describe("permissions", () => {
  test.each(handlers)("%s may use DynamoDB on the table and its index only", (handler) => {
    const { template, id } = fnOf(handler);
    const [tableId] = only(prod.templates.Storage, "AWS::DynamoDB::Table");
    const dynamo = statementsOf(template, id).filter((st) => actionsOf(st).some(isDynamo));
    expect(dynamo).toHaveLength(1);
    const [statement = { Action: [], Effect: "", Resource: [] }] = dynamo;
    expect(actionsOf(statement).sort()).toEqual([
      "dynamodb:DeleteItem",
      "dynamodb:DescribeTable",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:UpdateItem",
    ]);
    const tableArn = (statement.Resource as unknown[])[0];
    expect(statement.Resource).toEqual([
      tableArn,
      { "Fn::Join": ["", [tableArn, `/index/${gsi1.name}`]] },
    ]);
    expect(resolveImport(prod, tableArn)).toEqual({
      stack: "Storage",
      value: { "Fn::GetAtt": [tableId, "Arn"] },
    });
  });

  test.each(senders)(
    "%s may send raw mail as the sender's domain with the configuration set only",
    (handler) => {
      const { template, id } = fnOf(handler);
      const sending = statementsOf(template, id).filter((st) =>
        actionsOf(st).some((action) => action.startsWith("ses:Send") || action === "ses:*"),
      );
      const arn = (resource: string) => ({
        "Fn::Join": [
          "",
          ["arn:", { Ref: "AWS::Partition" }, `:ses:us-east-1:123456789012:${resource}`],
        ],
      });
      // SES authorizes SendRawEmail with a configuration set against the identity and the set both.
      expect(sending).toEqual([
        {
          Action: "ses:SendRawEmail",
          Effect: "Allow",
          Resource: [arn("identity/rapport-mail.org"), arn("configuration-set/prod-rapport-mail")],
        },
      ]);
    },
  );

  test("the function that records bounces and complaints may not use SES at all", () => {
    const { template, id, fn } = fnOf(sesEventsHandler);
    const ses = statementsOf(template, id)
      .flatMap(actionsOf)
      .filter((a) => a.startsWith("ses:"));
    expect(ses).toEqual([]);
    const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect([env.MAIL_FROM, env.MAIL_CONFIGURATION_SET]).toEqual([undefined, undefined]);
  });

  test("only the API's health check uses SES on every resource, for its account-level read", () => {
    const wide = allStatements(prod).filter(
      ({ statement }) =>
        actionsOf(statement).some((action) => action.startsWith("ses:")) &&
        [statement.Resource].flat().includes("*"),
    );
    expect(wide).toEqual([
      {
        roles: [roleOf(fnOf(apiHandler).fn)],
        statement: { Action: "ses:GetAccount", Effect: "Allow", Resource: "*" },
      },
    ]);
  });

  test("no other role in the app gets any DynamoDB access", () => {
    const grantees = allStatements(prod)
      .filter(({ statement }) => actionsOf(statement).some(isDynamo))
      .flatMap(({ roles }) => roles);
    expect(grantees.sort()).toEqual(handlers.map((h) => roleOf(fnOf(h).fn)).sort());
  });
});

describe("dispatch", () => {
  test("an EventBridge rule runs functions/lambda/dispatch.ts every 5 minutes, parking failures", () => {
    const { id: fnId } = fnOf(dispatchHandler);
    const [, rule] = only(prod.templates.Dispatch, "AWS::Events::Rule");
    expect(rule.Properties.ScheduleExpression).toBe("rate(5 minutes)");
    expect(rule.Properties.State).toBe("ENABLED");
    const [queueId] = only(prod.templates.Dispatch, "AWS::SQS::Queue");
    expect(rule.Properties.Targets).toEqual([
      {
        Arn: { "Fn::GetAtt": [fnId, "Arn"] },
        Id: "Target0",
        DeadLetterConfig: { Arn: { "Fn::GetAtt": [queueId, "Arn"] } },
        RetryPolicy: { MaximumEventAgeInSeconds: 300, MaximumRetryAttempts: 2 },
      },
    ]);
  });

  test("the dispatcher gets the same environment as the API", () => {
    const variables = (handler: string) => {
      const env = fnOf(handler).fn.Properties.Environment as { Variables: Record<string, unknown> };
      const { TABLE_NAME, MAIL_FROM, MAIL_CONFIGURATION_SET, APP_URL } = env.Variables;
      return { TABLE_NAME, MAIL_FROM, MAIL_CONFIGURATION_SET, APP_URL };
    };
    expect(variables(dispatchHandler)).toEqual(variables(apiHandler));
    expect(variables(dispatchHandler).MAIL_FROM).toBe(mailFrom);
    expect(variables(dispatchHandler).MAIL_CONFIGURATION_SET).toBe("prod-rapport-mail");
  });

  test("without SENDS_PER_SECOND the dispatcher sends 10 messages a second", () => {
    const env = fnOf(dispatchHandler).fn.Properties.Environment as {
      Variables: Record<string, unknown>;
    };
    expect(env.Variables.SENDS_PER_SECOND).toBe("10");
    expect(fnOf(apiHandler).fn.Properties.Environment).not.toHaveProperty(
      "Variables.SENDS_PER_SECOND",
    );
  });
});

describe("web", () => {
  test("the site is web/, built by the root package's build:web script into web/dist", () => {
    expect(prod.siteProps).toMatchObject({
      path: "web",
      buildCommand: "npm --prefix .. run build:web",
      buildOutput: "dist",
    });
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(typeof pkg.scripts["build:web"]).toBe("string");
  });

  test("the site is built without VITE_API_URL, so the app calls the API on its own origin", () => {
    expect(prod.siteProps.environment).toBeUndefined();
    const [, uploader] = only(prod.templates.Web, "Custom::S3Uploader");
    expect(uploader.Properties.replaceValues).toEqual([]);
  });

  test("/api/* goes uncached to the HTTP API, with every method and the headers the API reads", () => {
    const config = distributionConfig(prod.templates.Web);
    const [apiId] = only(prod.templates.ApiGateway, "AWS::ApiGatewayV2::Api");
    const [requestPolicyId, requestPolicy] = only(
      prod.templates.Web,
      "AWS::CloudFront::OriginRequestPolicy",
    );
    expect(requestPolicy.Properties.OriginRequestPolicyConfig).toMatchObject({
      HeadersConfig: {
        HeaderBehavior: "whitelist",
        Headers: ["Content-Type", "Origin", "Sec-Fetch-Site", "CloudFront-Viewer-Address"],
      },
      CookiesConfig: { CookieBehavior: "all" },
      QueryStringsConfig: { QueryStringBehavior: "all" },
    });
    expect(config.CacheBehaviors?.map((b) => b.PathPattern)).toEqual(["/api/*"]);
    const [behavior] = config.CacheBehaviors ?? [];
    expect({ ...behavior, AllowedMethods: behavior?.AllowedMethods?.sort() }).toEqual({
      PathPattern: "/api/*",
      TargetOriginId: behavior?.TargetOriginId,
      AllowedMethods: ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
      CachePolicyId: cachingDisabled,
      OriginRequestPolicyId: { Ref: requestPolicyId },
      ResponseHeadersPolicyId: behavior?.ResponseHeadersPolicyId,
      ViewerProtocolPolicy: "https-only",
      Compress: true,
    });
    const origins = config.Origins.filter((o) => o.Id === behavior?.TargetOriginId);
    expect(origins).toHaveLength(1);
    const [{ DomainName, ...origin } = { DomainName: undefined }] = origins;
    expect(origin).toEqual({
      Id: behavior?.TargetOriginId,
      CustomOriginConfig: { OriginProtocolPolicy: "https-only", OriginSSLProtocols: ["TLSv1.2"] },
      OriginCustomHeaders: [{ HeaderName: "x-origin-verify", HeaderValue: expect.anything() }],
    });
    // The origin is the host part of the API's endpoint URL.
    const split = { "Fn::Split": ["/", expect.anything()] };
    expect(DomainName).toEqual({ "Fn::Select": [2, split] });
    const endpoint = (DomainName as { "Fn::Select": [number, typeof split] })["Fn::Select"][1];
    expect(resolveImport(prod, endpoint["Fn::Split"][1])).toEqual({
      stack: "ApiGateway",
      value: { "Fn::GetAtt": [apiId, "ApiEndpoint"] },
    });
  });

  test("no distribution-wide error page can turn an API 403/404 into index.html", () => {
    expect(distributionConfig(prod.templates.Web).CustomErrorResponses).toBeUndefined();
  });

  test("the default behavior serves the bucket through the SPA routing function", () => {
    const config = distributionConfig(prod.templates.Web);
    const [fnId, fn] = only(prod.templates.Web, "AWS::CloudFront::Function");
    expect(fn.Properties.FunctionCode).toBe(spaRoutingCode);
    expect(fn.Properties.FunctionConfig).toMatchObject({ Runtime: "cloudfront-js-2.0" });
    const { DefaultCacheBehavior: behavior } = config;
    expect(behavior.FunctionAssociations).toEqual([
      { EventType: "viewer-request", FunctionARN: { "Fn::GetAtt": [fnId, "FunctionARN"] } },
    ]);
    expect(behavior.ViewerProtocolPolicy).toBe("redirect-to-https");
    const [origin] = config.Origins.filter((o) => o.Id === behavior.TargetOriginId);
    const [bucketId] = only(prod.templates.Web, "AWS::S3::Bucket");
    expect(origin?.DomainName).toEqual({ "Fn::GetAtt": [bucketId, "RegionalDomainName"] });
  });

  test("the /api/* behavior runs no function", () => {
    const [behavior] = distributionConfig(prod.templates.Web).CacheBehaviors ?? [];
    expect(behavior?.PathPattern).toBe("/api/*");
    expect(behavior?.FunctionAssociations).toBeUndefined();
  });
});

test("every Lambda function in the app runs on nodejs22.x", () => {
  const all = allLambdas(prod);
  expect(all.map(({ fn }) => fn.Properties.Handler)).toEqual(expect.arrayContaining(handlers));
  expect(all.filter(({ fn }) => fn.Properties.Runtime !== "nodejs22.x")).toEqual([]);
});
