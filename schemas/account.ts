import * as v from "valibot";
import { emailAddress } from "./text";

export const emailSchema = emailAddress("Enter a valid email address, like name@hospital.org.");

/** Addresses are matched case-insensitively; the local part's case is kept nowhere else. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const signInRequestSchema = v.strictObject({ email: emailSchema });

/** The token in a sign-in link: `<address key>.<secret>`, both base64url. */
export const signInTokenSchema = v.pipe(
  v.string(),
  v.regex(
    /^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/,
    "This sign-in link is not complete. Open it again from the email.",
  ),
);
export const confirmSignInSchema = v.strictObject({ token: signInTokenSchema });

export const deleteAccountSchema = v.strictObject({
  confirmEmail: emailSchema,
});

export type SignInRequest = v.InferOutput<typeof signInRequestSchema>;

/** Where the next page of an account export starts; the server hands it out with each page. */
export const exportPageQuerySchema = v.strictObject({
  after: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,2000}$/, "Not a place in an export")),
  ),
});
