import type { DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import type {
  DeleteCommandInput,
  DynamoDBDocumentClient,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  QueryCommandOutput,
  UpdateCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { tableKeys } from "./table";

type NoTable<T> = Omit<T, "TableName">;
export type Item = Record<string, unknown>;

/** Thin access to the one table. The AWS SDK loads on first use, so a cold Lambda that never
 * touches the database does not pay for it. */
export interface Db {
  readonly tableName: string;
  get(input: NoTable<GetCommandInput>): Promise<Item | undefined>;
  put(input: NoTable<PutCommandInput>): Promise<void>;
  update(input: NoTable<UpdateCommandInput>): Promise<Item | undefined>;
  /** Returns the old item when `ReturnValues: "ALL_OLD"` asks for it. */
  delete(input: NoTable<DeleteCommandInput>): Promise<Item | undefined>;
  query(input: NoTable<QueryCommandInput>): Promise<QueryCommandOutput>;
  /** Resolves when the table answers; used by the health check. */
  ping(): Promise<void>;
  createTableIfMissing(): Promise<void>;
}

export function createDb(tableName: string, config: DynamoDBClientConfig = {}): Db {
  let loaded:
    | Promise<{
        doc: DynamoDBDocumentClient;
        sdk: typeof import("@aws-sdk/lib-dynamodb");
        raw: typeof import("@aws-sdk/client-dynamodb");
      }>
    | undefined;
  const sdk = () => {
    loaded ??= (async () => {
      const [raw, lib] = await Promise.all([
        import("@aws-sdk/client-dynamodb"),
        import("@aws-sdk/lib-dynamodb"),
      ]);
      const doc = lib.DynamoDBDocumentClient.from(new raw.DynamoDBClient(config), {
        marshallOptions: { removeUndefinedValues: true },
      });
      return { doc, sdk: lib, raw };
    })();
    return loaded;
  };
  const TableName = tableName;
  return {
    tableName,
    async get(input) {
      const { doc, sdk: lib } = await sdk();
      return (await doc.send(new lib.GetCommand({ ...input, TableName }))).Item;
    },
    async put(input) {
      const { doc, sdk: lib } = await sdk();
      await doc.send(new lib.PutCommand({ ...input, TableName }));
    },
    async update(input) {
      const { doc, sdk: lib } = await sdk();
      return (await doc.send(new lib.UpdateCommand({ ...input, TableName }))).Attributes;
    },
    async delete(input) {
      const { doc, sdk: lib } = await sdk();
      return (await doc.send(new lib.DeleteCommand({ ...input, TableName }))).Attributes;
    },
    async query(input) {
      const { doc, sdk: lib } = await sdk();
      return doc.send(new lib.QueryCommand({ ...input, TableName }));
    },
    async ping() {
      const { doc, raw } = await sdk();
      await doc.send(new raw.DescribeTableCommand({ TableName }));
    },
    async createTableIfMissing() {
      const { doc, raw } = await sdk();
      try {
        await doc.send(new raw.DescribeTableCommand({ TableName }));
        return;
      } catch (error) {
        if (!(error instanceof raw.ResourceNotFoundException)) throw error;
      }
      const { partitionKey, sortKey, gsi1 } = tableKeys;
      const attr = (name: string) => ({ AttributeName: name, AttributeType: "S" as const });
      await doc.send(
        new raw.CreateTableCommand({
          TableName,
          BillingMode: "PAY_PER_REQUEST",
          AttributeDefinitions: [partitionKey, sortKey, gsi1.partitionKey, gsi1.sortKey].map(attr),
          KeySchema: [
            { AttributeName: partitionKey, KeyType: "HASH" },
            { AttributeName: sortKey, KeyType: "RANGE" },
          ],
          GlobalSecondaryIndexes: [
            {
              IndexName: gsi1.name,
              KeySchema: [
                { AttributeName: gsi1.partitionKey, KeyType: "HASH" },
                { AttributeName: gsi1.sortKey, KeyType: "RANGE" },
              ],
              Projection: { ProjectionType: "ALL" },
            },
          ],
        }),
      );
    },
  };
}
