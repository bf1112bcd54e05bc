import type { OutgoingMail } from "../../schemas/mail";
import type { Db } from "../store/db";

export interface DispatchDeps {
  db: Db;
  send: (mail: OutgoingMail) => Promise<string>;
}

/** Sends the reminders that are due at `now`. Reminders do not exist yet, so nothing is due. */
export async function dispatchDue(_deps: DispatchDeps, _now: Date): Promise<{ sent: number }> {
  return { sent: 0 };
}
