import type { AppDeps } from "../http/deps";

/** What hono/aws-lambda passes as the context's env. */
type LambdaEnv = { requestContext?: { http?: { sourceIp?: string } } };

import { createSesMailer } from "../mail/ses";
import { createDb } from "../store/db";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`The Lambda environment lacks ${name}.`);
  return value;
}

/** Dependencies in AWS: region and credentials come from the Lambda environment. */
export function awsDeps(): AppDeps {
  const mailFrom = required("MAIL_FROM");
  return {
    mode: "aws",
    db: createDb(required("TABLE_NAME")),
    mailer: createSesMailer(mailFrom),
    mailProbe: async () => {
      const sdk = await import("@aws-sdk/client-sesv2");
      const account = await new sdk.SESv2Client({}).send(new sdk.GetAccountCommand({}));
      if (!account.SendingEnabled) throw new Error("SES sending is paused for this account");
    },
    now: () => new Date(),
    appUrl: required("APP_URL"),
    // Behind CloudFront the API Gateway sees CloudFront's address. CloudFront appends the viewer's
    // address to X-Forwarded-For, so the last entry is the one a client cannot forge.
    clientIp: (c) =>
      c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim() ||
      (c.env as LambdaEnv | undefined)?.requestContext?.http?.sourceIp ||
      "unknown",
  };
}
