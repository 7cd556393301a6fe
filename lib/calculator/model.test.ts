import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatRange } from '../core/format';
import { getDataset } from '../data/load';
import { householdsByEnergy, loadFactorFor } from '../power/power';
import type { KnownQuantity, Quantity } from '../core/quantity';
import { getProposal, type Proposal } from './model';
import type { CalculatorSettings } from './settings';
import { stateBaseline, stateCodes } from './states';

const base: CalculatorSettings = { state: 'GA', loadFactor: 1, hours: 8760, control: 'lean-premix' };
const proposal = (s: Partial<CalculatorSettings>): Proposal => {
  const p = getProposal({ ...base, ...s });
  if (p === undefined) throw new Error('no proposal');
  return p;
};
const v = (q: Quantity | undefined): number => {
  if (q === undefined || q.kind !== 'known') throw new Error('expected a known figure');
  return q.value;
};
const k = (q: Quantity | undefined): KnownQuantity => {
  if (q === undefined || q.kind !== 'known') throw new Error('expected a known figure');
  return q;
};

describe('the state table', () => {
  it('has every state and DC, with EIA 2022 homes as the source gives them', () => {
    expect(stateCodes()).toHaveLength(51);
    const ga = stateBaseline('ga');
    expect(v(ga?.home.electricityKwhPerMonth)).toBe(1096);
    expect(v(ga?.customers)).toBe(4_648_898);
    expect(v(stateBaseline('TN')?.home.electricityKwhPerMonth)).toBe(1188);
    expect(k(stateBaseline('TN')?.home.electricityKwhPerMonth).asOf).toBe('2022');
    // DC: USGS records no public-supply withdrawals inside the District
    expect(stateBaseline('DC')?.publicSupply.kind).toBe('unknown');
    expect(stateBaseline('ZZ')).toBeUndefined();
  });
});

describe('one table of state baselines, used everywhere', () => {
  it('the same state gives the same home and the same homes on the facility pages and in the calculator', () => {
    const places = getDataset().places;
    expect(places.length).toBeGreaterThan(1);
    for (const place of places) {
      const home = place.householdBaselines.find((b) => b.id === place.stateHouseholdBaselineId);
      const code = home?.stateTable;
      if (home === undefined || code === undefined) throw new Error(`${place.id}: its state's home names no row of the state table`);
      const state = stateBaseline(code)!;
      expect(k(home.electricityKwhPerMonth)).toEqual(k(state.home.electricityKwhPerMonth));
      expect(home.label).toBe(state.home.label);
      const power = { name: 'power', quantity: k(proposal({ mw: 300 }).power) as KnownQuantity<'MW'> };
      const lf = loadFactorFor(1);
      expect(v(householdsByEnergy(power, lf, home))).toBe(v(proposal({ state: code, mw: 300 }).homesState));
      expect(v(householdsByEnergy(power, lf, home))).toBe(v(householdsByEnergy(power, lf, state.home)));
    }
  });
});

describe('homes by electricity', () => {
  it('Georgia, 300 MW all year: MW × load factor × 8,760 h × 1,000 ÷ the state’s kWh a year', () => {
    const p = proposal({ mw: 300, water: 500_000 });
    // the formula of the issue, by hand: 300 × 1 × 8,760 × 1,000 ÷ (1,096 × 12 = 13,152) = 199,817.5
    const byHand = (300 * 1 * 8760 * 1000) / (1096 * 12);
    expect(byHand).toBeCloseTo(199_817.52, 1);
    // the site's rounding rule: each computed step enters the next as shown (2,630,000 MWh; 13,200 kWh)
    expect(v(p.energy)).toBe(2_628_000);
    expect(v(p.homesState)).toBeCloseTo((2_630_000 * 1000) / 13_200, 6);
    expect(Math.abs(v(p.homesState) / byHand - 1)).toBeLessThan(0.005);
    expect(formatRange(k(p.homesState))).toBe('199,000 households');
    // by the U.S. home: 899 kWh a month × 12 = 10,788, shown 10,800
    expect(v(p.homesUs)).toBeCloseTo((2_630_000 * 1000) / 10_800, 6);
    expect(Math.abs(v(p.homesUs) / ((300 * 8760 * 1000) / (899 * 12)) - 1)).toBeLessThan(0.005);
    // by power: 13,200 kWh ÷ 8,760 h = 1.507 kW, shown 1.51; 300,000 kW ÷ 1.51
    expect(v(p.homesStateByPower)).toBeCloseTo(300_000 / 1.51, 6);
    // share of Georgia's 4,648,898 residential customers: 199,000 ÷ 4,648,898
    expect(v(p.shareOfStateHomes)).toBeCloseTo(199_000 / 4_648_898, 9);
  });

  it('Tennessee, 100 MW at a load factor of 0.5', () => {
    const p = proposal({ state: 'TN', mw: 100, loadFactor: 0.5 });
    // 100 × 0.5 × 8,760 = 438,000 MWh; 1,188 × 12 = 14,256, shown 14,300
    expect(v(p.energy)).toBe(438_000);
    expect(v(p.homesState)).toBeCloseTo((438_000 * 1000) / 14_300, 6);
    expect(Math.abs(v(p.homesState) / ((100 * 0.5 * 8760 * 1000) / 14_256) - 1)).toBeLessThan(0.005);
  });

  it('IT power × the PUE set', () => {
    const p = proposal({ it: 200, pue: 1.25 });
    expect(v(p.power)).toBe(250);
  });

  it('IT power × the sourced PUE range (1.16–1.58, central 1.4)', () => {
    const p = k(proposal({ it: 100 }).power);
    expect(p.value).toBeCloseTo(140, 9);
    expect(p.low).toBeCloseTo(116, 9);
    expect(p.high).toBeCloseTo(158, 9);
  });

  it('shares of the reader’s utility', () => {
    const p = proposal({ mw: 300, peak: 3000, customers: 400_000 });
    expect(v(p.shareOfPeak)).toBeCloseTo(300 / 3000, 12);
    expect(v(p.shareOfCustomers)).toBeCloseTo(199_000 / 400_000, 12);
  });
});

describe('beside Colossus 1 and Colossus 2', () => {
  it('counts each site’s latest estimate as homes of the chosen state, the same way', () => {
    const p = proposal({ mw: 300 });
    expect(p.references.map((r) => r.facilityId)).toEqual(['colossus-1', 'colossus-2']);
    const c1 = p.references[0]!;
    // 425 MW (Epoch AI, Feb 2026) × 8,760 h = 3,723,000 MWh, shown 3,720,000; ÷ 13,200 kWh per Georgia home
    expect(v(c1.power)).toBe(425);
    expect(v(c1.homes)).toBeCloseTo((3_720_000 * 1000) / 13_200, 6);
  });
});

describe('water', () => {
  it('as homes (per person × household size), people and shares', () => {
    const p = proposal({ mw: 300, water: 500_000, supply: 20 });
    const w = p.water;
    if (w === undefined) throw new Error('no water');
    // Georgia: 75.9 gallons a person × 2.7 people = 204.93, shown to 2 figures (2.7 has two): 200
    expect(v(w.homes)).toBeCloseTo(500_000 / 200, 9);
    expect(v(w.people)).toBeCloseTo(500_000 / 75.9, 9);
    // 1,069.98 million gallons a day of public supply in Georgia (USGS 2015)
    expect(v(w.shareOfStateSupply)).toBeCloseTo(500_000 / 1_069_980_000, 12);
    expect(v(w.shareOfSupply)).toBeCloseTo(500_000 / 20_000_000, 12);
  });

  it('water=average: IT power × 24 h × the load factor × the U.S. average water per kWh of IT energy (LBNL)', () => {
    const use = k(proposal({ mw: 300, water: 'average' }).water?.use);
    // IT power: 300 MW ÷ PUE 1.4 (1.16–1.58) = 214 (190–259), shown to 2 figures as 1.4 has: 210 (190–260)
    // 0.36 L/kWh (to 0.48) ÷ 3.785 L a gallon × 1,000 kWh per MWh = 95.1 (126.8), shown 95 (130)
    expect(use.value).toBeCloseTo(210 * 24 * 1 * 95, 6);
    expect(use.low).toBeCloseTo(190 * 24 * 1 * 95, 6);
    expect(use.high).toBeCloseTo(260 * 24 * 1 * 130, 6);
    // with IT power given, no PUE enters: 100 MW × 24 × 0.5 × 95
    expect(v(proposal({ it: 100, loadFactor: 0.5, water: 'average' }).water?.use)).toBeCloseTo(100 * 24 * 0.5 * 95, 6);
  });

  it('has no water figures without water', () => {
    expect(proposal({ mw: 10 }).water).toBeUndefined();
  });
});

describe('gas', () => {
  it('NOx from AP-42 through the heat rate, and a health damage range', () => {
    const p = proposal({ mw: 300, gas: 100, hours: 4380, control: 'uncontrolled' });
    const g = p.gas;
    if (g === undefined) throw new Error('no gas');
    // 100 MW × 1,000 × 10,240 kJ/kWh × 1.1 ÷ 1,055,055.85 kJ per MMBtu = 1,067.6 MMBtu an hour, shown 1,070
    expect(v(g.heat)).toBeCloseTo((100 * 1000 * 10240 * 1.1) / 1_055_055.85262, 6);
    // 1,070 × 0.32 lb (uncontrolled) × 8,760 h × 0.5 ÷ 2,000 lb
    expect(v(g.nox)).toBeCloseTo((1070 * 0.32 * 8760 * 0.5) / 2000, 6);
    // CO2: 1,070 MMBtu an hour × 117 lb (EIA) × 8,760 h × 0.5 ÷ 2,000 lb
    expect(v(g.co2)).toBeCloseTo((1070 * 117 * 8760 * 0.5) / 2000, 6);
    const damage = k(g.damage.range);
    expect(damage.unit).toBe('USD2025/yr');
    expect(damage.low).toBeGreaterThan(0);
    expect(damage.low).toBeLessThan(damage.high);
    expect(g.notValued.map((n) => n.pollutant).sort()).toEqual(['CO', 'formaldehyde']);
  });

  it('lean premix emits less NOx than uncontrolled turbines, in AP-42’s ratio 0.099 : 0.32', () => {
    const lean = v(proposal({ mw: 1, gas: 50 }).gas?.nox);
    const unc = v(proposal({ mw: 1, gas: 50, control: 'uncontrolled' }).gas?.nox);
    expect(lean / unc).toBeCloseTo(0.099 / 0.32, 9);
  });
});

// each proposal also counts Colossus 1 and 2 (their overviews, about 15 ms each): 60 runs a property, with room on a busy machine
describe('linearity (property)', { timeout: 60_000 }, () => {
  const state = fc.constantFrom(...stateCodes().filter((c) => c !== 'DC'));
  const mw = fc.integer({ min: 1, max: 2_000_000 }).map((n) => n / 100);

  it('homes by power scale exactly with mw', () => {
    fc.assert(
      fc.property(state, mw, fc.integer({ min: 2, max: 9 }), (st, m, times) => {
        const one = v(proposal({ state: st, mw: m }).homesStateByPower);
        const many = v(proposal({ state: st, mw: Math.round(m * times * 100) / 100 }).homesStateByPower);
        expect(many / one).toBeCloseTo(times, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('homes by energy scale with mw, within the rounding of the yearly energy to 3 figures', () => {
    fc.assert(
      fc.property(state, mw, mw, (st, a, b) => {
        const perMwA = v(proposal({ state: st, mw: a }).homesState) / a;
        const perMwB = v(proposal({ state: st, mw: b }).homesState) / b;
        expect(Math.abs(perMwA / perMwB - 1)).toBeLessThan(0.0101);
      }),
      { numRuns: 60 },
    );
  });

  it('water figures scale exactly with water', () => {
    fc.assert(
      fc.property(state, fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 2, max: 9 }), (st, w, times) => {
        const one = proposal({ state: st, mw: 10, water: w }).water;
        const many = proposal({ state: st, mw: 10, water: w * times }).water;
        expect(v(many?.homes) / v(one?.homes)).toBeCloseTo(times, 9);
        expect(v(many?.people) / v(one?.people)).toBeCloseTo(times, 9);
        expect(v(many?.shareOfStateSupply) / v(one?.shareOfStateSupply)).toBeCloseTo(times, 9);
      }),
      { numRuns: 60 },
    );
  });
});
