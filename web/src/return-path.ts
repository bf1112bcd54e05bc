/** Only a path inside this app may be returned to after sign-in, never another site
 * ("//evil.example") or the sign-in pages themselves. Kept apart from the form helpers, which
 * bring the validation library: every page loads this with the sign-in state. */
export function safeReturnPath(path: unknown): string {
  if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) return "/";
  if (path.includes("\\") || /^\/sign-in(\/|$|\?|#)/.test(path)) return "/";
  return path;
}
