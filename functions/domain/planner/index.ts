export { diffPlan, type ExistingMail, type PlanDiff } from "./diff";
export { type PlanInput, planMail } from "./plan";
