import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError } from "../domain/errors";

/** The last segment of a domain error code decides the status, so a new code needs no edit here. */
const statusBySuffix: Record<string, ContentfulStatusCode> = {
  not_found: 404,
  too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function onError(error: Error, c: Context) {
  if (error instanceof DomainError) {
    const suffix = error.code.slice(error.code.lastIndexOf(".") + 1);
    const status = statusBySuffix[suffix] ?? 400;
    if (status === 429) c.header("Retry-After", String(error.retryAfterSeconds ?? 60));
    // The rest of a body too large to read is never read, so the connection cannot carry
    // another request.
    if (status === 413) c.header("Connection", "close");
    return c.json(errorBody(error.code, error.message, error.details), status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json(errorBody(`http.${status}`, error.message || "The request was refused."), status);
  }
  const known = serviceFailure(error);
  if (known) return onError(known, c);
  console.error("unhandled error", error);
  return c.json(errorBody("internal", "Something went wrong on our side. Try again."), 500);
}

export function notFound(c: Context) {
  return c.json(errorBody("route.not_found", `There is no ${c.req.method} ${c.req.path}.`), 404);
}

/** Failures of the services behind the API, by the AWS SDK's error names (the same locally,
 * where dynalite and the local SES answer in AWS's words), as answers a user can act on. */
function serviceFailure(error: Error): DomainError | undefined {
  switch (error.name) {
    case "ProvisionedThroughputExceededException":
    case "ThrottlingException":
    case "RequestLimitExceeded":
    case "Throttling":
      return new DomainError(
        "service.rate_limited",
        "Rapport is busy right now. Try again in a few seconds.",
        undefined,
        5,
      );
    case "ConditionalCheckFailedException":
    case "TransactionConflictException":
      return new DomainError(
        "service.conflict",
        "This changed at the same time somewhere else. Load it again, then repeat the change.",
      );
    case "ItemCollectionSizeLimitExceededException":
      return new DomainError("service.too_large", "Your account has reached its storage limit.");
    case "MessageRejected":
    case "MailFromDomainNotVerifiedException":
    case "AccountSendingPausedException":
      return new DomainError(
        "mail.unavailable",
        "Rapport cannot send email right now. Try again later.",
      );
  }
  if (error.name === "ValidationException" && /item size/i.test(error.message)) {
    return new DomainError(
      "service.too_large",
      "This is too large to store. Shorten it and try again.",
    );
  }
  // The database or mail service is not answering at all.
  const code =
    (error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code;
  if (code === "ECONNREFUSED" || code === "ECONNRESET" || code === "ETIMEDOUT") {
    return new DomainError(
      "service.unavailable",
      "Rapport cannot reach its database or mail service right now. Try again in a minute.",
    );
  }
  return undefined;
}
