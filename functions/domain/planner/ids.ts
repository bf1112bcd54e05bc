import { sha256 } from "../secrets";
import type { MailDraft } from "./draft";

// 22 base64url characters (132 bits): safe in a sort key, and far from any two reminders of a
// user sharing an id.
const hashId = (text: string) => sha256(text).slice(0, 22);

/** The id of a wanted reminder: a hash of its kind and slot, so that planning twice gives the
 * same ids. A slot whose mail was cancelled by an earlier plan and is wanted again takes the
 * next id of a chain (a hash of the first id and a count), since a cancelled id is never
 * reused. */
export function mailId(
  draft: Pick<MailDraft, "kind" | "slot">,
  statusOf: (id: string) => string | undefined,
): string {
  const first = hashId([draft.kind, ...draft.slot].join("\n"));
  let id = first;
  for (let n = 1; statusOf(id) === "cancelled"; n++) id = hashId(`${first}\n${n}`);
  return id;
}
