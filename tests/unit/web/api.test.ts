import { hc } from "hono/client";
import { describe, expect, it } from "vitest";
import type { AppType } from "../../../functions/http/app";
import { errorBody } from "../../../functions/http/errors";
import { ApiError, readBody, succeeded } from "../../../web/src/api";

/** A client whose every call gets `answer`, as the server would send it. */
const answering = (answer: () => Response) =>
  hc<AppType>("http://rapport.test", { fetch: async () => answer() });

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("readBody", () => {
  it("returns the body of a success", async () => {
    const api = answering(() => json({ conferences: [] }, 200));
    expect(await readBody(api.api.conferences.$get())).toEqual({ conferences: [] });
  });

  it("throws the server's error with its code, message and problems", async () => {
    const body = errorBody("request.invalid", "email: Enter a valid email address", {
      problems: ["email: Enter a valid email address"],
    });
    const api = answering(() => json(body, 400));
    const error = (await failureOf(
      readBody(api.api.auth["sign-in"].$post({ json: { email: "x" } })),
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.message, error.problems]).toEqual([
      "request.invalid",
      "email: Enter a valid email address",
      ["email: Enter a valid email address"],
    ]);
  });

  it("keeps an error without problems to its code and message", async () => {
    const api = answering(() =>
      json(errorBody("conference.not_found", "There is no such conference."), 404),
    );
    const error = (await failureOf(
      readBody(api.api.conferences[":id"].$get({ param: { id: "c1" }, query: {} })),
    )) as ApiError;
    expect([error.code, error.message, error.problems]).toEqual([
      "conference.not_found",
      "There is no such conference.",
      [],
    ]);
  });

  it("names the status when the error body is not the API's (a proxy's page, say)", async () => {
    const api = answering(
      () => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }),
    );
    const error = (await failureOf(readBody(api.api.health.$get()))) as ApiError;
    expect([error.code, error.message, error.problems]).toEqual(["http.502", "Bad Gateway", []]);
  });
});

describe("succeeded", () => {
  it("hands a success on unread, for answers that are files or empty", async () => {
    const api = answering(() => new Response("Name,Affiliation\r\n", { status: 200 }));
    const response = await succeeded(api.api.me.export["contact-log.csv"].$get());
    expect(await response.text()).toBe("Name,Affiliation\r\n");
  });

  it("throws the server's error for those answers too", async () => {
    const api = answering(() =>
      json(errorBody("auth.unauthenticated", "Sign in to continue."), 401),
    );
    const error = (await failureOf(
      succeeded(api.api.conferences[":id"].$delete({ param: { id: "c1" } })),
    )) as ApiError;
    expect([error.code, error.message]).toEqual(["auth.unauthenticated", "Sign in to continue."]);
  });
});
