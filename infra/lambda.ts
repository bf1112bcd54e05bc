import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { FunctionProps, Table } from "sst/constructs";
import { tableKeys } from "../functions/store/table";
import { lambdaEsbuildOptions } from "./lambda-bundle";
import { mailFrom } from "./stage";

/** Exactly the calls functions/store/db.ts makes: no Scan, no table management. */
const tableActions = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:DescribeTable",
];

/** Props shared by every Lambda that runs our backend code. `appUrl` is where links in mail
 * point. */
export function backendFunction(
  handler: string,
  table: Table,
  appUrl: string,
  overrides: Partial<FunctionProps> = {},
): FunctionProps {
  return {
    handler,
    runtime: "nodejs22.x",
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
    environment: { TABLE_NAME: table.tableName, MAIL_FROM: mailFrom(), APP_URL: appUrl },
    permissions: [
      new PolicyStatement({
        actions: tableActions,
        resources: [table.tableArn, `${table.tableArn}/index/${tableKeys.gsi1.name}`],
      }),
      // SES authorizes sends against identities and configuration sets, which are chosen
      // per account at deploy time, so the resource cannot be narrowed here.
      new PolicyStatement({ actions: ["ses:SendEmail", "ses:SendRawEmail"], resources: ["*"] }),
    ],
    ...overrides,
  };
}
