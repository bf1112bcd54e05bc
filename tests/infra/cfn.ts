import type { Template } from "aws-cdk-lib/assertions";
import type { StackName, Synthesis } from "./synth";

export interface Resource {
  Type: string;
  Properties: Record<string, unknown> & { [key: string]: unknown };
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export interface Statement {
  Action: string | string[];
  Effect: string;
  Resource: unknown;
}

function resources(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
}

/** The logical id and body of the only resource of `type`. */
export function only(template: Template, type: string): [string, Resource] {
  const found = resources(template, type);
  const [first] = found;
  if (!first || found.length > 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return first;
}

/** The logical id and body of the Lambda function whose handler is `handler`. */
export function lambda(template: Template, handler: string): [string, Resource] {
  const found = resources(template, "AWS::Lambda::Function").filter(
    ([, fn]) => fn.Properties.Handler === handler,
  );
  const [first] = found;
  if (!first || found.length > 1) throw new Error(`expected one ${handler}, found ${found.length}`);
  return first;
}

export function allLambdas(s: Synthesis): { stack: StackName; id: string; fn: Resource }[] {
  return Object.entries(s.templates).flatMap(([stack, template]) =>
    resources(template, "AWS::Lambda::Function").map(([id, fn]) => ({
      stack: stack as StackName,
      id,
      fn,
    })),
  );
}

/** Every IAM statement attached to the role of the function `functionId`. */
export function statementsOf(template: Template, functionId: string): Statement[] {
  const roleId = roleOf(template.toJSON().Resources[functionId]);
  return resources(template, "AWS::IAM::Policy")
    .filter(([, policy]) =>
      (policy.Properties.Roles as { Ref?: string }[]).some((role) => role.Ref === roleId),
    )
    .flatMap(
      ([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );
}

/** Every statement of every IAM policy in the app, with the roles the policy is attached to. */
export function allStatements(s: Synthesis): { roles: string[]; statement: Statement }[] {
  return Object.values(s.templates).flatMap((template) =>
    resources(template, "AWS::IAM::Policy").flatMap(([, policy]) => {
      const roles = (policy.Properties.Roles as { Ref?: string }[]).map((r) => r.Ref ?? "");
      const { Statement } = policy.Properties.PolicyDocument as { Statement: Statement[] };
      return Statement.map((statement) => ({ roles, statement }));
    }),
  );
}

export function roleOf(fn: Resource): string {
  return (fn.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
}

export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

/** What an `Fn::ImportValue` stands for: the exporting stack and the exported expression. */
export function resolveImport(s: Synthesis, value: unknown): { stack: StackName; value: unknown } {
  const name = (value as { "Fn::ImportValue"?: unknown } | null)?.["Fn::ImportValue"];
  if (typeof name !== "string") throw new Error(`not an import: ${JSON.stringify(value)}`);
  for (const [stack, template] of Object.entries(s.templates)) {
    for (const output of Object.values(template.toJSON().Outputs ?? {})) {
      const { Export, Value } = output as { Export?: { Name?: string }; Value: unknown };
      if (Export?.Name === name) return { stack: stack as StackName, value: Value };
    }
  }
  throw new Error(`no stack exports ${name}`);
}

export interface CacheBehavior {
  PathPattern?: string;
  TargetOriginId: string;
  ViewerProtocolPolicy: string;
  AllowedMethods?: string[];
  CachePolicyId?: string;
  OriginRequestPolicyId?: string;
  ResponseHeadersPolicyId?: string;
  FunctionAssociations?: { EventType: string; FunctionARN: unknown }[];
}

export interface DistributionConfig {
  Origins: { Id: string; DomainName: unknown; [key: string]: unknown }[];
  DefaultCacheBehavior: CacheBehavior;
  CacheBehaviors?: CacheBehavior[];
  CustomErrorResponses?: unknown[];
}

/** The config of the only CloudFront distribution in `template`. */
export function distributionConfig(template: Template): DistributionConfig {
  return only(template, "AWS::CloudFront::Distribution")[1].Properties
    .DistributionConfig as DistributionConfig;
}
