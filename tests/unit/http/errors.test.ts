import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { onError } from "../../../functions/http/errors";

/** An error as the AWS SDK raises it: identified by its name. */
const serviceError = (name: string, message = name) => Object.assign(new Error(message), { name });

function answer(error: Error) {
  const app = new Hono().get("/", () => {
    throw error;
  });
  app.onError(onError);
  return app.request("/");
}

describe("errors of the services behind the API", () => {
  it.each([
    ["ProvisionedThroughputExceededException", 429, "service.rate_limited", "5"],
    ["ThrottlingException", 429, "service.rate_limited", "5"],
    ["ConditionalCheckFailedException", 409, "service.conflict", null],
    ["ItemCollectionSizeLimitExceededException", 413, "service.too_large", null],
    ["MessageRejected", 503, "mail.unavailable", null],
  ])("maps %s to %i", async (name, status, code, retryAfter) => {
    const res = await answer(serviceError(name));
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(res.headers.get("retry-after")).toBe(retryAfter);
  });

  it("maps an item over DynamoDB's size limit to 413 and anything unknown to a plain 500", async () => {
    const tooLarge = await answer(
      serviceError("ValidationException", "Item size has exceeded the maximum allowed size"),
    );
    expect([tooLarge.status, tooLarge.headers.get("connection")]).toEqual([413, "close"]);
    const other = await answer(
      serviceError("ValidationException", "One or more parameter values were invalid"),
    );
    expect(other.status).toBe(500);
    expect(await other.json()).toEqual({
      error: { code: "internal", message: "Something went wrong on our side. Try again." },
    });
  });
});
