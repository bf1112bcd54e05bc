/** Only stages named "dev" or "dev-<something>" are disposable. Every other stage (prod, staging,
 * personal stages, typos) keeps its data, because losing a table by accident is not undoable. */
export function isDevStage(stage: string): boolean {
  return stage === "dev" || stage.startsWith("dev-");
}

/** The sender address must be an SES-verified identity, which differs per account, so it is
 * chosen at deploy time. */
export function mailFrom(): string {
  return process.env.MAIL_FROM || "no-reply@example.com";
}
