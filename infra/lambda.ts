import { Arn, RemovalPolicy, type Stack } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { type FunctionProps, type Table, use } from "sst/constructs";
import { tableKeys } from "../functions/store/table";
import { lambdaEsbuildOptions } from "./lambda-bundle";
import { Mail } from "./mail";
import { type DeploySettings, deploySettings, isDevStage } from "./stage";
import { Storage } from "./storage";
import { Web } from "./web";

/** Exactly the calls functions/store/db.ts makes: no Scan, no table management. */
const tableActions = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:DescribeTable",
];

/** What every function running our backend code is given. */
export interface Backend {
  stack: Stack;
  stage: string;
  table: Table;
  /** Where links in mail point, and the only origin the API takes state changes from. */
  appUrl: string;
  settings: DeploySettings;
  /** The SES configuration set every message is sent with. */
  configurationSetName: string;
}

/** Call inside a stack function. */
export function useBackend(stack: Stack, stage: string): Backend {
  const settings = deploySettings(stage);
  const { table } = use(Storage);
  const { url } = use(Web);
  const { configurationSetName } = use(Mail);
  return { stack, stage, table, appUrl: settings.appUrl ?? url, settings, configurationSetName };
}

/** Every function states its memory and time limit; SST's defaults are not a decision. */
type Limits = Required<Pick<FunctionProps, "memorySize" | "timeout">> &
  Pick<FunctionProps, "environment" | "onFailure" | "retryAttempts">;

/** Props shared by every Lambda that runs our backend code; `name` names its log group. Only a
 * function that `sendsMail` gets the sender, the configuration set and the right to send. */
export function backendFunction(
  name: string,
  handler: string,
  backend: Backend,
  limits: Limits,
  { sendsMail = true } = {},
): FunctionProps {
  const { stack, stage, table, appUrl, settings, configurationSetName } = backend;
  const sender = sendsMail ? settings.mailFrom : undefined;
  // A log group of our own rather than SST's logRetention, which adds a custom-resource Lambda
  // that may change the retention of any log group in the account.
  const logGroup = new LogGroup(stack, `${name}Logs`, {
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: isDevStage(stage) ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
  });
  const permissions = [
    new PolicyStatement({
      actions: tableActions,
      resources: [table.tableArn, `${table.tableArn}/index/${tableKeys.gsi1.name}`],
    }),
  ];
  // functions/mail/ses.ts sends with SendRawEmail only, naming the configuration set; SES
  // authorizes that against the sender's identity and the set both. A dev stage without a sender
  // gets no right to send at all.
  if (sender) {
    const arn = (resource: string, resourceName: string) =>
      Arn.format({ service: "ses", resource, resourceName }, stack);
    permissions.push(
      new PolicyStatement({
        actions: ["ses:SendRawEmail"],
        resources: [
          ...settings.mailIdentities.map((identity) => arn("identity", identity)),
          arn("configuration-set", configurationSetName),
        ],
      }),
    );
  }
  return {
    handler,
    runtime: "nodejs22.x",
    logGroup,
    nodejs: {
      format: "esm",
      minify: lambdaEsbuildOptions.minify,
      splitting: lambdaEsbuildOptions.splitting,
      // Same output as the bundle the bench measures. The banner replaces SST's own, which also
      // declares `require`; appending ours through `nodejs.banner` would declare it twice.
      esbuild: {
        external: lambdaEsbuildOptions.external,
        banner: lambdaEsbuildOptions.banner,
        target: lambdaEsbuildOptions.target,
      },
    },
    ...limits,
    environment: {
      TABLE_NAME: table.tableName,
      APP_URL: appUrl,
      ...(sender ? { MAIL_FROM: sender, MAIL_CONFIGURATION_SET: configurationSetName } : {}),
      ...limits.environment,
    },
    permissions,
  };
}
