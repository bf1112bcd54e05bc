/** An error a user can act on. `code` is stable (`conference.not_found`); the HTTP layer maps it
 * to a status, and `message` is shown to the user as is. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** For a refusal that passes with time (`*.rate_limited`): when to try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
