import { DomainError } from "../domain/errors";
import type { AppDeps } from "../http/deps";
import { createSesMailer, type Mailer } from "../mail/ses";
import { createDb } from "../store/db";
import { required } from "./env";
import { viewerIp } from "./viewer-address";

/** What hono/aws-lambda passes as the context's env. */
type LambdaEnv = { requestContext?: { http?: { sourceIp?: string } } };

/** Only a dev stage deploys without a sender (infra/stage.ts); it sends nothing rather than send
 * from an address nobody verified. */
const noSender: Mailer = {
  send: async () => {
    throw new DomainError(
      "mail.unavailable",
      "This deployment has no sender address (MAIL_FROM), so it cannot send mail.",
    );
  },
};

/** Dependencies in AWS: region and credentials come from the Lambda environment. */
export function awsDeps(): AppDeps {
  const mailFrom = process.env.MAIL_FROM;
  return {
    mode: "aws",
    db: createDb(required("TABLE_NAME")),
    mailer: mailFrom
      ? createSesMailer(mailFrom, {}, undefined, process.env.MAIL_CONFIGURATION_SET)
      : noSender,
    mailProbe: async () => {
      if (!mailFrom) throw new Error("no sender address is configured");
      const sdk = await import("@aws-sdk/client-sesv2");
      const account = await new sdk.SESv2Client({}).send(new sdk.GetAccountCommand({}));
      if (!account.SendingEnabled) throw new Error("SES sending is paused for this account");
    },
    now: () => new Date(),
    appUrl: required("APP_URL"),
    // CloudFront writes CloudFront-Viewer-Address itself from the connection it accepted, and the
    // origin secret proves the request came through CloudFront. X-Forwarded-For is no good: its
    // entries before the last are whatever the client wrote, and the last is the hop that
    // connected to API Gateway, a CloudFront server. Without the header (an origin request policy
    // that drops it) every client would share CloudFront's address: stricter limits, never looser.
    clientIp: (c) =>
      viewerIp(c.req.header("cloudfront-viewer-address")) ??
      (c.env as LambdaEnv | undefined)?.requestContext?.http?.sourceIp ??
      "unknown",
  };
}

/** The API also refuses every request that did not come through CloudFront. */
export function apiDeps(): AppDeps {
  return { ...awsDeps(), originSecret: required("ORIGIN_SECRET") };
}
