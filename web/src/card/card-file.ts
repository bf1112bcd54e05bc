import { apiFetch, succeeded } from "../api";

/** The user's own card as a vCard file, as the server serves it. */
export const cardPath = "/api/me/card.vcf";

/** The card file's text. Read online, it is also kept for offline use (the service worker keeps
 * the answer), so asking for it from the day page makes the card open with no network. */
export const fetchCard = async () => (await succeeded(apiFetch(cardPath))).text();
