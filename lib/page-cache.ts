/**
 * Rendered pages kept in memory by normalised scenario, as bytes and as gzip, so that a
 * page that many people open with the same settings is drawn once. Bounded by total
 * size; the least recently used pages go first.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type CachedPage = {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  brotli: Uint8Array<ArrayBuffer>;
};

export type Encoding = 'br' | 'gzip' | 'identity';

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

  /** Stores a page (compressing it once); a page larger than the whole cache is not stored. */
  set(key: string, status: number, headers: [string, string][], body: Uint8Array<ArrayBuffer>): CachedPage {
    const page: CachedPage = {
      status,
      headers,
      body,
      gzip: new Uint8Array(gzipSync(body)),
      brotli: new Uint8Array(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 7 } })),
    };
    const size = sizeOf(page);
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
    this.bytes -= sizeOf(page);
    this.pages.delete(key);
  }
}

function sizeOf(page: CachedPage): number {
  return page.body.byteLength + page.gzip.byteLength + page.brotli.byteLength;
}

/** The best encoding a client accepts: brotli, then gzip, else none. */
export function chooseEncoding(acceptEncoding: string | null): Encoding {
  if (acceptEncoding === null) return 'identity';
  const accepted = (name: string) =>
    new RegExp(`(^|,)\\s*${name}\\s*(;\\s*q=(?!0(\\.0*)?\\s*(,|$))[0-9.]+)?\\s*(,|$)`, 'i').test(acceptEncoding);
  if (accepted('br')) return 'br';
  if (accepted('gzip')) return 'gzip';
  return 'identity';
}
