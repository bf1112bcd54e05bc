/** Key builders. Every partition key starts from the signed-in user's id, so a request can only
 * ever reach its own user's items. */
export const keys = {
  user: (userId: string) => `USER#${userId}`,
  conferenceListEntry: (confId: string) => `CONF#${confId}`,
  conferencePartition: (userId: string, confId: string) => `CONF#${userId}#${confId}`,
};
