import { describe, expect, it } from 'vitest';

import { fewLargest, LARGEST_NAMED, NAMED_IN_FULL } from './answer-lists';

const sites = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Site ${i + 1}`, mw: (i * 37) % 101 }));

describe('fewLargest', () => {
  it('names every site, in the order given, while there are few', () => {
    const few = sites(NAMED_IN_FULL);
    expect(fewLargest(few, (s) => s.mw)).toEqual({ named: few, more: 0, of: NAMED_IN_FULL });
  });

  it('names the largest few of 100, largest first, and counts the rest', () => {
    const all = sites(100);
    const { named, more, of } = fewLargest(all, (s) => s.mw);
    expect(named).toHaveLength(LARGEST_NAMED);
    expect(LARGEST_NAMED).toBeLessThanOrEqual(NAMED_IN_FULL);
    expect(more).toBe(100 - LARGEST_NAMED);
    expect(of).toBe(100);
    // none left out is larger than the smallest named
    const smallest = Math.min(...named.map((s) => s.mw));
    expect(all.filter((s) => !named.includes(s)).every((s) => s.mw <= smallest)).toBe(true);
    expect(named.map((s) => s.mw)).toEqual([...named.map((s) => s.mw)].sort((a, b) => b - a));
  });

  it('names the first among equals, and counts a site of unknown size as the smallest', () => {
    const all = [
      { name: 'A', mw: NaN },
      { name: 'B', mw: 5 },
      { name: 'C', mw: 5 },
      { name: 'D', mw: 1 },
      { name: 'E', mw: 5 },
    ];
    expect(fewLargest(all, (s) => s.mw).named.map((s) => s.name)).toEqual(['B', 'C', 'E']);
    expect(fewLargest(all, (s) => s.mw, 4, 1).named.map((s) => s.name)).toEqual(['B']);
  });

  it('refuses to name more than it lists in full, or none', () => {
    expect(() => fewLargest(sites(10), (s) => s.mw, 3, 4)).toThrow();
    expect(() => fewLargest(sites(10), (s) => s.mw, 3, 0)).toThrow();
  });
});
