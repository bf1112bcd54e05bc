const caches: Map<unknown, unknown>[] = [];

/** A cache that lives for one import: registered here and emptied by clearImportCaches, so a
 * long-lived server neither grows nor carries one user's names into another user's import. */
export function importCache<K, V>(): Map<K, V> {
  const cache = new Map<K, V>();
  caches.push(cache as Map<unknown, unknown>);
  return cache;
}

/** Empties every import-scoped cache; the importer calls it when an import ends. */
export function clearImportCaches(): void {
  for (const cache of caches) cache.clear();
}

/** A bounded string-keyed cache: programs repeat the same times, names and cells thousands of
 * times, and the parsers behind them cost far more than a Map lookup. Lives for one import. */
export function memo<T>(fn: (key: string) => T, max = 50_000): (key: string) => T {
  const cache = importCache<string, T>();
  return (key: string) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}
