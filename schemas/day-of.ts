import * as v from "valibot";
import { contactLimits } from "./contact";
import { line, multiline } from "./text";

/** A change made on the day page carries a key the phone chose. A change sent again with the
 * same key (a retry after a lost answer, or a queue sent twice) is applied once. */
export const changeKeySchema = v.pipe(
  v.string("Send the change's key."),
  v.regex(/^[A-Za-z0-9_-]{8,64}$/, "The change key is 8 to 64 letters, digits, - or _."),
);

const instant = v.pipe(
  v.string(),
  v.isoTimestamp("Give the time as an ISO date and time, such as 2027-04-15T10:30:00Z."),
);

/** A person met outside any session: typed (a name at least) or a pasted card; either way the
 * contact is added with "met" logged. */
export const quickAddSchema = v.pipe(
  v.strictObject({
    key: changeKeySchema,
    conferenceId: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a conference id")),
    ),
    name: v.optional(line(200, "The name")),
    institution: v.optional(line(contactLimits.field, "The institution")),
    note: v.optional(multiline(contactLimits.note, "The note")),
    vcard: v.optional(
      v.pipe(v.string(), v.maxLength(20_000, "The card is longer than 20,000 characters.")),
    ),
    place: v.optional(line(200, "The place")),
    at: v.optional(instant),
  }),
  v.forward(
    v.check(
      (input) => Boolean(input.name) || Boolean(input.vcard?.trim()),
      "Give the person's name, or paste their card.",
    ),
    ["name"],
  ),
);
export type QuickAdd = v.InferOutput<typeof quickAddSchema>;

/** The contact's note as the phone last saw it (`base`) and as the user left it (`notes`): when
 * the note was changed elsewhere meanwhile, both texts are kept. */
export const noteChangeSchema = v.strictObject({
  key: changeKeySchema,
  base: v.string(),
  notes: multiline(contactLimits.notes, "The notes"),
});
export type NoteChange = v.InferOutput<typeof noteChangeSchema>;
