import { currentProfile } from "./auth";
import { browserTimeZone } from "./format";

/** The zone reminders are timed and shown in: the user's own, from their profile; the browser's
 * while no one is signed in. */
export const myTimeZone = () => currentProfile()?.timeZone ?? browserTimeZone();
