import { describe, expect, it } from 'vitest';

import { shareOf } from './compare';
import { known, unknown } from './quantity';
import type { HouseholdBaseline } from './schemas';
import { householdsByWater, peopleByWater, waterBaseline } from './water';

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
