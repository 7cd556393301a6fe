import { describe, expect, it } from 'vitest';

import { sumOf } from './compare';
import {
  formatCentralAndRange,
  formatDate,
  formatNumber,
  formatQuantity,
  formatRange,
  formatValue,
  numberFormat,
  styleFor,
  withoutUnitWord,
} from './format';
import { derive, known, unknown } from './quantity';

describe('formatNumber', () => {
  it.each([
    [150, {}, '150'],
    [863.27502, {}, '863.28'],
    [13993089, {}, '13,993,089'],
    [219178.08, { significantFigures: 3 }, '219,000'],
    [85347.16, { significantFigures: 2 }, '85,000'],
    [0.0066667, { significantFigures: 2 }, '0.0067'],
    [0, {}, '0'],
    [4745000000, {}, '4.745 billion'],
    [4745000000, { significantFigures: 3 }, '4.75 billion'],
    // a sum rounded to a place is rounded there before it is written in billions
    [1318000000, { place: 10_000_000 }, '1.32 billion'],
    [100000000000000, {}, '100 trillion'],
  ] as const)('%d with %j → %s', (value, style, expected) => {
    expect(formatNumber(value, style)).toBe(expected);
  });

  it('refuses non-finite numbers rather than printing NaN', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/Cannot format/);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(/Cannot format/);
  });
});

describe('the formatters are built once per style', () => {
  it('hands back the same formatter for the same options, and another for other options', () => {
    expect(numberFormat({ maximumSignificantDigits: 2 })).toBe(numberFormat({ maximumSignificantDigits: 2 }));
    expect(numberFormat({ maximumSignificantDigits: 2 })).not.toBe(numberFormat({ maximumSignificantDigits: 3 }));
  });

  it('writes each style its own way, whatever was formatted before', () => {
    const styles = [{ significantFigures: 2 }, { decimals: 0 }, {}, { significantFigures: 4 }, { place: 1000 }];
    const once = styles.map((style) => formatNumber(12345.678, style));
    expect(once).toEqual(['12,000', '12,346', '12,345.68', '12,350', '12,000']);
    expect([...styles].reverse().map((style) => formatNumber(12345.678, style))).toEqual([...once].reverse());
  });
});

describe('formatValue', () => {
  it.each([
    [150, 'MW', '150 MW'],
    [1000000, 'gal/day', '1,000,000 gallons a day'],
    [0.15, 'share', '15%'],
    [0.0066667, 'share', '0.67%'],
    [1.4, 'ratio', '1.4×'],
    [0.8, 'load factor', '0.8'],
    [12000, 'kWh/yr', '12,000 kWh a year'],
    [350000, 'USD/month', '$350,000 a month'],
    // dollars are said in millions, as budgets say them; other units are written in full below a billion
    [80000000, 'USD', '$80 million'],
    [24_400_000, 'USD2025/yr', '$24 million a year (2025 dollars)'],
    [999_000, 'USD', '$1,000,000'],
    [0.0623, 'USD/kWh', '$0.062 per kWh'],
  ] as const)('%d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit, { significantFigures: 2 })).toBe(expected);
  });
});

describe('formatRange', () => {
  const meta = { asOf: '2024', sourceIds: ['s'] };
  it.each([
    [known('households', 219178, { ...meta, low: 171000, high: 253000 }), '171,000–253,000 households'],
    [known('gal/day', 1000000, { ...meta, high: 1500000 }), '1,000,000–1,500,000 gallons a day'],
    // both ends with the same decimals
    [known('share', 0.0067, { ...meta, low: 0.005, high: 0.01 }), '0.5–1.0%'],
    [known('share', 0.0045, { ...meta, low: 0.004, high: 0.0054 }), '0.40–0.54%'],
    [known('MW', 150, meta), '150 MW'],
    [known('USD/month', 350000, { ...meta, low: 300000, high: 400000 }), '$300,000–$400,000 a month'],
    // at three significant figures "10.0" is allowed; at two (below) it is not
    [known('deaths/yr', 5, { ...meta, low: 1.5, high: 10 }), '1.5–10.0 deaths a year'],
    // both ends in millions: the word once
    [known('USD2025/yr', 25e6, { ...meta, low: 18e6, high: 120e6 }), '$18–120 million a year (2025 dollars)'],
    [known('USD2025/yr', 2e8, { ...meta, low: 18e6, high: 1.5e9 }), '$18 million–$1.5 billion a year (2025 dollars)'],
    // a range that rounds to one number is shown as one number
    [known('households', 100010, { ...meta, low: 100000, high: 100020 }), '100,000 households'],
  ])('%#: → %s', (q, expected) => {
    expect(formatRange(q, { significantFigures: 3 })).toBe(expected);
  });
});

describe('formatRange at two significant figures', () => {
  const meta = { asOf: '2024', sourceIds: ['s'] };
  it.each([
    // padding "10" to "10.0" would claim a third figure
    [known('deaths/yr', 5, { ...meta, low: 1.5, high: 10 }), '1.5–10 deaths a year'],
    [known('share', 0.0045, { ...meta, low: 0.004, high: 0.0054 }), '0.40–0.54%'],
    [known('USD2025/yr', 25e6, { ...meta, low: 18e6, high: 120e6 }), '$18–120 million a year (2025 dollars)'],
  ])('%#: → %s', (q, expected) => {
    expect(formatRange(q, { significantFigures: 2 })).toBe(expected);
  });
});

describe('formatQuantity', () => {
  it('says "not known" for an unknown quantity', () => {
    expect(formatQuantity(unknown('MW', 'not published'))).toBe('not known');
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-02-11', '11 Feb 2026'],
    ['2024-08', 'Aug 2024'],
    ['2018', '2018'],
    ['2024-12-01', '1 Dec 2024'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each(['', '2024-13', 'yesterday'])('rejects %j', (bad) => {
    expect(() => formatDate(bad)).toThrow(/Not an ISO date/);
  });
});

describe('formatCentralAndRange', () => {
  const meta = { asOf: '2024', sourceIds: ['s'] };
  it.each([
    [known('GPUs', 230000, { ...meta, low: 200000 }), '230,000 GPUs (range 200,000–230,000)'],
    [known('MW', 150, meta), '150 MW'],
    [known('share', 0.0067, { ...meta, low: 0.005, high: 0.01 }), '0.67% (range 0.5–1)'],
  ])('%#', (q, expected) => {
    expect(formatCentralAndRange(q, { significantFigures: 2 })).toBe(expected);
  });
});

describe('sums are shown as precise as what they add', () => {
  it('425 MW + 661 MW reads 1,086 MW, while other computed figures are rounded', () => {
    const a = known('MW', 425, { asOf: '2026-02-11', sourceIds: ['x'] });
    const b = known('MW', 661, { asOf: '2026-06-13', sourceIds: ['y'] });
    const sum = sumOf('MW', [
      { name: 'a', quantity: a },
      { name: 'b', quantity: b },
    ]);
    expect(sum.kind === 'known' && formatValue(sum.value, 'MW', styleFor(sum))).toBe('1,086 MW');
    const rounded = derive(
      'MW',
      [{ name: 'a', quantity: a }],
      ([x]) => ({ value: x.value * 2.5555, low: x.low * 2.5555, high: x.high * 2.5555 }),
      () => 'a × 2.5555',
    );
    expect(rounded.kind === 'known' && formatValue(rounded.value, 'MW', styleFor(rounded))).toBe('1,090 MW');
  });
});

describe('a sum with a computed figure in it', () => {
  it('is rounded as computed figures are: 425 MW + 946 MW × 1.4 reads 1,750 MW, not 1,749.4 MW', () => {
    const a = known('MW', 425, { asOf: '2026-02-11', sourceIds: ['x'] });
    const it = known('MW', 946, { asOf: '2026-09', sourceIds: ['y'] });
    const b = derive(
      'MW',
      [{ name: 'it', quantity: it }],
      ([x]) => ({ value: x.value * 1.4, low: x.low * 1.4, high: x.high * 1.4 }),
      () => '946 × 1.4',
    );
    const sum = sumOf('MW', [
      { name: 'a', quantity: a },
      { name: 'b', quantity: b },
    ]);
    expect(sum.kind === 'known' && formatValue(sum.value, 'MW', styleFor(sum))).toBe('1,750 MW');
  });
});

describe('a sum keeps a lower bound in what it adds', () => {
  const part = (value: number, qualifier?: 'more than' | 'at least' | 'up to') => ({
    name: String(value),
    quantity: known('MW', value, { asOf: '2026', sourceIds: ['x'], qualifier }),
  });
  it('"more than 300" + 1,000 is "more than 1,300"', () => {
    const sum = sumOf('MW', [part(300, 'more than'), part(1000)]);
    expect(sum.kind === 'known' && [sum.value, sum.qualifier]).toEqual([1300, 'more than']);
  });
  it('"at least" carries; a mix with "up to" has no bound; plain parts give none', () => {
    expect(sumOf('MW', [part(15, 'at least'), part(3)])).toMatchObject({ qualifier: 'at least' });
    expect(sumOf('MW', [part(300, 'more than'), part(100, 'up to')])).not.toHaveProperty('qualifier');
    expect(sumOf('MW', [part(300), part(100)])).not.toHaveProperty('qualifier');
  });
});

describe('formatCentralAndRange', () => {
  it('keeps the source\'s qualifier: "more than 300 MW", as the report prints it', () => {
    expect(formatCentralAndRange(known('MW', 300, { asOf: '2026-05-06', sourceIds: ['x'], qualifier: 'more than' }))).toBe(
      'more than 300 MW',
    );
    expect(formatCentralAndRange(known('GPUs', 230000, { asOf: '2025', sourceIds: ['x'], low: 200000 }))).toBe(
      '230,000 GPUs (range 200,000–230,000)',
    );
  });
});

describe('in Spanish (es-US)', () => {
  const meta = { asOf: '2026-01-01', sourceIds: ['x'] };
  it('writes units and large numbers in Spanish words, with U.S. digits', () => {
    expect(formatValue(1043000, 'households', {}, 'es')).toBe('1,043,000 hogares');
    expect(formatValue(806000, 'gal/day', {}, 'es')).toBe('806,000 galones al día');
    expect(formatRange(known('USD2025/yr', 25e6, { ...meta, low: 18e6, high: 120e6 }), { significantFigures: 2 }, 'es')).toBe(
      '$18–120 millones al año (dólares de 2025)',
    );
    expect(formatValue(1e6, 'USD', {}, 'es')).toBe('$1 millón');
    expect(formatValue(1.32e9, 'USD', { significantFigures: 3 }, 'es')).toBe('$1.32 mil millones');
    expect(formatRange(known('short tons/yr', 100, { ...meta, low: 87, high: 423 }), { significantFigures: 3 }, 'es')).toBe(
      '87–423 toneladas al año',
    );
  });
  it('writes dates with es-US month names, and "not known" in Spanish', () => {
    expect(formatDate('2026-12-06', 'es')).toBe('6 dic 2026');
    expect(formatDate('2026-02', 'es')).toBe('feb 2026');
    expect(formatDate('2026', 'es')).toBe('2026');
    expect(formatQuantity(unknown('MW', 'no figure', ['x']), undefined, 'es')).toBe('no se sabe');
  });
  it('drops a Spanish unit word where a heading gives it', () => {
    expect(withoutUnitWord('260,000 hogares', 'households', 'es')).toBe('260,000');
  });
  it('leaves English as it was', () => {
    expect(formatValue(1e6, 'USD')).toBe('$1 million');
    expect(formatDate('2026-12-06')).toBe('6 Dec 2026');
  });
});
