/** The answer of a conditional write: its result, or that its condition did not hold. */
export type Conditional<T> = { held: true; value: T } | { held: false };

/** Runs one conditional write. A refused condition is an answer, not an error: it becomes
 * `{ held: false }`; every other failure passes through. */
export async function conditionally<T>(write: () => Promise<T>): Promise<Conditional<T>> {
  try {
    return { held: true, value: await write() };
  } catch (error) {
    if ((error as { name?: string } | null)?.name === "ConditionalCheckFailedException") {
      return { held: false };
    }
    throw error;
  }
}

/** Whether a conditional write's condition held. */
export const held = async (write: () => Promise<unknown>): Promise<boolean> =>
  (await conditionally(write)).held;
