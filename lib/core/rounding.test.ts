import { describe, expect, it } from 'vitest';

import { sumOf } from './compare';
import { formatRange } from './format';
import { assumed, derive, known, multiplyBounds } from './quantity';
import {
  asShown,
  figuresShown,
  isRoundedWhenShown,
  precisionOf,
  ratioInWords,
  ratioRangeInWords,
  roundAs,
  significantFiguresOf,
  styleFor,
} from './rounding';

const meta = { asOf: '2026', sourceIds: ['s'] };
const product = (a: number, b: number) =>
  derive(
    'MW',
    [
      { name: 'a', quantity: known('MW', a, meta) },
      { name: 'b', quantity: known('ratio', b, meta) },
    ],
    ([x, y]) => multiplyBounds(x, y),
    ([x, y]) => `${formatRange(x)} × ${formatRange(y)}`,
  );

describe('significant figures as written', () => {
  it.each([
    [1200, false, 4],
    [1200, true, 2],
    [1_000_000, true, 1],
    [3484.1, false, 5],
    [0.0623, false, 3],
    [0.7, false, 1],
    [82, false, 2],
    [0, false, 1],
  ])('%d (approximate: %s) has %d', (n, approximate, expected) => {
    expect(significantFiguresOf(n, approximate)).toBe(expected);
  });
});

describe('precision and the figures shown', () => {
  it('a sourced figure is as precise as it is written; a count and a setting limit nothing', () => {
    expect(precisionOf(known('MW', 946, meta))).toBe(3);
    expect(precisionOf(known('turbines', 15, meta))).toBe(Number.POSITIVE_INFINITY);
    expect(precisionOf(assumed('load factor', 0.5, 'x'))).toBe(Number.POSITIVE_INFINITY);
  });

  it('a computed figure is as precise as its least precise input, and shows two or three figures', () => {
    const q = product(946, 1.16);
    expect(q.kind === 'known' && precisionOf(q)).toBe(3);
    expect(q.kind === 'known' && figuresShown(q)).toBe(3);
    expect(formatRange(product(5.6, 18) as never)).toBe('100 MW'); // 5.6 has two figures
    expect(formatRange(product(946, 1.16) as never)).toBe('1,100 MW');
    expect(formatRange(product(0.7, 3) as never)).toBe('2.1 MW'); // one figure in, still two shown
  });

  it('shows a sourced figure as its source gives it', () => {
    expect(styleFor(known('USD/kWh', 0.0623, meta))).toEqual({ decimals: 6 });
    expect(formatRange(known('MW', 3484.1, meta))).toBe('3,484.1 MW');
  });

  it('coordinates to 4 decimals', () => {
    expect(formatRange(known('degrees', 35.060166, meta))).toBe('35.0602 degrees');
  });

  it('a computed distance to a tenth of a mile, written with its tenth', () => {
    const miles = (v: number) =>
      derive(
        'miles',
        [{ name: 'd', quantity: known('miles', v, meta) }],
        ([d]) => d,
        () => 'd',
      ) as never;
    expect(formatRange(miles(8.0603))).toBe('8.1 miles');
    expect(formatRange(miles(1.9731))).toBe('2.0 miles');
    expect(formatRange(miles(0.3))).toBe('0.3 miles');
    expect(asShown(miles(1.9731))).toMatchObject({ value: 2 });
  });
});

describe('sums', () => {
  const mw = (v: number) => ({ name: String(v), quantity: known('MW', v, meta) });
  it('a sum of figures as sources give them is shown in full', () => {
    expect(formatRange(sumOf('MW', [mw(425), mw(1276)]) as never)).toBe('1,701 MW');
  });
  it('a sum with a rounded part is rounded to that part’s last figure, and adds up as displayed', () => {
    const s = sumOf('MW', [mw(425), { name: 'c2', quantity: product(946, 1.16) }]);
    if (s.kind !== 'known') throw new Error('known');
    expect(s.derivation?.formula).toBe('425 MW + 1,100 MW');
    expect(s.value).toBe(1525); // from 1,100 as shown, not from 1,097.36
    expect(formatRange(s)).toBe('1,530 MW'); // to the tens, the last figure of 1,100
    expect(isRoundedWhenShown(s)).toBe(true);
  });
  it('a sum of one figure is the figure itself: no "150 MW = 150 MW"', () => {
    const one = sumOf('MW', [mw(150)]);
    expect(one.kind === 'known' && one.derivation).toBeUndefined();
  });
});

describe('a computed figure enters the next step as it is shown', () => {
  it('uses 1,100 MW, not 1,097.36 MW, in the next step', () => {
    const next = derive(
      'MW',
      [{ name: 'x', quantity: product(946, 1.16) }],
      ([x]) => multiplyBounds(x, { value: 2, low: 2, high: 2 }),
      ([x]) => `${formatRange(x)} × 2`,
    );
    expect(next.kind === 'known' && next.value).toBe(2200);
    expect(next.kind === 'known' && next.derivation?.formula).toBe('1,100 MW × 2');
  });
  it('asShown leaves a sourced figure untouched', () => {
    const q = known('MW', 1097.36, meta);
    expect(asShown(q)).toBe(q);
  });
});

describe('roundAs', () => {
  it.each([
    [1097.36, { significantFigures: 3 }, 1100],
    [1.7575, { significantFigures: 3 }, 1.76],
    [1525, { place: 10 }, 1530],
    [0.50743, { significantFigures: 2 }, 0.51],
    [35.060166, { decimals: 4 }, 35.0602],
  ])('%d with %j → %d', (v, style, expected) => {
    expect(roundAs(v, style)).toBe(expected);
  });
});

describe('ratios in words', () => {
  it.each([
    [0.911, 'about 9% less than the estimate'],
    [1.0, 'about the same as the estimate'],
    [1.2, 'about 20% more than the estimate'],
    [2.9, 'about 2.9 times the estimate'],
    [0.3, 'about 30% of the estimate'],
  ])('%d → %s', (r, words) => {
    expect(ratioInWords(r, 'the estimate')).toBe(words);
  });
  it('a range of ratios', () => {
    expect(ratioRangeInWords(13.8, 23, 'the cap')).toBe('about 14 to 23 times the cap');
    expect(ratioRangeInWords(0.83, 0.834, 'the cap')).toBe('about 17% less than the cap');
    expect(ratioRangeInWords(0.6, 1.3, 'the cap')).toBe('from about 40% less than the cap to about 30% more than the cap');
  });
  it('refuses a ratio that is not a positive number', () => {
    expect(() => ratioInWords(0, 'x')).toThrow(/positive/);
  });
});
