import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { chooseEncoding, PageCache } from './page-cache';

const bytes = (n: number, fill = 97) => new Uint8Array(n).fill(fill);

describe('PageCache', () => {
  it('keeps a page with its gzip form', () => {
    const c = new PageCache(1_000_000);
    c.set('a', 200, [['content-type', 'text/html']], bytes(5000));
    const page = c.get('a');
    expect(page?.status).toBe(200);
    expect(new Uint8Array(gunzipSync(page!.gzip))).toEqual(bytes(5000));
  });

  it('never holds more bytes than its bound, dropping the least recently used', () => {
    const c = new PageCache(30_000);
    for (let i = 0; i < 20; i++) c.set(`p${i}`, 200, [], new Uint8Array(Array.from({ length: 8000 }, (_, j) => (i * 31 + j * 7) % 251)));
    expect(c.totalBytes).toBeLessThanOrEqual(30_000);
    expect(c.get('p19')).toBeDefined();
    expect(c.get('p0')).toBeUndefined();
  });

  it('does not store a page larger than the whole cache', () => {
    const c = new PageCache(100);
    c.set('big', 200, [], new Uint8Array(Array.from({ length: 5000 }, (_, j) => (j * 13) % 251)));
    expect(c.size).toBe(0);
  });

  it('replaces a page stored again under the same key', () => {
    const c = new PageCache(1_000_000);
    c.set('a', 200, [], bytes(100));
    c.set('a', 200, [], bytes(200, 98));
    expect(c.size).toBe(1);
    expect(c.get('a')?.body.byteLength).toBe(200);
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=1.0, gzip;q=0.8', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    ['x-gzip-ish', 'identity'],
    [null, 'identity'],
  ] as const)('%s → %s', (h, expected) => {
    expect(chooseEncoding(h)).toBe(expected);
  });
});

describe('compressed forms', () => {
  it('are the same page', async () => {
    const { brotliDecompressSync } = await import('node:zlib');
    const c = new PageCache(1_000_000);
    const body = new TextEncoder().encode('<p>hello</p>'.repeat(200));
    const page = c.set('a', 200, [], body);
    expect(new Uint8Array(brotliDecompressSync(page.brotli))).toEqual(body);
    expect(new Uint8Array(gunzipSync(page.gzip))).toEqual(body);
  });
});
