import { RemovalPolicy } from "aws-cdk-lib";
import { BillingMode } from "aws-cdk-lib/aws-dynamodb";
import { type StackContext, Table } from "sst/constructs";
import { tableKeys } from "../functions/store/table";
import { isDevStage } from "./stage";

export function Storage({ stack, app }: StackContext) {
  const dev = isDevStage(app.stage);
  const { partitionKey, sortKey, gsi1 } = tableKeys;
  const table = new Table(stack, "Table", {
    fields: {
      [partitionKey]: "string",
      [sortKey]: "string",
      [gsi1.partitionKey]: "string",
      [gsi1.sortKey]: "string",
    },
    primaryIndex: { partitionKey, sortKey },
    // Epoch seconds. DynamoDB deletes expired items up to days late, so reads still check expiry.
    timeToLiveAttribute: "ttl",
    globalIndexes: {
      [gsi1.name]: { partitionKey: gsi1.partitionKey, sortKey: gsi1.sortKey, projection: "all" },
    },
    cdk: {
      table: {
        // SST's defaults are set again so that an SST upgrade cannot silently drop them; its
        // deprecated `pointInTimeRecovery` must be cleared for the newer prop to be accepted.
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecovery: undefined,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: !dev,
        removalPolicy: dev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
      },
    },
  });
  return { table };
}
