/** Every key of the table is built here and nowhere else. Every partition a signed-in request
 * touches starts from the user's id, so a request can only ever reach its own user's items. */

const pad = (n: number) => String(n).padStart(5, "0");

export const keys = {
  user: (userId: string) => `USER#${userId}`,
  profile: "PROFILE",
  session: (idHash: string) => `SESSION#${idHash}`,
  sessionPrefix: "SESSION#",
  conferenceListEntry: (confId: string) => `CONF#${confId}`,
  conferenceListPrefix: "CONF#",
  conferencePartition: (userId: string, confId: string) => `CONF#${userId}#${confId}`,
  savingMark: (requestHash: string) => `SAVING#${requestHash}`,
  email: (normalizedEmail: string) => `EMAIL#${normalizedEmail}`,
  emailSort: "EMAIL",
  /** Sign-in tokens and the per-address rate limit share the address's partition, keyed by a hash
   * of the address, so deleting an account can find and remove them with one Query. */
  login: (addressKey: string) => `LOGIN#${addressKey}`,
  loginToken: (tokenHash: string) => `TOKEN#${tokenHash}`,
  loginRate: "RATE",
  ipRate: (ip: string, window: string) => `RATEIP#${ip}#${window}`,
  contact: (contactId: string) => `CONTACT#${contactId}`,
  contactPrefix: "CONTACT#",
  /** A contact's log entries sort under it, so one Query reads its whole timeline. */
  interaction: (contactId: string, interactionId: string) => `LOG#${contactId}#${interactionId}`,
  interactionPrefix: (contactId: string) => `LOG#${contactId}#`,
  allInteractionsPrefix: "LOG#",
  /** A day-of change already applied, by the key the phone chose for it. */
  change: (changeKey: string) => `CHANGE#${changeKey}`,
  dismissed: (confId: string, personId: string) => `DISMISSED#${confId}#${personId}`,
  dismissedPrefix: (confId: string) => `DISMISSED#${confId}#`,
  /** The calendar feed's token hash, outside every user partition so a feed request without a
   * session can find its user; the user's partition remembers it for turning it off. */
  feed: (tokenHash: string) => `FEED#${tokenHash}`,
  feedSort: "FEED",
  userFeed: "CALENDAR-FEED",
  mail: (mailId: string) => `MAIL#${mailId}`,
  mailPrefix: "MAIL#",
  /** The user's mail problem (a bounce or complaint) and when they last cleared one. */
  mailProblem: "MAIL-PROBLEM",
  /** The dispatcher's one item of its own: the first hour it has not finished with. */
  dispatchCursor: { pk: "DISPATCH", sk: "CURSOR" },
  signingKey: { pk: "CONFIG", sk: "SIGNING-KEY" },
};

/** Sort keys inside a conference's partition: its summary and warnings, then its program in
 * JSON chunks (sessions ordered by their first start). */
export const conferenceKeys = {
  meta: "META",
  people: (n: number) => `PEOPLE#${pad(n)}`,
  peoplePrefix: "PEOPLE#",
  sessions: (firstStart: string, n: number) => `SESSIONS#${firstStart}#${pad(n)}`,
  isPeople: (sk: string) => sk.startsWith(conferenceKeys.peoplePrefix),
  isSessions: (sk: string) => sk.startsWith("SESSIONS#"),
};

/** The conference id of a list entry's sort key. */
export const conferenceIdOf = (listEntrySk: string) =>
  listEntrySk.slice(keys.conferenceListPrefix.length);

export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** A position in the table, for the domain an opaque string: it carries no partition the
 * client could choose, only what the store itself rebuilds from the user. */
export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string): string[] | undefined {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(parts) && parts.every((p) => typeof p === "string" && p.length <= 300)
      ? parts
      : undefined;
  } catch {
    return undefined;
  }
}
