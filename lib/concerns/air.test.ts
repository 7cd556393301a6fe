import { describe, expect, it } from 'vitest';

import { againstCapInWords, gridEmissions, inMetricTonnes, multipleInWords, timesCap, turbineHistory } from './air';
import { findFacility } from '../data/load';
import { annualEnergyMwh, assumedLoadFactor } from '../power/power';
import { unknown } from '../core/quantity';
import { roundAs } from '../core/rounding';
import { expectBounds, k, q } from '../core/test-quantities';

/** A computed figure as the site shows it, and so as the next step takes it (rounding.ts): three figures. */
const shown = (x: number) => roundAs(x, { significantFigures: 3 });

describe('the CO2 of the same energy from the grid', () => {
  // 150 MW × 8,760 h × 1.0 = 1,314,000 MWh a year
  const energy = annualEnergyMwh(q('MW', 150), assumedLoadFactor(1, 'x'));

  it('150 MW all year is 1,314,000 MWh', () => {
    expect(k(energy).value).toBe(1_314_000);
  });

  // the energy enters as it is shown, 1,310,000 MWh (three figures), so that the equation adds up as displayed
  it("at TVA's 624.94 lb/MWh: 1,310,000 × 624.94 ÷ 2,000 = 409,335.7 short tons", () => {
    const tons = gridEmissions({ name: 'energy', quantity: energy }, q('lb/MWh', 624.94));
    expect(k(tons).unit).toBe('short tons/yr');
    expect(k(tons).value).toBeCloseTo((shown(1_314_000) * 624.94) / 2000, 6);
    expect(shown(k(tons).value)).toBe(409_000);
  });

  it("at eGRID's 900.82 lb/MWh: 1,310,000 × 900.82 ÷ 2,000 = 590,037.1 short tons", () => {
    expect(k(gridEmissions({ name: 'energy', quantity: energy }, q('lb/MWh', 900.82))).value).toBeCloseTo((1_310_000 * 900.82) / 2000, 6);
  });

  it('scales with the load factor: 0.5 halves it', () => {
    const half = annualEnergyMwh(q('MW', 150), assumedLoadFactor(0.5, 'x'));
    expect(k(gridEmissions({ name: 'energy', quantity: half }, q('lb/MWh', 624.94))).value).toBeCloseTo((shown(657_000) * 624.94) / 2000, 6);
  });

  it('carries both ranges: 100–200 MWh at 500–1,000 lb/MWh is 25–100 tons', () => {
    expectBounds(gridEmissions(q('MWh/yr', 150, { low: 100, high: 200 }), q('lb/MWh', 800, { low: 500, high: 1000 })), 25, 60, 100);
  });

  it('shows its formula, with the pounds per short ton', () => {
    const tons = k(gridEmissions({ name: 'energy', quantity: energy }, q('lb/MWh', 624.94)));
    expect(tons.derivation?.formula).toBe('1,310,000 MWh a year × 624.94 lb per MWh ÷ 2,000 lb per short ton');
  });

  it('is unknown when the energy is unknown, and says why', () => {
    const r = gridEmissions({ name: 'energy', quantity: unknown('MWh/yr', 'no grid figure') }, q('lb/MWh', 624.94));
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') expect(r.reason).toMatch(/no grid figure/);
  });
});

describe('metric tonnes', () => {
  it('410,585.58 short tons × 2,000 ÷ 2,204.62262 = 372,477 tonnes (about 372,000 t, as the fact sheet has it)', () => {
    expect(k(inMetricTonnes(q('short tons/yr', 410_585.58))).value).toBeCloseTo(372_477, 0);
  });

  it('one short ton is 0.907 tonnes', () => {
    expect(k(inMetricTonnes(q('short tons/yr', 1))).value).toBeCloseTo(0.90718474, 7);
  });
});

describe('an estimate against the permit cap', () => {
  it("SELC's 1,200–2,000 tons ÷ the 87-ton cap is 13.8–23.0 times", () => {
    expectBounds(timesCap(q('short tons/yr', 1200, { high: 2000 }), q('short tons/yr', 87)), 1200 / 87, 1200 / 87, 2000 / 87);
    expect(1200 / 87).toBeCloseTo(13.79, 2);
    expect(2000 / 87).toBeCloseTo(22.99, 2);
  });

  it('177 tons at 2 ppm is about twice the cap', () => {
    expect(k(timesCap(q('short tons/yr', 177), q('short tons/yr', 87))).value).toBeCloseTo(2.034, 3);
  });
});

describe('the turbines over time', () => {
  const facility = findFacility('colossus-1')!;

  it('lists only the events that change a turbine figure, carrying the others forward', () => {
    const rows = turbineHistory(facility);
    expect(rows.map((r) => r.event.date)).toEqual(['2024-08', '2025-04', '2025-05-01', '2025-07-02']);
    const permit = rows[3]!;
    expect(k(permit.permittedCount!).value).toBe(15);
    // the count reported before the permit carries forward into the permit's row
    expect(permit.reportedCount).toBe(rows[2]!.reportedCount);
    expect(rows[0]!.permittedCount).toBeUndefined();
  });

  it('stops at the date asked for', () => {
    expect(turbineHistory(facility, '2025-04-30').map((r) => r.event.date)).toEqual(['2024-08', '2025-04']);
    expect(turbineHistory(facility, '2024-07-01')).toEqual([]);
  });
});

describe('the concerns page of Colossus', () => {
  it('takes the grid figure from the grid power in service and the scenario’s load factor', async () => {
    const { getConcernsDetail } = await import('../pages/concerns');
    const { scenarioContext } = await import('../scenario/context');
    const { defaultScenario } = await import('../scenario/scenario');
    const base = defaultScenario(scenarioContext('colossus-1')!);
    const full = getConcernsDetail('colossus-1', base)!;
    const mw = k(full.grid.power).value;
    // energy = MW × 8,760 h × load factor 1; CO2 = energy as shown × lb/MWh ÷ 2,000
    expect(k(full.grid.energy).value).toBeCloseTo(mw * 8760, 6);
    const energy = shown(k(full.grid.energy).value);
    for (const r of full.grid.rows) expect(k(r.tons).value).toBeCloseTo((energy * k(r.factor.lbPerMwh).value) / 2000, 3);
    const at80 = getConcernsDetail('colossus-1', { ...base, loadFactor: 0.8 })!;
    // 80% of the year's energy, as shown, at the same rate
    expect(k(at80.grid.energy).value).toBeCloseTo(0.8 * k(full.grid.energy).value, 6);
    const rate = k(full.grid.rows[0]!.factor.lbPerMwh).value;
    expect(k(at80.grid.rows[0]!.tons).value).toBeCloseTo((shown(0.8 * k(full.grid.energy).value) * rate) / 2000, 3);
    expect(full.noxCap.id).toBe('nox-permit-cap');
    expect(full.noxAgainstCap.length).toBe(full.nox.length - 1);
  });
});

describe('a multiple of the cap, in words', () => {
  it.each([
    [24.137, 'about 24 times'],
    [13.79, 'about 14 times'],
    [3, 'about 3 times'],
    [2.03, 'about twice'],
    [1.49, 'about 1.5 times'],
    [2.6, 'about 2.5 times'],
    [1.1, 'a little over'],
  ])('%s is "%s"', (times, words) => {
    expect(multipleInWords(times)).toBe(words);
  });

  it('says nothing at or under the cap: the caller words those', () => {
    expect(multipleInWords(1.02)).toBeUndefined();
    expect(multipleInWords(0.83)).toBeUndefined();
  });

  it('refuses what is not a multiple', () => {
    expect(() => multipleInWords(-1)).toThrow();
    expect(() => multipleInWords(Number.NaN)).toThrow();
  });
});

describe('figures against the cap, in words', () => {
  it.each([
    // SELC's 1,200–2,000 tons against the 87-ton cap
    [1200 / 87, 2000 / 87, 'about 14 to 23 times the cap'],
    // the op-ed's 72.3 tons up to the notice of intent's 2,100
    [72.3 / 87, 2100 / 87, 'from under the cap to about 24 times it'],
    [1, 2100 / 87, 'from about the cap to about 24 times it'],
    [1.1, 2100 / 87, 'from a little over the cap to about 24 times it'],
    [2.03, 2.1, 'about twice the cap'],
    [1.49, 2.6, 'about 1.5 to 2.5 times the cap'],
    [0.5, 0.83, 'under the cap'],
    [0.5, 1, 'from under the cap to about the cap'],
    [0.98, 1.02, 'about the same as the cap'],
  ])('%s to %s: "%s"', (lowest, highest, words) => {
    expect(againstCapInWords(lowest, highest)).toBe(words);
  });

  it('refuses a lowest above the highest', () => {
    expect(() => againstCapInWords(3, 2)).toThrow();
  });
});
