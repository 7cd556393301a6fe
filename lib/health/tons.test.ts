import { describe, expect, it } from 'vitest';

import { formatRange } from '../core/format';
import { assumed, known } from '../core/quantity';
import { asShown } from '../core/rounding';
import { k } from '../core/test-quantities';
import { heatInput, tonsFromFactor, tonsFromRate } from './tons';

const meta = { asOf: '2026', sourceIds: ['s'] };
const lf = (x: number) => assumed('load factor', x, 'set in this view');
const shown = (q: Parameters<typeof k>[0]) => asShown(k(q));

describe('a rate becomes tons a year through the hours run (load factor × 8,760 hours)', () => {
  const rate = { name: 'hourly limits summed', quantity: known('kg/h', 47, meta) };

  it('47 kg an hour all year: 47 × 8,760 = 411,720 kg, ÷ 907.18474 kg per short ton ≈ 453.8, shown to two figures as 450 tons', () => {
    const t = k(tonsFromRate(rate, lf(1)));
    expect(t.value).toBeCloseTo((47 * 8760) / 907.18474, 9);
    expect(shown(t).value).toBe(450);
    expect(formatRange(t)).toBe('450 tons a year');
    expect(t.derivation?.formula).toBe('47 kg an hour × 8,760 hours in a year × load factor 1 ÷ 907.18474 kg per short ton');
  });

  it('half the year gives half the tons: 47 × 4,380 ÷ 907.18474 ≈ 226.9, shown as 230', () => {
    const t = k(tonsFromRate(rate, lf(0.5)));
    expect(t.value).toBeCloseTo((47 * 8760 * 0.5) / 907.18474, 9);
    expect(shown(t).value).toBe(230);
  });

  it('carries a rate’s range: 545–915 kg an hour all year is 545 × 8,760 ÷ 907.18474 ≈ 5,263 to 915 × 8,760 ÷ 907.18474 ≈ 8,835 tons', () => {
    const t = k(tonsFromRate({ name: 'satellite', quantity: known('kg/h', 730, { ...meta, low: 545, high: 915 }) }, lf(1)));
    expect(t.low).toBeCloseTo((545 * 8760) / 907.18474, 9);
    expect(t.high).toBeCloseTo((915 * 8760) / 907.18474, 9);
    // 730 × 8,760 ÷ 907.18474 ≈ 7,049: the research's "7,049 short t/yr if sustained", shown to three figures
    expect(shown(t).value).toBe(7050);
  });
});

describe("AP-42's factor: capacity × heat rate → fuel an hour → tons a year", () => {
  const capacity = { name: 'capacity', quantity: known('MW', 421, meta) };
  const heatRate = { name: 'heat rate', quantity: known('kJ/kWh', 10240, meta) };
  const hhv = { name: 'HHV/LHV', quantity: assumed('ratio', 1.1, 'assumed') };

  it('421 MW × 1,000 kW per MW × 10,240 kJ per kWh × 1.1 ÷ 1,055,055.85 kJ per MMBtu ≈ 4,494.6, shown as 4,490 MMBtu an hour', () => {
    const h = k(heatInput(capacity, heatRate, hhv));
    expect(h.value).toBeCloseTo((421 * 1000 * 10240 * 1.1) / 1055055.85262, 6);
    expect(shown(h).value).toBe(4490);
  });

  it('4,490 MMBtu an hour × 0.099 lb per MMBtu × 8,760 hours ÷ 2,000 lb ≈ 1,946.9, shown to two figures as 1,900 tons', () => {
    const heat = { name: 'fuel an hour', quantity: heatInput(capacity, heatRate, hhv) };
    const factor = { name: 'lean premix', quantity: known('lb/MMBtu', 0.099, meta) };
    const t = k(tonsFromFactor(heat, factor, lf(1)));
    expect(t.value).toBeCloseTo((4490 * 0.099 * 8760) / 2000, 9); // the heat input enters as it is shown
    expect(shown(t).value).toBe(1900);
    // a quarter of the year: 4,490 × 0.099 × 2,190 ÷ 2,000 ≈ 486.7, shown as 490
    expect(shown(k(tonsFromFactor(heat, factor, lf(0.25)))).value).toBe(490);
  });
});
