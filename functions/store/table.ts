/** The one table's key layout. Infra and the local runtime both build the table from this. */
export const tableKeys = {
  partitionKey: "pk",
  sortKey: "sk",
  gsi1: { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
} as const;
