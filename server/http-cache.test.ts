import { describe, expect, it } from 'vitest';

import { etagOf, matchesEtag } from './http-cache';

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
});
