/** The note to keep when `mine` was written from `base` and the stored note is `current`. A
 * note changed on both sides keeps both texts, the stored one first; a text one side already
 * holds is not repeated. */
export function mergeNotes(current: string, base: string, mine: string): string {
  if (current === base || current === "") return mine;
  if (mine === base || mine === "" || current.includes(mine)) return current;
  if (mine.includes(current)) return mine;
  return `${current}\n\n${mine}`;
}
