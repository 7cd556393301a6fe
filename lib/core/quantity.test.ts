import { describe, expect, it } from 'vitest';

import { assumed, derive, divideBounds, envelope, highEnd, inUnit, known, multiplyBounds, unknown, unsourced } from './quantity';
import { productUnit, quotientUnit } from './units';

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

describe('the constructors that say where a figure comes from', () => {
  it('refuses a sourced figure with no source: an assumption or a figure without one says so', () => {
    expect(() => known('MW', 150, meta('2025', []))).toThrow(/needs at least one source/);
    const lf = assumed('load factor', 0.8, 'Set in this view.');
    expect(lf).toMatchObject({ kind: 'known', value: 0.8, low: 0.8, high: 0.8, asOf: '', sourceIds: [], basis: 'assumed' });
    const gpt4 = unsourced('GPUs', 25_000, 'a press estimate with no primary source');
    expect(gpt4).toMatchObject({ value: 25_000, sourceIds: [], basis: 'unsourced', note: 'a press estimate with no primary source' });
  });

  it('keeps the source’s qualifier with the figure, and the top of a range as a single value with its sources', () => {
    const q = known('share', 0.9, { ...meta('2024', ['census']), qualifier: 'more than' });
    expect(q.qualifier).toBe('more than');
    const water = known('gal/day', 1_000_000, { ...meta('2024', ['mlgw']), low: 1_000_000, high: 1_500_000, note: 'two sources' });
    expect(highEnd(water, 'The highest figure.')).toMatchObject({
      value: 1_500_000,
      low: 1_500_000,
      high: 1_500_000,
      sourceIds: ['mlgw'],
      asOf: '2024',
    });
  });

  it('narrows a figure to the unit a calculation needs, or says which unit it got', () => {
    const mw = known('MW', 150, meta('2025', ['a']));
    expect(inUnit(mw, 'MW', 'power')).toBe(mw);
    expect(() => inUnit(mw, 'gal/day', 'water')).toThrow(/water: expected a figure in gal\/day, got MW/);
  });
});

describe('products and quotients of units', () => {
  it('knows the units one unit per another gives, and no others', () => {
    expect(productUnit('GPUs', 'USD/GPU')).toBe('USD');
    expect(productUnit('USD/GPU', 'GPUs')).toBe('USD');
    expect(productUnit('GPUs', 'gal/day')).toBeUndefined();
    expect(quotientUnit('GPUs', 'GPUs')).toBe('ratio');
    expect(quotientUnit('MW', 'turbines')).toBe('MW/turbine');
    expect(quotientUnit('gal/day', 'MW')).toBeUndefined();
  });
});
