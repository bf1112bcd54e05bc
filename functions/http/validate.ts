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
  return vValidator(target, schema, async (result, c) => {
    if (result.success) return;
    // Valibot reads an array's indexes as unknown keys; the body read is cached by Hono.
    if (target === "json" && Array.isArray(await c.req.json())) throw notAnObject();
    const problems = result.issues.map(describe);
    if (problems.includes(wholeBodyProblem)) throw notAnObject();
    throw new DomainError("request.invalid", problems.join("; "), { problems });
  });
}

const wholeBodyProblem = "The request body must be a JSON object";
const notAnObject = () =>
  new DomainError("request.invalid", wholeBodyProblem, { problems: [wholeBodyProblem] });

// Valibot words object-shape problems for programmers ("Invalid key: Expected never…").
function describe(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const isShape = issue.type === "object" || issue.type === "strict_object";
  if (isShape && !path) return wholeBodyProblem;
  if (isShape && issue.expected === "never") return `${path}: Unknown field; remove it`;
  if (isShape && issue.received === "undefined") return `${path}: Required`;
  return path ? `${path}: ${issue.message}` : issue.message;
}
