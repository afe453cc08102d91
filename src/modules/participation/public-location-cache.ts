// SPDX-License-Identifier: EUPL-1.2
/**
 * A short-lived cache of what the public location page shows, per location. A page may be at most
 * `ttlMs` old (default 500 ms; the runtime uses 800 ms), and a write in this process (announcement, moderation, answer,
 * settings) drops the location's entry at once, so a new announcement or published answer shows
 * within one second even with several server processes. Stale entries are refreshed on demand.
 */

export type PageCache<T> = {
  /** The cached value, or `load()`'s result (one load at a time per key). */
  get: (key: string, load: () => Promise<T>) => Promise<T>;
  /** Forgets one location's entries (all languages). */
  invalidate: (locationId: string) => void;
};

type Entry<T> = { expires: number; value: Promise<T> };

/** Upper bound on entries, so requests for many made-up ids cannot exhaust memory. */
const maxEntries = 10_000;

export function createPageCache<T>(options: { ttlMs?: number; now?: () => number } = {}): PageCache<T> {
  const ttlMs = options.ttlMs ?? 500;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<T>>();
  return {
    get: (key, load) => {
      const at = now();
      const entry = entries.get(key);
      if (entry && entry.expires > at) {
        return entry.value;
      }
      if (entries.size >= maxEntries) {
        entries.clear();
      }
      const value = load();
      entries.set(key, { expires: at + ttlMs, value });
      // A failed load is not remembered: the next request tries again.
      value.catch(() => entries.delete(key));
      return value;
    },
    invalidate: (locationId) => {
      for (const key of entries.keys()) {
        if (key.startsWith(locationId)) {
          entries.delete(key);
        }
      }
    },
  };
}
