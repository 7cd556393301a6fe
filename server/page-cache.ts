/**
 * The one cache of finished pages in the process: each scenario's page is rendered once and
 * kept here with a strong ETag, bounded by total bytes; the least recently used pages go first.
 * Its counters feed /healthz.
 *
 * Pages are kept uncompressed: Next's server drops the Content-Encoding header of a response
 * made in the proxy (next-server.js, "the body may have been transparently decoded") and
 * compresses what goes out itself, so bytes compressed here could not be sent as such. Under
 * `npm run start:prod`, nginx in front compresses each page once and keeps it (deploy/nginx.conf).
 */
import { etagOf } from './http-cache';

export type CachedPage = {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  etag: string;
};

/** A page with its tag, ready to be stored or sent. */
export function finishedPage(status: number, headers: [string, string][], body: Uint8Array<ArrayBuffer>, version = ''): CachedPage {
  return { status, headers, body, etag: etagOf(body, version) };
}
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    readonly maxBytes: number,
    private readonly version = '',
  ) {}

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** Stores a page; a page larger than the whole cache is returned but not stored. */
  set(key: string, status: number, headers: [string, string][], body: Uint8Array<ArrayBuffer>): CachedPage {
    const page = finishedPage(status, headers, body, this.version);
    const size = page.body.byteLength;
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
