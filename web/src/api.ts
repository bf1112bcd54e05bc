import { hc } from "hono/client";
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

export interface ApiProblem {
  code: string;
  message: string;
  details?: { problems?: string[] };
}

/** Reads a JSON response, turning an error body into a thrown ApiError with its message. */
export async function readJson<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = (body as { error?: ApiProblem } | undefined)?.error;
    throw new ApiError(
      problem?.code ?? `http.${response.status}`,
      problem?.message ?? (response.statusText || `The server answered ${response.status}.`),
      problem?.details?.problems ?? [],
    );
  }
  return body as T;
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** For `request.invalid`: one line per problem, each `field.path: message`. */
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** A thrown value as a sentence to show the user. */
export const messageOf = (error: unknown) =>
  error instanceof Error && error.message
    ? error.message
    : "Something went wrong. Check your connection and try again.";
