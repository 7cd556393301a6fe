import { describe, expect, it } from 'vitest';

import { shareOf } from '../core/compare';
import { assumedLoadFactor } from '../power/power';
import { known, unknown } from '../core/quantity';
import { expectBounds, k, q } from '../core/test-quantities';
import type { HouseholdBaseline } from '../data/schemas/place';
import { findFacility } from '../data/load';
import {
  dailyAverageOfMonth,
  latestReportedUse,
  dailyWaterFromBill,
  gallonsPerYear,
  householdsByWater,
  litresPerKwhAsGallonsPerMwh,
  offsiteWaterPerDay,
  peopleByWater,
  waterBaseline,
  waterUseForCase,
} from './water';

const meta = { asOf: '2024', sourceIds: ['src'] };
const water = { name: 'on-site water', quantity: known('gal/day', 1_000_000, { ...meta, high: 1_500_000 }) };

describe('water comparisons', () => {
  it('counts homes: 1–1.5 million gallons a day ÷ 300 gallons a day per home', () => {
    const q = householdsByWater(water, { name: 'one home', quantity: known('gal/day', 300, meta) });
    expect(q).toMatchObject({ kind: 'known', unit: 'households' });
    if (q.kind !== 'known') return;
    expect(q.value).toBeCloseTo(3333.333, 2);
    expect(q.low).toBeCloseTo(3333.333, 2);
    expect(q.high).toBeCloseTo(5000, 6);
  });

  it('counts people: ÷ 82 gallons a day per person', () => {
    const q = peopleByWater(water, { name: 'one person', quantity: known('gal/day', 82, meta) });
    if (q.kind !== 'known') throw new Error('expected known');
    expect(q.value).toBeCloseTo(12195.12, 1);
    expect(q.high).toBeCloseTo(18292.68, 1);
  });

  it("takes a share of the utility's pumping, whose own range widens the result", () => {
    const pumping = { name: 'pumping', quantity: known('gal/day', 150_000_000, { ...meta, high: 200_000_000 }) };
    const q = shareOf(water, pumping);
    if (q.kind !== 'known') throw new Error('expected known');
    expect(q.low).toBeCloseTo(0.005, 9); // 1 million of 200 million
    expect(q.value).toBeCloseTo(1 / 150, 9);
    expect(q.high).toBeCloseTo(0.01, 9); // 1.5 million of 150 million
  });
});

describe('waterBaseline', () => {
  const b = (id: string, gallons: number | null): HouseholdBaseline => ({
    id,
    label: id,
    scope: id,
    electricityKwhPerMonth: known('kWh/month', 1000, meta),
    waterGallonsPerDay: gallons === null ? unknown('gal/day', 'not found') : known('gal/day', gallons, meta),
  });

  it('prefers the default baseline when its water figure is known', () => {
    expect(waterBaseline([b('us', 300), b('mlgw', 250)], 'mlgw')?.id).toBe('mlgw');
  });

  it('falls back to the first baseline with a known water figure', () => {
    expect(waterBaseline([b('mlgw', null), b('tennessee', null), b('us', 300)], 'mlgw')?.id).toBe('us');
  });

  it('gives nothing when no baseline has a water figure', () => {
    expect(waterBaseline([b('mlgw', null)], 'mlgw')).toBeUndefined();
  });
});

describe('water arithmetic', () => {
  it('averages a month over its own days: 25 million gallons in March ÷ 31', () => {
    const month = { name: 'm', quantity: known('gal/month', 25_000_000, { asOf: '2026-03', sourceIds: ['s'] }) };
    expect(k(dailyAverageOfMonth(month)).value).toBeCloseTo(25_000_000 / 31, 6);
    const feb = { name: 'm', quantity: known('gal/month', 28_000_000, { asOf: '2026-02', sourceIds: ['s'] }) };
    expect(k(dailyAverageOfMonth(feb)).value).toBeCloseTo(1_000_000, 6);
  });

  it('turns a water bill into gallons a day: $800–$1,200 at 19–32 cents per 100 gallons', () => {
    const days = 365 / 12;
    expectBounds(
      dailyWaterFromBill(q('USD/month', 1000, { low: 800, high: 1200 }), q('USD/100 gal', 0.19, { high: 0.32 })),
      ((800 / 0.32) * 100) / days,
      ((1000 / 0.19) * 100) / days,
      ((1200 / 0.19) * 100) / days,
    );
  });

  it('a year of 1 million gallons a day is 365 million gallons', () => {
    expect(k(gallonsPerYear(q('gal/day', 1_000_000))).value).toBe(365_000_000);
  });

  it('150 MW all day at 205 gallons per MWh consumes 738,000 gallons a day off site', () => {
    expect(k(offsiteWaterPerDay(q('MW', 150), assumedLoadFactor(1, 'x'), q('gal/MWh', 205))).value).toBeCloseTo(738000, 6);
  });

  it('converts litres per kWh to gallons per MWh', () => {
    expectBounds(litresPerKwhAsGallonsPerMwh(q('L/kWh', 3.14, { high: 4.35 })), 829.499, 829.499, 1149.148, 2);
  });
});

describe('the latest reported use', () => {
  const c1 = findFacility('colossus-1')!.water!;

  it("leads with the newest record of actual use: March 2026's reported total as a daily average, not the 2024 expectation", () => {
    const r = latestReportedUse(c1)!;
    expect(r.use.kind === 'known' && r.use.asOf).toBe('2026-03');
    // 25,000,000 gallons ÷ 31 days in March
    expect(r.use.kind === 'known' && r.use.value).toBeCloseTo(25_000_000 / 31, 6);
    expect(waterUseForCase(c1, 'reported')).toEqual(r.use);
    expect(waterUseForCase(c1, 'expected')).toBe(c1.onsiteUseGallonsPerDay);
  });

  it('never takes a single day, and goes back in time with the view', () => {
    // the view of 2025 sees the mid-2024 report; the highest single day of 2026 is never a usual day
    const r = latestReportedUse(c1, '2025-12-31')!;
    expect(r.use.kind === 'known' && [r.use.value, r.use.asOf]).toEqual([30_000, '2024']);
    expect(latestReportedUse(c1, '2023-12-31')).toBeUndefined();
    // with nothing reported by then, the reported case falls back to the expectation
    expect(waterUseForCase(c1, 'reported', '2023-12-31')).toBe(c1.onsiteUseGallonsPerDay);
  });
});
