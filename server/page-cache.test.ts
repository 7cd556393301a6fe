import { describe, expect, it } from 'vitest';

import { PageCache } from './page-cache';

const bytes = (n: number, fill = 97) => new Uint8Array(n).fill(fill);

describe('PageCache', () => {
  it('keeps a page with its status and headers', () => {
    const c = new PageCache(1_000_000);
    c.set('a', 200, [['content-type', 'text/html']], bytes(5000));
    const page = c.get('a');
    expect(page?.status).toBe(200);
    expect(page?.headers).toEqual([['content-type', 'text/html']]);
    expect(page?.body).toEqual(bytes(5000));
    expect(page?.etag).toMatch(/^"[\w-]+"$/);
    expect(c.totalBytes).toBe(5000);
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

  it('counts its hits and misses, for /healthz', () => {
    const c = new PageCache(1_000_000);
    c.get('a');
    c.set('a', 200, [], bytes(10));
    c.get('a');
    c.get('a');
    expect([c.hits, c.misses]).toEqual([2, 1]);
  });
});
