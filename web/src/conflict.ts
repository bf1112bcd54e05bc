import * as v from "valibot";
import { type Contact, contactSchema } from "../../schemas/contact";
import { ApiError } from "./api";

export interface Conflict {
  /** The contact as it is now on the server. */
  current: Contact;
  /** The fields of the refused edit that differ from `current`. */
  changed: string[];
}

/** What a refused edit (409 `contact.conflict`) says about the contact as it is now; undefined
 * for any other error. */
export function conflictOf(error: unknown): Conflict | undefined {
  if (!(error instanceof ApiError) || error.code !== "contact.conflict") return undefined;
  const current = error.details?.current;
  const changed = error.details?.changed;
  if (!v.is(contactSchema, current) || !Array.isArray(changed)) return undefined;
  return { current, changed: changed.filter((c): c is string => typeof c === "string") };
}

export const conflictCurrent = (error: unknown) => conflictOf(error)?.current;
