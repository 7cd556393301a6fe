/**
 * A least-recently-used map with a fixed number of entries: memoises work keyed by a
 * normalised scenario without letting a stream of new scenarios grow memory without bound.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly maxEntries: number) {
    if (!(maxEntries >= 1)) throw new Error(`maxEntries must be at least 1 (got ${maxEntries})`);
  }

  get size(): number {
    return this.entries.size;
  }

  getOrSet(key: string, compute: () => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as V;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute();
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
