import { describe, expect, it } from 'vitest';

import { shareOf } from '../core/compare';
import {
  annualEnergyMwh,
  assumedLoadFactor,
  averagePowerFromMonthlyEnergy,
  energyFromBill,
  facilityPowerFromIt,
  gpuPowerMw,
  gridShareOfSupply,
  householdAnnualKwh,
  householdAverageKw,
  householdsAcrossBaselines,
  householdsByEnergy,
  householdsByPower,
  householdsByRuleOfThumb,
  siteEstimateMw,
} from './power';
import { known, type KnownQuantity, type Quantity, unknown } from '../core/quantity';
import { roundAs } from '../core/rounding';
import { expectBounds, k, q } from '../core/test-quantities';
import type { HouseholdBaseline } from '../data/schemas/place';

const meta = { asOf: '2024', sourceIds: ['src'] };

function baseline(id: string, kwhPerMonth: number): HouseholdBaseline {
  return {
    id,
    label: id,
    scope: id,
    electricityKwhPerMonth: known('kWh/month', kwhPerMonth, meta),
    waterGallonsPerDay: unknown('gal/day', 'not found'),
  };
}

function value<U extends string>(q: Quantity): KnownQuantity {
  if (q.kind !== 'known') throw new Error(`expected a known quantity, got: ${q.reason}`);
  return q as KnownQuantity & { unit: U };
}

const mw = (v: number, range: { low?: number; high?: number } = {}) => ({
  name: 'the facility',
  quantity: known('MW', v, { ...meta, ...range }),
});
const full = assumedLoadFactor(1, 'flat out');

/**
 * A computed figure as the site shows it (three figures), which is how the next step of the
 * arithmetic takes it (rounding.ts): every displayed equation then adds up as displayed.
 */
const shown = (x: number) => roundAs(x, { significantFigures: 3 });

describe('household baselines', () => {
  it.each([
    // kWh a month → kWh a year (× 12) → average kW (÷ 8,760 h, from the yearly figure as shown)
    [1000, 12000, 12000 / 8760],
    [1283, 15396, 15400 / 8760],
    [863.27502, 10359.30024, 10400 / 8760],
  ])('%d kWh a month = %d kWh a year = an average of %d kW', (monthly, yearly, kw) => {
    const b = baseline('b', monthly);
    expect(value(householdAnnualKwh(b)).value).toBeCloseTo(yearly, 6);
    expect(value(householdAverageKw(b)).value).toBeCloseTo(kw, 9);
  });
});

describe('households by power and by energy', () => {
  it.each([
    // 150 MW × 8,760 h = 1,314,000 MWh a year; ÷ 12,000 kWh ≈ 109,500 homes
    [150, 1000, 109500],
    // ÷ 15,396 kWh (Tennessee, 2018) ≈ 85,347 homes
    [150, 1283, 1314000000 / 15396],
    // 300 MW with the US 2024 average: 2,628,000 MWh ÷ 10,359.3 kWh
    [300, 863.27502, 2628000000 / 10359.30024],
  ])('%d MW against %d kWh a month ≈ %d homes, by both methods at load factor 1, as shown', (power, monthly, exact) => {
    const b = baseline('b', monthly);
    // each method starts its later steps from figures as shown; rounding to three figures moves a figure by at most
    // half a unit in its third figure (0.5%), so two such steps land within 1% of the exact count
    const byPower = value(householdsByPower(mw(power), b)).value;
    const byEnergy = value(householdsByEnergy(mw(power), full, b)).value;
    expect(Math.abs(byPower / exact - 1)).toBeLessThan(0.01);
    expect(Math.abs(byEnergy / exact - 1)).toBeLessThan(0.01);
    expect(byEnergy).toBeCloseTo((shown(power * 8760) * 1000) / shown(monthly * 12), 6);
    expect(byPower).toBeCloseTo((power * 1000) / shown(shown(monthly * 12) / 8760), 6);
  });

  it('counts fewer homes by energy when the facility runs below full power', () => {
    const b = baseline('b', 1000);
    const half = assumedLoadFactor(0.5, 'half');
    // 657,000 MWh a year ÷ 12,000 kWh
    expect(value(householdsByEnergy(mw(150), half, b)).value).toBeCloseTo(657_000_000 / 12_000, 6);
    // 150,000 kW ÷ 1.37 kW (12,000 kWh ÷ 8,760 h, as shown)
    expect(value(householdsByPower(mw(150), b)).value).toBeCloseTo(150_000 / 1.37, 6);
  });

  it('carries a power range through to the household count', () => {
    const q = value(householdsByEnergy(mw(150, { low: 100, high: 300 }), full, baseline('b', 1000)));
    // 876,000 / 1,310,000 / 2,630,000 MWh a year as shown, ÷ 12,000 kWh
    expect(q.low).toBeCloseTo(876_000_000 / 12_000, 6);
    expect(q.value).toBeCloseTo(1_310_000_000 / 12_000, 6);
    expect(q.high).toBeCloseTo(2_630_000_000 / 12_000, 6);
  });

  it('gives the yearly energy in MWh, not MW', () => {
    const e = value(annualEnergyMwh(mw(150), assumedLoadFactor(0.8, 'x')));
    expect(e.unit).toBe('MWh/yr');
    expect(e.value).toBeCloseTo(1051200, 6);
  });

  it('shows its formula and inputs', () => {
    const q = value(householdsByEnergy(mw(150), full, baseline('mlgw', 1000)));
    // the yearly energy as it is shown, three figures
    expect(q.derivation?.formula).toContain('1,310,000 MWh a year');
    expect(q.derivation?.formula).toContain('12,000 kWh a year');
    expect(q.sourceIds).toEqual(['src']);
  });

  it('rejects a load factor outside (0, 1]', () => {
    expect(() => assumedLoadFactor(0, 'x')).toThrow();
    expect(() => assumedLoadFactor(1.2, 'x')).toThrow();
  });
});

describe('householdsAcrossBaselines', () => {
  const baselines = [baseline('mlgw', 1000), baseline('tennessee', 1283), baseline('us', 863.27502)];

  it('takes the default baseline as the central value and the spread of all baselines as the range', () => {
    const { overall, byBaseline } = householdsAcrossBaselines(mw(150), full, baselines, 'mlgw');
    const q = value(overall);
    // each baseline's count as shown (three figures): the envelope takes the figures the page shows
    expect(q.value).toBe(shown(1_310_000_000 / 12_000));
    expect(q.low).toBe(shown(1_310_000_000 / 15_400)); // Tennessee homes use the most, so fewest homes
    expect(q.high).toBe(shown(1_310_000_000 / 10_400)); // US homes use the least
    expect(byBaseline.map((b) => b.baseline.id)).toEqual(['mlgw', 'tennessee', 'us']);
  });

  it('refuses an unknown default baseline', () => {
    expect(() => householdsAcrossBaselines(mw(150), full, baselines, 'mars')).toThrow(/Unknown household baseline/);
  });
});

describe('shareOf', () => {
  it.each([
    [150, {}, 3000, {}, 0.05, 0.05, 0.05],
    [300, {}, 2000, {}, 0.15, 0.15, 0.15],
    // a whole with a range: the share's range runs the other way
    [150, {}, 3484.1, { low: 3395.8, high: 3533 }, 150 / 3484.1, 150 / 3533, 150 / 3395.8],
  ])('%d MW of %d MW', (part, partRange, whole, wholeRange, central, low, high) => {
    const q = value(
      shareOf(
        { name: 'part', quantity: known('MW', part, { ...meta, ...partRange }) },
        { name: 'whole', quantity: known('MW', whole, { ...meta, ...wholeRange }) },
      ),
    );
    expect(q.value).toBeCloseTo(central, 9);
    expect(q.low).toBeCloseTo(low, 9);
    expect(q.high).toBeCloseTo(high, 9);
  });
});

describe('MLGW rule of thumb', () => {
  it('150 MW × 500–1,000 homes per MW = 75,000–150,000 homes', () => {
    expectBounds(householdsByRuleOfThumb(q('MW', 150), q('households/MW', 750, { low: 500, high: 1000 })), 75000, 112500, 150000);
  });
});

describe('bottom-up power from the GPU count', () => {
  it.each([
    // GPUs, kW per GPU, MW
    [100000, 0.7, 70],
    [100000, 1.275, 127.5],
    [200000, 1.275, 255],
  ])('%d GPUs × %d kW = %d MW', (gpus, kw, mw) => {
    expectBounds(gpuPowerMw(q('GPUs', gpus), q('kW/GPU', kw)), mw, mw, mw);
  });

  it('multiplies by the PUE range: 127.5 MW × 1.16–1.58 (central 1.4)', () => {
    expectBounds(facilityPowerFromIt(q('MW', 127.5), q('ratio', 1.4, { low: 1.16, high: 1.58 })), 147.9, 178.5, 201.45);
  });

  it('carries a GPU-count range through', () => {
    const it = gpuPowerMw(q('GPUs', 230000, { low: 200000 }), q('kW/GPU', 1.275));
    expectBounds(it, 255, 293.25, 293.25);
  });
});

describe('a lower bound carries into what grows with it', () => {
  const more = { name: 'more than 300 MW', quantity: known('MW', 300, { ...meta, qualifier: 'more than' }) };
  it('"more than 300 MW" gives "more than" homes by every baseline, by the rule of thumb, and as a share', () => {
    const b = baseline('b', 1000);
    expect(householdsByPower(more, b)).toMatchObject({ qualifier: 'more than' });
    expect(householdsByEnergy(more, full, b)).toMatchObject({ qualifier: 'more than' });
    expect(householdsByRuleOfThumb(more, q('households/MW', 750))).toMatchObject({ qualifier: 'more than' });
    expect(householdsAcrossBaselines(more, full, [b, baseline('c', 900)], 'b').overall).toMatchObject({ qualifier: 'more than' });
    expect(shareOf(more, { name: 'load', quantity: known('MW', 2000, meta) })).toMatchObject({ qualifier: 'more than' });
  });
  it('a plain figure, or a figure in the denominator, gives no bound', () => {
    expect(householdsByPower(mw(300), baseline('b', 1000))).not.toHaveProperty('qualifier');
    expect(shareOf({ name: 'load', quantity: known('MW', 2000, meta) }, more)).not.toHaveProperty('qualifier');
  });
});

describe('the latest independent estimate of a site', () => {
  const pue = known('ratio', 1.4, { ...meta, low: 1.16, high: 1.58 });
  const at = (v: number, asOf: string) => known('MW', v, { ...meta, asOf });

  it('is the site figure when there is no IT power estimate', () => {
    expect(siteEstimateMw({ estimatedPowerMw: at(661, '2026-06-13') }, pue)).toMatchObject({ value: 661 });
    expect(siteEstimateMw({}, pue)).toBeUndefined();
  });

  it('turns a newer IT power estimate into the site\'s power with the PUE range, and says how', () => {
    const q = k(siteEstimateMw({ estimatedPowerMw: at(661, '2026-06-13'), estimatedItPowerMw: at(946, '2026-09') }, pue)!);
    expectBounds(q, 946 * 1.16, 946 * 1.4, 946 * 1.58);
    expect(q.derivation?.formula).toContain('PUE');
  });

  it('uses the analysts\' own PUE for the site where they give one', () => {
    const own = known('ratio', 1.16, meta);
    const q = k(siteEstimateMw({ estimatedItPowerMw: at(946, '2026-09-25'), estimatedItPowerPue: own }, pue)!);
    expectBounds(q, 946 * 1.16, 946 * 1.16, 946 * 1.16);
  });

  it('keeps a site figure that is newer than the IT power estimate', () => {
    expect(siteEstimateMw({ estimatedPowerMw: at(700, '2026-10'), estimatedItPowerMw: at(946, '2026-09') }, pue)).toMatchObject({
      value: 700,
    });
  });
});

describe('what the bills imply', () => {
  it('$300,000–$400,000 a month at 6.23–11.8 cents per kWh', () => {
    const energy = energyFromBill(q('USD/month', 350000, { low: 300000, high: 400000 }), q('USD/kWh', 0.0623, { high: 0.118 }));
    expectBounds(energy, 300000 / 0.118, 350000 / 0.0623, 400000 / 0.0623, 1);
    // the energy as shown (three figures) ÷ 730 hours in an average month ÷ 1,000 kW per MW
    expectBounds(
      averagePowerFromMonthlyEnergy({ name: 'e', quantity: energy }),
      shown(300000 / 0.118) / 730000,
      shown(350000 / 0.0623) / 730000,
      shown(400000 / 0.0623) / 730000,
    );
  });

  it('the expected $7 million a month at 6.23 cents per kWh is about 154 MW on average', () => {
    const energy = energyFromBill(q('USD/month', 7000000), q('USD/kWh', 0.0623));
    // 112,000,000 kWh a month as shown ÷ 730 h ÷ 1,000: 153.4 MW, shown as 153 MW
    expect(k(averagePowerFromMonthlyEnergy({ name: 'e', quantity: energy })).value).toBeCloseTo(shown(7000000 / 0.0623) / 730000, 6);
  });
});

describe('grid share of supply', () => {
  it.each([
    [150, 247, 150 / 397],
    [50, 100.8, 50 / 150.8],
    [150, 0, 1],
  ])('%d MW grid, %d MW turbines', (grid, turbines, share) => {
    expect(k(gridShareOfSupply(q('MW', grid), q('MW', turbines))).value).toBeCloseTo(share, 9);
  });

  it('is unknown when the turbines are', () => {
    expect(gridShareOfSupply(q('MW', 150), { name: 'turbines', quantity: unknown('MW', 'no count') }).kind).toBe('unknown');
  });
});
