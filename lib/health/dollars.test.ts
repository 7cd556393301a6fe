import { describe, expect, it } from 'vitest';

import { asShown } from '../core/rounding';
import { k } from '../core/test-quantities';
import { getHealthData } from '../data/load';
import { CASES, POLLUTANTS } from '../data/schemas/health';
import { bare, cpiFactor, cpiOf, nationalCases, placeValues, resolveValue, vslIn2025 } from './dollars';

const health = getHealthData();
const shownValue = (q: Parameters<typeof k>[0]) => asShown(k(q)).value;

describe('CPI-U: dollars of one year in dollars of 2025, the factor shown as its own step', () => {
  it('2015 to 2025: 321.943 ÷ 237.017 = 1.3583…, shown to three figures as 1.36', () => {
    const f = k(cpiFactor(cpiOf(health.cpi, 2015), cpiOf(health.cpi, 2025)));
    expect(f.value).toBeCloseTo(321.943 / 237.017, 12);
    expect(bare(f)).toBe('1.36');
    expect(f.derivation?.formula).toBe('321.943 ÷ 237.017');
  });

  it("EPA's $15,000 per ton of NOx (2015 dollars) × 1.36 = $20,400 per ton in 2025 dollars, citing EPA and BLS", () => {
    const central = nationalCases(health).central.NOx!;
    const v = k(central.value);
    expect(v.unit).toBe('USD2025/short ton');
    expect(v.value).toBeCloseTo(15000 * 1.36, 6);
    expect(v.sourceIds).toEqual(
      expect.arrayContaining(['epa-bpt-2018-17-sectors', 'bls-cpi-2025-annual-average', 'bls-cpi-u-annual-averages']),
    );
    expect(central.label).toBe('EPA, industrial point sources, fine particles only (2015 dollars, 3% discount rate)');
  });

  it("adds a value's fine-particle and ozone parts as published, then converts: ($14,700 + $75,700) × (321.943 ÷ 240.007 ≈ 1.34) = $121,136 ≈ $121,000", () => {
    const high = nationalCases(health).high.NOx!;
    expect(high.records.map((r) => r.effects)).toEqual(['PM2.5', 'ozone']);
    const published = k(k(high.value).derivation!.inputs[0]!.quantity);
    expect(published.value).toBe(14700 + 75700);
    expect(shownValue(high.value)).toBe(121000);
    expect(k(high.value).value).toBeCloseTo(90400 * 1.34, 6);
  });

  it("turns EASIUR's value per metric tonne into one per short ton first: $6,014 × 0.90718474 ≈ $5,456 → $5,460, × (321.943 ÷ 218.056 ≈ 1.48) ≈ $8,080", () => {
    const memphis = placeValues(health, 'memphis').NOx!;
    expect(memphis.case).toBe('cross-check');
    expect(shownValue(memphis.value)).toBe(Number((5460 * 1.48).toPrecision(3)));
    // a place with no grid cell in the data has no cross-check
    expect(placeValues(health, 'nowhere')).toEqual({});
  });

  it('refuses to add values of different dollar years before converting them', () => {
    const [a, b] = health.perTonValues.filter((v) => v.pollutant === 'NOx' && v.case !== 'cross-check');
    expect(() => resolveValue([a!, { ...b!, dollarYear: 2016 }], health.cpi)).toThrow(/different dollar years/);
  });

  it("EPA's value of a statistical life, $7.4 million (2006 dollars) × (321.943 ÷ 201.6 ≈ 1.60) ≈ $11.8 million in 2025 dollars", () => {
    const vsl = k(vslIn2025(health));
    expect(vsl.unit).toBe('USD2025');
    expect(vsl.value).toBeCloseTo(7_400_000 * 1.6, 3);
    expect(shownValue(vsl)).toBe(11_800_000);
  });
});

describe('the cases', () => {
  const cases = nationalCases(health);

  it('put every pollutant in order: low ≤ central ≤ high, in 2025 dollars, wherever a pollutant has all three', () => {
    for (const p of POLLUTANTS) {
      const [low, central, high] = CASES.map((c) => cases[c][p]);
      if (low === undefined || central === undefined || high === undefined) continue;
      expect(k(low.value).value, p).toBeLessThanOrEqual(k(central.value).value);
      expect(k(central.value).value, p).toBeLessThanOrEqual(k(high.value).value);
    }
  });

  it('price NOx, PM2.5 and SO2 in every case, VOC only in the high case (ozone), and CO and formaldehyde in none', () => {
    expect(Object.keys(cases.low).sort()).toEqual(['NOx', 'PM2.5', 'SO2']);
    expect(Object.keys(cases.central).sort()).toEqual(['NOx', 'PM2.5', 'SO2']);
    expect(Object.keys(cases.high).sort()).toEqual(['NOx', 'PM2.5', 'SO2', 'VOC']);
    expect(health.notValued.map((n) => n.pollutant)).toEqual(['CO', 'formaldehyde']);
  });
});
