/** DynamoDB items hold at most 400 KB; chunks stay well under that, counting UTF-8 bytes. */
export const maxChunkBytes = 300_000;

/** Packs items into JSON arrays of at most `maxBytes` each, in order. One item larger than the
 * limit gets a chunk of its own (the caller rejects it). */
export function packJson<T>(
  items: readonly T[],
  maxBytes = maxChunkBytes,
): { first: T; json: string }[] {
  const chunks: { first: T; json: string }[] = [];
  let parts: string[] = [];
  let bytes = 2;
  let first: T | undefined;
  for (const item of items) {
    const json = JSON.stringify(item);
    const size = Buffer.byteLength(json) + 1;
    if (parts.length > 0 && bytes + size > maxBytes) {
      chunks.push({ first: first as T, json: `[${parts.join(",")}]` });
      parts = [];
      bytes = 2;
    }
    if (parts.length === 0) first = item;
    parts.push(json);
    bytes += size;
  }
  if (parts.length > 0) chunks.push({ first: first as T, json: `[${parts.join(",")}]` });
  return chunks;
}
