/**
 * A small in-process cache for answers to broad searches (an empty query, a common word): those
 * count facets over most of the index and cost tens of milliseconds, while they change only when a
 * listing does. The engine clears it on every write it makes, so in one process an answer is never
 * stale; another API process writing to the same database is seen after at most TTL_MS.
 */
export class ResultCache<T> {
  /** Answers with fewer matches are cheap to compute and not worth keeping. */
  static readonly MIN_TOTAL = 2000;
  static readonly TTL_MS = 10_000;
  static readonly MAX_ENTRIES = 500;

  private readonly entries = new Map<string, { value: T; expires: number }>();
  private generation = 0;

  /** Take before computing an answer; `set` ignores the answer if a write cleared the cache meanwhile. */
  get version(): number {
    return this.generation;
  }

  get(key: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: T, version: number, now = Date.now()): void {
    if (version !== this.generation) return;
    if (this.entries.size >= ResultCache.MAX_ENTRIES) {
      // Oldest first: Map keeps insertion order.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expires: now + ResultCache.TTL_MS });
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
