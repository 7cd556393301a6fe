import { describe, expect, it } from 'vitest';

import { flattenDerivation } from './derivation';
import { derive, divideBounds, known } from './quantity';

const meta = { asOf: '2024', sourceIds: ['s'] };

describe('flattenDerivation', () => {
  const a = known('MW', 150, meta);
  const b = known('kW', 1.5, meta);
  const homes = derive(
    'households',
    [
      { name: 'power', quantity: a },
      { name: 'home', quantity: b },
    ],
    ([p, h]) => divideBounds(p, h),
    () => '150 ÷ 1.5',
  );
  const twice = derive(
    'households',
    [
      { name: 'homes', quantity: homes },
      { name: 'homes again', quantity: homes },
      { name: 'power', quantity: a },
    ],
    ([h1]) => h1,
    () => 'homes, checked twice',
  );

  it('lists each step once, inputs first, the result last', () => {
    if (twice.kind !== 'known') throw new Error('expected known');
    const { steps } = flattenDerivation(twice);
    expect(steps.map((s) => s.formula)).toEqual(['150 ÷ 1.5', 'homes, checked twice']);
  });

  it('lists each sourced input once', () => {
    if (twice.kind !== 'known') throw new Error('expected known');
    const { leaves } = flattenDerivation(twice);
    expect(leaves.map((l) => l.name)).toEqual(['power', 'home']);
  });

  it('has nothing to show for a sourced figure', () => {
    expect(flattenDerivation(a)).toEqual({ steps: [], leaves: [] });
  });
});

describe('flattenDerivation of a range across estimates', () => {
  it('shows the arithmetic of the central estimate and lists the others by value', async () => {
    const { envelope } = await import('./quantity');
    const est = (v: number, f: string) =>
      derive(
        'households',
        [{ name: `input ${f}`, quantity: known('MW', v, meta) }],
        ([x]) => x,
        () => f,
      );
    const range = envelope(
      'households',
      [
        { name: 'central', quantity: est(100, 'central arithmetic') },
        { name: 'other', quantity: est(80, 'other arithmetic') },
      ],
      0,
      'range over estimates',
    );
    if (range.kind !== 'known') throw new Error('expected known');
    const { steps, leaves } = flattenDerivation(range);
    expect(steps.map((s) => s.formula)).toEqual(['central arithmetic', 'range over estimates']);
    expect(leaves.map((l) => l.name)).toEqual(['input central arithmetic', 'other']);
  });
});

describe('flattenDerivation of several figures', () => {
  const power = known('MW', 300, meta);
  const load = known('MW', 2000, meta);
  const peak = known('MW', 3000, meta);
  const ofLoad = derive(
    'share',
    [
      { name: 'power', quantity: power },
      { name: 'average load', quantity: load },
    ],
    ([p, l]) => divideBounds(p, l),
    () => '300 ÷ 2,000',
  );
  const ofPeak = derive(
    'share',
    [
      { name: 'power', quantity: power },
      { name: 'summer peak', quantity: peak },
    ],
    ([p, l]) => divideBounds(p, l),
    () => '300 ÷ 3,000',
  );

  it('keeps each figure’s step and lists a shared input once', () => {
    if (ofLoad.kind !== 'known' || ofPeak.kind !== 'known') throw new Error('expected known');
    const { steps, leaves } = flattenDerivation([ofLoad, ofPeak]);
    expect(steps.map((s) => s.formula)).toEqual(['300 ÷ 2,000', '300 ÷ 3,000']);
    expect(steps.map((s) => s.result.value)).toEqual([0.15, 0.1]);
    expect(leaves.map((l) => l.name)).toEqual(['power', 'average load', 'summer peak']);
  });
});
