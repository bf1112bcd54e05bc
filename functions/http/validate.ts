import { vValidator } from "@hono/valibot-validator";
import type { ValidationTargets } from "hono";
import * as v from "valibot";
import { DomainError } from "../domain/errors";

/** Request validation with the shared schemas. A failure becomes `request.invalid` with one
 * readable line per problem, naming the field. */
export function validate<
  Target extends keyof ValidationTargets,
  Schema extends v.GenericSchema | v.GenericSchemaAsync,
>(target: Target, schema: Schema) {
  return vValidator(target, schema, (result) => {
    if (result.success) return;
    const problems = result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    throw new DomainError("request.invalid", problems.join("; "), { problems });
  });
}
