/**
 * The health figures of each site and of the region, from the data: the default scenarios, the load
 * factor scaling a rate and never a yearly cap, a data center powered by a plant adding nothing, and
 * the region's total as the sum of its sites' tons of one kind.
 */
import { describe, expect, it } from 'vitest';

import { asShown } from '../core/rounding';
import { k } from '../core/test-quantities';
import { scenarioContext } from '../scenario/context';
import { defaultScenario, parseScenario, type Scenario } from '../scenario/scenario';
import { getPlace } from '../data/load';
import { healthFor, regionHealth, type SiteHealth } from './model';

const scenarioAt = (id: string, query: string): Scenario => {
  const r = parseScenario(new URLSearchParams(query), scenarioContext(id)!);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.param} ${e.message}`).join('; '));
  return r.scenario;
};
const site = (id: string, query = ''): SiteHealth => {
  const h = healthFor(id, scenarioAt(id, query));
  if (h?.kind !== 'site') throw new Error(`${id} has no health figures`);
  return h;
};
const shown = (q: Parameters<typeof k>[0]) => asShown(k(q)).value;
const noxOf = (h: { tons: { pollutant: string; tons: Parameters<typeof k>[0] }[] }) => k(h.tons.find((t) => t.pollutant === 'NOx')!.tons);

describe('each site’s default scenario', () => {
  it("Colossus 1: the permit's caps (NOx 87, PM 73, CO 94, VOC 85, formaldehyde 9.8 tons), by default", () => {
    const h = site('colossus-1');
    expect(h.scenario.kind).toBe('permit');
    expect(h.tons.map((t) => [t.pollutant, k(t.tons).value])).toEqual([
      ['NOx', 87],
      ['PM2.5', 73],
      ['CO', 94],
      ['VOC', 85],
      ['formaldehyde', 9.8],
    ]);
    expect(h.tons.every((t) => t.from === 'yearly figure' && !t.scaled)).toBe(true);
  });

  it("the Southaven plant: the consultants' modelled yearly total by default, not scaled; the permit's hourly limits, known only from a report, are a choice marked as such", () => {
    const h = site('southaven-plant');
    expect(h.scenario.kind).toBe('model');
    expect(h.tons.map((t) => [t.pollutant, t.scaled])).toEqual([['NOx', false]]);
    expect(noxOf(h).value).toBe(423.4);
    expect(h.whyDefault).toMatch(/consultants' modelling/);
    const permit = site('southaven-plant', 'tons=permit');
    expect(permit.scenario.confirmed).toBe(false);
    expect(permit.tons.map((t) => [t.pollutant, t.from, t.scaled])).toEqual([['NOx', 'rate', true]]);
  });

  it('offers the satellite figure only as a choice, marked reported, not confirmed', () => {
    const h = site('southaven-plant', 'tons=satellite');
    expect(h.scenario.confirmed).toBe(false);
    expect(h.scenario.reportedBy).toBeTruthy();
    expect(h.scenario.label).toMatch(/reported, not confirmed/);
    expect(h.defaultKind).not.toBe('satellite');
  });
});

describe('the load factor scales a rate, never a yearly cap or total', () => {
  it("Colossus 1's yearly cap stays 87 tons at any load factor", () => {
    expect(noxOf(site('colossus-1', 'loadFactor=0.3')).value).toBe(87);
    expect(noxOf(site('colossus-1', 'loadFactor=0.3')).derivation).toBeUndefined();
  });

  it("the Southaven plant's hourly limits: 47 × 8,760 × 1 ÷ 907.18474 ≈ 450 tons all year, 47 × 8,760 × 0.3 ÷ 907.18474 ≈ 140 at 0.3", () => {
    expect(shown(noxOf(site('southaven-plant', 'tons=permit')))).toBe(Number(((47 * 8760) / 907.18474).toPrecision(2)));
    expect(shown(noxOf(site('southaven-plant', 'tons=permit&loadFactor=0.3')))).toBe(
      Number(((47 * 8760 * 0.3) / 907.18474).toPrecision(2)),
    );
  });

  it("the advocates' potential to emit stays 2,508 tons; the estimate from AP-42 follows the hours run", () => {
    expect(noxOf(site('southaven-plant', 'tons=potential&loadFactor=0.5')).value).toBe(2508);
    const full = noxOf(site('colossus-1', 'tons=estimate'));
    const half = noxOf(site('colossus-1', 'tons=estimate&loadFactor=0.5'));
    expect(half.value).toBeCloseTo(full.value / 2, 9);
  });
});

describe('a site that burns no gas', () => {
  it('Colossus 2 has no health figures of its own: its tons are the Southaven plant’s, counted there', () => {
    const h = healthFor('colossus-2', defaultScenario(scenarioContext('colossus-2')!));
    expect(h?.kind).toBe('none');
    if (h?.kind === 'none') {
      expect(h.countedAt).toBe('southaven-plant');
      expect(h.reason).toMatch(/Southaven plant/);
    }
    expect(healthFor('macrohardrr')?.kind).toBe('none');
    expect(healthFor('no-such-site')).toBeUndefined();
  });
});

describe("the region: each ton once, each site's own default of the permitted equipment by default", () => {
  it("by default: NOx 87 (Colossus 1's permit caps) + 423.4 (the Southaven plant's modelled total) = 510.4 tons, the parts named with their dates", () => {
    const r = regionHealth();
    expect(r.kind).toBeUndefined();
    expect(r.group).toBe('permitted');
    expect(r.parts.map((p) => [p.facilityId, p.kind])).toEqual([
      ['colossus-1', 'permit'],
      ['southaven-plant', 'model'],
    ]);
    expect(noxOf(r).value).toBeCloseTo(87 + 423.4, 9);
    expect(r.named).toBe("Colossus 1: the permit's caps (Jul 2025) + Southaven plant: the modelled yearly total (Aug 2025)");
    // the pollutants only Colossus 1's permit gives are not known at the plant, and said so
    expect(r.missing.find((m) => m.pollutant === 'PM2.5')?.facilityIds).toEqual(['southaven-plant']);
    expect(r.without).toEqual([]);
  });

  it('Colossus 2 and MACROHARDRR add nothing: they burn no gas', () => {
    const r = regionHealth();
    expect(r.noGas.map((n) => n.facilityId).sort()).toEqual(['colossus-2', 'macrohardrr']);
    expect(r.parts.some((p) => p.facilityId === 'colossus-2' || p.facilityId === 'macrohardrr')).toBe(false);
  });

  it("the region's central damage is the sum of the two sites' (to the rounding of the figures shown)", () => {
    // central values per ton in 2025 dollars: NOx $15,000 (2015) × 1.36 = $20,400; PM2.5 $158,000 (2016) × 1.34 ≈ $212,000;
    // each term shown to two figures, as damage.test.ts works them (CO and VOC have no central value):
    // Colossus 1: 87 × $20,400 ≈ $1,800,000 + 73 × $212,000 ≈ $15,000,000 = $16,800,000
    // the plant: 423.4 × $20,400 = $8,637,360 (one term, kept whole), shown to three figures ≈ $8,640,000
    // the region: (87 + 423.4 =) 510.4 × $20,400 = $10,412,160 ≈ $10,000,000 + 73 × $212,000 ≈ $15,000,000 = $25,000,000
    const c1 = k(site('colossus-1').damage.cases.central.total).value;
    const plant = k(site('southaven-plant').damage.cases.central.total).value;
    const region = k(regionHealth().damage.cases.central.total).value;
    expect(c1).toBe(1_800_000 + 15_000_000);
    expect(plant).toBeCloseTo(423.4 * 20_400, 6);
    expect(shown(site('southaven-plant').damage.cases.central.total)).toBe(8_640_000);
    expect(region).toBe(10_000_000 + 15_000_000);
    // the sum of the two sites' ($25,437,360) and the region's differ only by the rounding of the NOx terms
    expect(Math.abs(region - (c1 + plant))).toBeLessThanOrEqual(500_000);
  });

  it("an explicit kind is added alone: the permit's caps at Colossus 1 only, the plant's hourly limits being reported, not confirmed", () => {
    const r = regionHealth({ ...defaultScenario(scenarioContext('colossus-1')!), tons: 'permit' });
    expect(r.parts.map((p) => p.facilityId)).toEqual(['colossus-1']);
    expect(noxOf(r).value).toBe(87);
    expect(r.without).toEqual([
      {
        facilityId: 'southaven-plant',
        name: 'Southaven plant',
        has: ['permit', 'model', 'potential', 'satellite', 'estimate'],
        reason: 'reported, not confirmed',
      },
    ]);
  });

  it('a kind one site lacks leaves that site out, and says so; a kind known only from reports is never added', () => {
    const model = regionHealth({ ...defaultScenario(scenarioContext('southaven-plant')!), tons: 'model' });
    expect(model.parts.map((p) => p.facilityId)).toEqual(['southaven-plant']);
    expect(model.without.map((w) => [w.facilityId, w.reason])).toEqual([['colossus-1', 'it has no "model" scenario']]);
    expect(() => regionHealth({ ...defaultScenario(scenarioContext('southaven-plant')!), tons: 'satellite' })).toThrow(/confirmed/);
    const potential = regionHealth({ ...defaultScenario(scenarioContext('southaven-plant')!), tons: 'potential' });
    // the advocates' figures at both sites: 1,200–2,100 (Colossus 1's notice) + 2,508 (the plant's filing)
    const nox = noxOf(potential);
    expect([nox.low, nox.value, nox.high]).toEqual([1200 + 2508, 1200 + 2508, 2100 + 2508]);
  });
});

describe('what is set beside the figures', () => {
  it("Colossus 1's permitted NOx against the area's largest sources: 87 ÷ 1,077 (the airport) ≈ 8%, and it would rank fifth of five", () => {
    const a = site('colossus-1').againstSources!;
    expect(a.rows[0]?.name).toBe('Memphis International Airport');
    expect(k(a.rows[0]!.times).value).toBeCloseTo(87 / 1077, 12);
    expect(a.rows[0]?.inWords).toBe(`about ${Math.round((87 / 1077) * 100)}% of Memphis International Airport`);
    expect([a.rank, a.of]).toEqual([5, 4]);
    expect(a.inventory.area).toMatch(/Memphis metropolitan area/);
  });

  it('dollars per county resident: the range of the cases ÷ 910,530 residents of Shelby County', () => {
    const h = site('colossus-1');
    const per = k(h.perResident);
    expect(per.unit).toBe('USD2025/person/yr');
    expect(per.low).toBeCloseTo(15_000_000 / 910_530, 9);
    expect(per.high).toBeCloseTo(67_000_000 / 910_530, 9);
  });

  it("dollars per household: Shelby County's 910,530 residents ÷ Tennessee's 2.52 persons per household (ACS) ≈ 361,000 households; $15–67 million ÷ 361,000", () => {
    const per = k(site('colossus-1').perHousehold);
    expect(per.unit).toBe('USD2025/household/yr');
    // 910,530 ÷ 2.52 = 361,321, shown to the three figures of 2.52
    expect(per.low).toBeCloseTo(15_000_000 / 361_000, 9);
    expect(per.high).toBeCloseTo(67_000_000 / 361_000, 9);
  });

  it("the region's households: each county's residents ÷ its own state's persons per household, added", () => {
    const r = regionHealth();
    const inputs = k(r.perHousehold).derivation!.inputs;
    const households = k(inputs[1]!.quantity);
    const desoto = getPlace('southaven').countyPopulation;
    const shelby = getPlace('memphis').countyPopulation;
    // each county's estimate is shown to three figures before it is added, and the sum of two computed figures to three too
    const three = (x: number) => Number(x.toPrecision(3));
    expect(households.value).toBe(three(three(k(shelby).value / 2.52) + three(k(desoto).value / 2.62)));
  });

  it("beside the electricity: Colossus 1's permitted 247 MW all year ≈ 2,160,000 MWh; $15–67 million ÷ (2,160,000 MWh × 1,000 kWh per MWh) a kWh, beside Tennessee's industrial 6.23¢", () => {
    const e = site('colossus-1').electricity!;
    expect(k(e.turbinesMw.quantity).value).toBe(247);
    // 247 × 8,760 = 2,163,720, shown to the three figures of 247
    expect(shown(e.energy)).toBe(2_160_000);
    const per = k(e.perKwh);
    expect(per.unit).toBe('USD2025/kWh');
    expect(per.low).toBeCloseTo(15_000_000 / (2_160_000 * 1000), 12);
    expect(per.high).toBeCloseTo(67_000_000 / (2_160_000 * 1000), 12);
    expect(k(e.price).value).toBe(0.0623);
    expect(e.state).toBe('Tennessee');
    // 2023 dollars to 2025: × 321.943 ÷ 304.702 (CPI-U), shown to 3 figures: 1.06; then $0.0623 × 1.06 ≈ $0.066
    expect(shown(e.priceIn2025!)).toBeCloseTo(0.0623 * Number((321.943 / 304.702).toPrecision(3)), 4);
    const share = k(e.shareOfPrice!);
    expect(share.low).toBeCloseTo(asShown(k(e.perKwh)).low / asShown(k(e.priceIn2025!)).value, 6);
    expect(share.high).toBeCloseTo(asShown(k(e.perKwh)).high / asShown(k(e.priceIn2025!)).value, 6);
  });

  it('a yearly cap run half the hours: half the kWh, so each carries twice the damage', () => {
    const all = k(site('colossus-1').electricity!.perKwh);
    const half = k(site('colossus-1', 'loadFactor=0.5').electricity!.perKwh);
    expect(half.value / all.value).toBeCloseTo(2, 2);
  });

  it("the Southaven plant: about 1,200 MW permitted; Mississippi's industrial price was not found, and says so", () => {
    const e = site('southaven-plant').electricity!;
    expect(k(e.turbinesMw.quantity).value).toBe(1200);
    expect(e.price.kind).toBe('unknown');
    expect(e.priceIn2025).toBeUndefined();
    expect(e.shareOfPrice).toBeUndefined();
    expect(e.state).toBe('Mississippi');
  });

  it("the sites' NOx scenarios lie far apart: the Southaven plant's satellite figure all year ÷ Colossus 1's cap ≈ 7,050 ÷ 87 ≈ 81", () => {
    const s = regionHealth().spread!;
    expect(k(s.lowest.quantity).value).toBe(87);
    expect(shown(s.times)).toBe(Number((7050 / 87).toPrecision(2)));
  });

  it("gives the site's own grid cell as a cross-check, outside the cases", () => {
    const h = site('colossus-1');
    expect(h.crossCheck?.case).toBe('cross-check');
    expect(h.crossCheck?.terms.map((t) => t.pollutant)).toEqual(['NOx', 'PM2.5']);
  });

  it("carries EPA's decision of January 2026, the caveats and the dollar year", () => {
    const c = site('colossus-1').context;
    expect(c.epaDecision.frDocument).toBe('2026-00677');
    expect(c.epaDecision.quotation).toMatch(/no longer monetizing benefits from PM2.5 and ozone/);
    expect(c.caveats.map((x) => x.id)).toEqual(expect.arrayContaining(['epa-stopped', 'tons-differ', 'ground-level', 'deaths-inferred']));
    expect(c.dollarYear.year).toBe(2025);
  });
});
