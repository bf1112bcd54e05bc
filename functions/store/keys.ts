/** Key builders. Every partition a signed-in request touches starts from the user's id, so a
 * request can only ever reach its own user's items. */
export const keys = {
  user: (userId: string) => `USER#${userId}`,
  profile: "PROFILE",
  session: (idHash: string) => `SESSION#${idHash}`,
  conferenceListEntry: (confId: string) => `CONF#${confId}`,
  conferencePartition: (userId: string, confId: string) => `CONF#${userId}#${confId}`,
  savingMark: (requestHash: string) => `SAVING#${requestHash}`,
  email: (normalizedEmail: string) => `EMAIL#${normalizedEmail}`,
  /** Sign-in tokens and the per-address rate limit share the address's partition, keyed by a hash
   * of the address, so deleting an account can find and remove them with one Query. */
  login: (addressKey: string) => `LOGIN#${addressKey}`,
  loginToken: (tokenHash: string) => `TOKEN#${tokenHash}`,
  loginRate: "RATE",
  ipRate: (ip: string, window: string) => `RATEIP#${ip}#${window}`,
};

export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
