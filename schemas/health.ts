import * as v from "valibot";

export const reachabilitySchema = v.picklist(["ok", "unreachable"]);
export const healthSchema = v.object({
  version: v.string(),
  mode: v.picklist(["local", "aws"]),
  database: reachabilitySchema,
  mail: reachabilitySchema,
});
export type Health = v.InferOutput<typeof healthSchema>;
export type Reachability = v.InferOutput<typeof reachabilitySchema>;
