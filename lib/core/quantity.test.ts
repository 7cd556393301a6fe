import { describe, expect, it } from 'vitest';

import { derive, divideBounds, envelope, known, multiplyBounds, unknown } from './quantity';

const meta = (asOf: string, sourceIds: string[]) => ({ asOf, sourceIds });

describe('interval arithmetic', () => {
  it.each([
    // a ÷ b: low = a.low ÷ b.high, high = a.high ÷ b.low
    [
      { value: 10, low: 8, high: 12 },
      { value: 2, low: 1, high: 4 },
      { value: 5, low: 2, high: 12 },
    ],
    [
      { value: 150, low: 150, high: 150 },
      { value: 3000, low: 3000, high: 3000 },
      { value: 0.05, low: 0.05, high: 0.05 },
    ],
  ])('divideBounds(%j, %j) = %j', (a, b, expected) => {
    expect(divideBounds(a, b)).toEqual(expected);
  });

  it.each([
    [
      { value: 10, low: 8, high: 12 },
      { value: 2, low: 1, high: 4 },
      { value: 20, low: 8, high: 48 },
    ],
  ])('multiplyBounds(%j, %j) = %j', (a, b, expected) => {
    expect(multiplyBounds(a, b)).toEqual(expected);
  });

  it('refuses to divide by a range that reaches zero', () => {
    expect(() => divideBounds({ value: 1, low: 1, high: 1 }, { value: 1, low: 0, high: 2 })).toThrow(/reaches zero/);
  });
});

describe('known', () => {
  it('fills low and high from the value when the source gives one number', () => {
    expect(known('MW', 150, meta('2025-05-01', ['a']))).toMatchObject({ value: 150, low: 150, high: 150 });
  });

  it('rejects a range out of order', () => {
    expect(() => known('MW', 150, { ...meta('2025', ['a']), low: 200 })).toThrow(/out of order/);
  });
});

describe('derive', () => {
  const a = known('MW', 150, meta('2024-11-07', ['tva']));
  const b = known('MW', 3000, meta('2024-07', ['wreg']));

  it('carries the latest as-of date, every source, the formula and the inputs', () => {
    const q = derive(
      'share',
      [
        { name: 'facility', quantity: a },
        { name: 'peak', quantity: b },
      ],
      ([x, y]) => divideBounds(x, y),
      ([x, y]) => `${x.value} ÷ ${y.value}`,
    );
    expect(q).toMatchObject({ kind: 'known', value: 0.05, asOf: '2024-11-07', sourceIds: ['tva', 'wreg'] });
    expect(q.kind === 'known' && q.derivation?.formula).toBe('150 ÷ 3000');
    expect(q.kind === 'known' && q.derivation?.inputs.map((i) => i.name)).toEqual(['facility', 'peak']);
  });

  it('is unknown when an input is unknown, and names that input', () => {
    const q = derive(
      'share',
      [
        { name: 'facility', quantity: a },
        { name: "the utility's sales", quantity: unknown('MW', 'not published') },
      ],
      ([x, y]) => divideBounds(x, y),
      () => '',
    );
    expect(q.kind).toBe('unknown');
    expect(q.kind === 'unknown' && q.reason).toBe("Needs the utility's sales, which is not known: not published");
  });
});

describe('envelope', () => {
  it('spans the lowest low and highest high, with the chosen central value', () => {
    const q = envelope(
      'households',
      [
        { name: 'a', quantity: known('households', 100, { ...meta('2020', ['x']), low: 90, high: 110 }) },
        { name: 'b', quantity: known('households', 80, meta('2024', ['y'])) },
        { name: 'c', quantity: known('households', 130, meta('2018', ['z'])) },
      ],
      0,
      'why',
    );
    expect(q).toMatchObject({ value: 100, low: 80, high: 130, asOf: '2024' });
  });
});
