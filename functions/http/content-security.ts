import type { secureHeaders } from "hono/secure-headers";

type CspOptions = NonNullable<
  NonNullable<Parameters<typeof secureHeaders>[0]>["contentSecurityPolicy"]
>;
type Directives = Partial<Record<keyof CspOptions, string[]>>;

/** The web app's pages. Vite's build loads one script and one stylesheet from the site itself and
 * inlines neither; the app styles elements through the CSSOM, never through style attributes. The
 * dev mailbox shows mail HTML in a sandboxed srcdoc frame, which inherits this policy: mail there
 * renders without remote images or inline styles, as a strict mail client would show it. */
export const pageDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  // The offline service worker and the install manifest, both from the site itself.
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} satisfies Directives;

/** API answers are JSON and never a document, so they may load nothing and sit in no frame. */
export const apiDirectives = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
} satisfies Directives;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The header text, as Hono's secureHeaders writes it; CloudFront needs it as one string. */
export function policyText(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [kebab(name), ...(values ?? [])].join(" "))
    .join("; ");
}

export const pagePolicy = policyText(pageDirectives);
export const apiPolicy = policyText(apiDirectives);
