import { hc } from "hono/client";
import type { AppType } from "../../functions/http/app";

/** Where the API lives: same origin locally, the deployed API's URL in AWS. */
const base = import.meta.env.VITE_API_URL ?? "/";

export const api = hc<AppType>(base);

export interface ApiProblem {
  code: string;
  message: string;
}

/** Reads a JSON response, turning an error body into a thrown ApiError with its message. */
export async function readJson<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = (body as { error?: ApiProblem } | undefined)?.error;
    throw new ApiError(
      problem?.code ?? `http.${response.status}`,
      problem?.message ?? response.statusText,
    );
  }
  return body as T;
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
