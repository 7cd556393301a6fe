/**
 * Rendered pages kept in memory by normalised scenario, so that a page that many people
 * open with the same settings is drawn once. Bounded by total size; the least recently
 * used pages go first.
 *
 * Pages are kept uncompressed: Next compresses each response itself as it sends it, and
 * drops any Content-Encoding set here, so stored gzip or brotli forms could not be used.
 */
export type CachedPage = {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
};

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page === undefined) return undefined;
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** Stores a page; a page larger than the whole cache is not stored. */
  set(key: string, status: number, headers: [string, string][], body: Uint8Array<ArrayBuffer>): CachedPage {
    const page: CachedPage = { status, headers, body };
    const size = body.byteLength;
    if (size > this.maxBytes) return page;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += size;
    while (this.bytes > this.maxBytes) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return page;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (page === undefined) return;
    this.bytes -= page.body.byteLength;
    this.pages.delete(key);
  }
}
