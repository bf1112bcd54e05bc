import { type ClientResponse, hc } from "hono/client";
import type { AppType } from "../../functions/http/app";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

let onUnauthenticated: () => void = () => {};

/** Called whenever the API answers 401: the session is gone, so the app returns to sign-in. */
export function whenUnauthenticated(handler: () => void) {
  onUnauthenticated = handler;
}

/** Every call goes through here. The server refuses state-changing requests that are not JSON
 * (its guard against cross-site forms), so a POST or DELETE without a body still sends `{}`
 * as JSON. A 401 from any call ends the signed-in state. */
export const apiFetch: typeof fetch = async (input, init = {}) => {
  const method = (init.method ?? "GET").toUpperCase();
  let request = init;
  if (!safeMethods.has(method)) {
    const headers = new Headers(init.headers);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    request = { ...init, headers, body: init.body ?? "{}" };
  }
  const response = await fetch(input, { credentials: "same-origin", ...request }).catch(() => {
    throw new Error("Rapport could not reach the server. Check your connection and try again.");
  });
  if (response.status === 401) onUnauthenticated();
  return response;
};

/** The API is on the app's own origin, locally and in AWS (CloudFront routes /api/*). */
export const api = hc<AppType>("/", { fetch: apiFetch });

/** What `succeeded` reads of an answer: a typed client's, or a plain `fetch`'s. */
type Answer = Pick<Response, "ok" | "status" | "statusText" | "json">;

/** The JSON body of a route's answer, as the route's own code types it. */
export type JsonBody<R> = R extends ClientResponse<infer T, number, "json"> ? T : never;

/** The answer, once it is a success. Otherwise the server's error body
 * (`{error: {code, message, details: {problems}}}`, written by the API's one error handler, so
 * no route declares it) is thrown as an ApiError with its message. */
export async function succeeded<R extends Answer>(call: R | Promise<R>) {
  const response = await call;
  if (response.ok) return response;
  const body = await response.json().catch(() => undefined);
  const problem = (body as { error?: ApiProblem } | undefined)?.error;
  throw new ApiError(
    problem?.code ?? `http.${response.status}`,
    problem?.message ?? (response.statusText || `The server answered ${response.status}.`),
    problem?.details?.problems ?? [],
    problem?.details,
  );
}

/** The JSON body of a successful answer, typed by the route that sent it: a change to a route's
 * answer that the app does not expect fails the type check. */
export async function readBody<R extends ClientResponse<unknown, number, "json">>(
  call: R | Promise<R>,
): Promise<JsonBody<R>> {
  return (await succeeded(call)).json() as Promise<JsonBody<R>>;
}

interface ApiProblem {
  code: string;
  message: string;
  details?: { problems?: string[] } & Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** For `request.invalid`: one line per problem, each `field.path: message`. */
    readonly problems: string[] = [],
    /** What the error carries besides its message, as the server sent it (a conflict's current
     * version, say). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** A thrown value as a sentence to show the user. */
export const messageOf = (error: unknown) =>
  error instanceof Error && error.message
    ? error.message
    : "Something went wrong. Check your connection and try again.";
