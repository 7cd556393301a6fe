import { describe, expect, it } from 'vitest';

import { CACHE_CONTROL, etagOf, matchesEtag, pageCacheControl } from './http-cache';

describe('HTTP caching', () => {
  it('tags the same bytes of the same data alike, and anything else differently', () => {
    const a = new TextEncoder().encode('<p>150 MW</p>');
    const b = new TextEncoder().encode('<p>300 MW</p>');
    expect(etagOf(a, 'v1')).toBe(etagOf(a, 'v1'));
    expect(etagOf(a, 'v1')).not.toBe(etagOf(b, 'v1'));
    expect(etagOf(a, 'v1')).not.toBe(etagOf(a, 'v2')); // new data, new tag, even where the bytes happen to agree
    expect(etagOf(a, 'v1')).toMatch(/^"[\w-]+"$/); // strong: no W/
  });

  it('matches If-None-Match by list, weak form or *', () => {
    const tag = '"abc"';
    expect(matchesEtag('"abc"', tag)).toBe(true);
    expect(matchesEtag('"x", "abc"', tag)).toBe(true);
    expect(matchesEtag('W/"abc"', tag)).toBe(true);
    expect(matchesEtag('*', tag)).toBe(true);
    expect(matchesEtag('"abd"', tag)).toBe(false);
    expect(matchesEtag(null, tag)).toBe(false);
  });

  it('never lets a cache keep or serve a page past the moment what it says changes', () => {
    const directives = (header: string) =>
      Object.fromEntries(
        header
          .split(',')
          .map((d) => d.trim().split('='))
          .filter((kv) => kv.length === 2)
          .map(([k, v]) => [k, Number(v)]),
      ) as Record<string, number>;
    for (const left of [0, 59.5, 299, 300, 1800, 3600, 7200, 86399, 90000 - 1]) {
      const d = directives(pageCacheControl(left));
      const browser = (d['max-age'] ?? 0) + (d['stale-while-revalidate'] ?? 0);
      const shared = (d['s-maxage'] ?? 0) + (d['stale-while-revalidate'] ?? 0);
      expect(browser, `${left} s left: ${pageCacheControl(left)}`).toBeLessThanOrEqual(left);
      expect(shared, `${left} s left: ${pageCacheControl(left)}`).toBeLessThanOrEqual(left);
      expect(d['s-maxage'], `${left} s left`).toBeGreaterThanOrEqual(Math.min(3600, Math.floor(left)));
    }
    expect(pageCacheControl(undefined)).toBe(CACHE_CONTROL.page);
    expect(pageCacheControl(3600 + 86400)).toBe(CACHE_CONTROL.page);
  });
});
