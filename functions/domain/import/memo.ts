/** A bounded string-keyed cache: programs repeat the same times, names and cells thousands of
 * times, and the parsers behind them cost far more than a Map lookup. */
export function memo<T>(fn: (key: string) => T, max = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
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
