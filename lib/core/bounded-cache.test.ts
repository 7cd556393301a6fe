import { describe, expect, it } from 'vitest';

import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('computes once per key', () => {
    const c = new BoundedCache<number>(3);
    let calls = 0;
    const f = () => ++calls;
    expect(c.getOrSet('a', f)).toBe(1);
    expect(c.getOrSet('a', f)).toBe(1);
    expect(calls).toBe(1);
  });

  it('never holds more than its bound, dropping the least recently used', () => {
    const c = new BoundedCache<string>(2);
    c.getOrSet('a', () => 'a');
    c.getOrSet('b', () => 'b');
    c.getOrSet('a', () => 'a2'); // a is now the most recent
    c.getOrSet('c', () => 'c'); // evicts b
    expect(c.size).toBe(2);
    expect(c.getOrSet('a', () => 'recomputed')).toBe('a');
    expect(c.getOrSet('b', () => 'recomputed')).toBe('recomputed');
  });

  it('refuses a bound below 1', () => {
    expect(() => new BoundedCache(0)).toThrow();
  });
});
