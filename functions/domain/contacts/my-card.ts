import ICAL from "ical.js";
import type { Profile } from "../../../schemas/profile";
import { splitName } from "./names";
import { structured } from "./vcard";

/** The user's own card as vCard 4.0, for the QR code on the card page and its download: the
 * name with credentials, position, institution, sign-in address and LinkedIn. */
export function myCardText(profile: Profile): string {
  const card = new ICAL.Component("vcard");
  // RFC 6350 wants VERSION first; ical.js reads a card as 3.0 otherwise.
  card.addPropertyWithValue("version", "4.0");
  card.addPropertyWithValue("kind", "individual");
  const credentials = profile.credentials.join(", ");
  card.addPropertyWithValue("fn", credentials ? `${profile.name}, ${credentials}` : profile.name);
  const { given, family } = splitName(profile.name);
  structured(card, "n", [[family], [given], [], [], profile.credentials]);
  if (profile.position) card.addPropertyWithValue("title", profile.position);
  if (profile.institution) structured(card, "org", [profile.institution]);
  if (profile.email) card.addPropertyWithValue("email", profile.email);
  if (profile.linkedinUrl) card.addPropertyWithValue("url", profile.linkedinUrl);
  return `${card.toString()}\r\n`;
}
