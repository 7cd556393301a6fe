/**
 * The worked example, by hand: Colossus 1's permitted tons (NOx 87, PM2.5 73 — the permit's cap on
 * particles of all sizes, counted as PM2.5 as AP-42 does — CO 94, VOC 85, formaldehyde 9.8) × the
 * values of each case in 2025 dollars, then ÷ the value of a statistical life. Each computed figure
 * enters the next step as it is shown (the rounding rule), so the arithmetic below does the same.
 */
import { describe, expect, it } from 'vitest';

import { formatRange } from '../core/format';
import { known } from '../core/quantity';
import { asShown } from '../core/rounding';
import { k } from '../core/test-quantities';
import { getHealthData } from '../data/load';
import { damage, DEATHS_LABEL, deaths, healthImpact, type TonsInput } from './damage';
import { nationalCases, vslIn2025 } from './dollars';

const health = getHealthData();
const cases = nationalCases(health);
const vsl = vslIn2025(health);
const t = (pollutant: TonsInput[number]['pollutant'], value: number): TonsInput[number] => ({
  pollutant,
  tons: {
    name: `${pollutant}, permit cap`,
    quantity: known('short tons/yr', value, { asOf: '2025-07-02', sourceIds: ['techcrunch-2025-07-permit'] }),
  },
});
const permit: TonsInput = [t('NOx', 87), t('PM2.5', 73), t('CO', 94), t('VOC', 85), t('formaldehyde', 9.8)];
const shown = (q: Parameters<typeof k>[0]) => asShown(k(q)).value;

// the values per short ton in 2025 dollars, each its published value × its CPI-U factor, to three figures
const NOX = { low: 6000 * 1.36, central: 15000 * 1.36, high: Number(((14700 + 75700) * 1.34).toPrecision(3)) }; // 8,160; 20,400; 121,000
const PM = {
  low: Number((140000 * 1.36).toPrecision(3)),
  central: Number((158000 * 1.34).toPrecision(3)),
  high: Number((540000 * 1.36).toPrecision(3)),
}; // 190,000; 212,000; 734,000
const VOC_HIGH = Number((18500 * 1.34).toPrecision(3)); // 24,800

const twoFigures = (x: number) => Number(x.toPrecision(2));

describe("Colossus 1's permitted tons × the dollar values per ton", () => {
  const d = damage(permit, cases, health.notValued);

  it('low case: 87 × $8,160 = $709,920 ≈ $710,000, + 73 × $190,000 = $13,870,000 ≈ $14,000,000; the sum ≈ $15,000,000 a year', () => {
    const terms = d.cases.low.terms;
    expect(terms.map((x) => x.pollutant)).toEqual(['NOx', 'PM2.5']);
    expect(shown(terms[0]!.dollars)).toBe(twoFigures(87 * NOX.low));
    expect(shown(terms[1]!.dollars)).toBe(twoFigures(73 * PM.low));
    expect(k(d.cases.low.total).value).toBe(710_000 + 14_000_000);
    expect(shown(d.cases.low.total)).toBe(15_000_000); // rounded to the millions of its larger rounded part
  });

  it('central case: 87 × $20,400 ≈ $1,800,000, + 73 × $212,000 ≈ $15,000,000; the sum ≈ $17,000,000 a year', () => {
    const [nox, pm] = d.cases.central.terms;
    expect(shown(nox!.dollars)).toBe(twoFigures(87 * NOX.central));
    expect(shown(pm!.dollars)).toBe(twoFigures(73 * PM.central));
    expect(shown(d.cases.central.total)).toBe(Math.round((1_800_000 + 15_000_000) / 1e6) * 1e6);
    expect(formatRange(k(d.cases.central.total))).toBe('$17 million a year (2025 dollars)');
  });

  it('high case: 87 × $121,000 ≈ $11,000,000, + 73 × $734,000 ≈ $54,000,000, + VOC 85 × $24,800 ≈ $2,100,000; ≈ $67,000,000', () => {
    const terms = d.cases.high.terms;
    expect(terms.map((x) => x.pollutant)).toEqual(['NOx', 'PM2.5', 'VOC']);
    expect(terms.map((x) => shown(x.dollars))).toEqual([twoFigures(87 * NOX.high), twoFigures(73 * PM.high), twoFigures(85 * VOC_HIGH)]);
    expect(k(d.cases.high.total).value).toBe(11_000_000 + 54_000_000 + 2_100_000);
    expect(shown(d.cases.high.total)).toBe(67_000_000);
  });

  it('prices no CO or formaldehyde, and no VOC in the fine-particle cases, and says why', () => {
    expect(d.cases.central.notPriced.map((n) => n.pollutant)).toEqual(['VOC', 'CO', 'formaldehyde']);
    expect(d.cases.high.notPriced.map((n) => n.pollutant)).toEqual(['CO', 'formaldehyde']);
    expect(d.cases.high.notPriced[0]?.why).toMatch(/carbon monoxide/);
  });

  it('gives the central case with the spread of the three as its range: $15,000,000 to $67,000,000', () => {
    const r = k(d.range);
    // each case's total enters as it is shown: $14,710,000, $16,800,000 and $67,100,000, rounded to the millions
    expect([r.low, r.value, r.high]).toEqual([15_000_000, 17_000_000, 67_000_000]);
    expect(formatRange(r)).toBe('$15–67 million a year (2025 dollars)');
  });

  it('every dollar figure is in 2025 dollars and says so', () => {
    for (const c of Object.values(d.cases)) expect(k(c.total).unit).toBe('USD2025/yr');
    expect(formatRange(k(d.range))).toMatch(/\(2025 dollars\)$/);
  });
});

describe('premature deaths a year, inferred: damage ÷ the value of a statistical life ($7,400,000 × 1.6 ≈ $11,800,000)', () => {
  const dd = deaths(damage(permit, cases, health.notValued), vsl);

  it('low $15,000,000 ÷ $11,800,000 ≈ 1.3; central $17,000,000 ÷ $11,800,000 ≈ 1.4; high $67,000,000 ÷ $11,800,000 ≈ 5.7', () => {
    expect(shown(dd.cases.low)).toBe(twoFigures(15_000_000 / 11_800_000));
    expect(shown(dd.cases.central)).toBe(twoFigures(17_000_000 / 11_800_000));
    expect(shown(dd.cases.high)).toBe(twoFigures(67_000_000 / 11_800_000));
    expect(k(dd.cases.central).derivation?.formula).toBe('$17 million a year (2025 dollars) ÷ $11.8 million (2025 dollars)');
  });

  it('is labelled as this site’s inference', () => {
    expect(dd.label).toBe(DEATHS_LABEL);
    expect(dd.label).toMatch(/inferred by this site/);
  });
});

describe('the core on plain inputs, as a calculator for any proposed plant would call it', () => {
  it('100 tons of NOx a year alone: central 100 × $20,400 = $2,040,000 (100 is written with three figures), ÷ $11,800,000 ≈ 0.173 deaths', () => {
    const plant: TonsInput = [
      {
        pollutant: 'NOx',
        tons: { name: 'NOx of a proposed plant', quantity: known('short tons/yr', 100, { asOf: '2026', sourceIds: ['s'] }) },
      },
    ];
    const { damage: d, deaths: dd } = healthImpact({ tons: plant, values: cases, vsl });
    // 100 is written with three figures: the product shows three
    expect(shown(d.cases.central.total)).toBe(Number((100 * NOX.central).toPrecision(3)));
    expect(shown(dd.cases.central)).toBe(Number((2_040_000 / 11_800_000).toPrecision(3)));
  });

  it('says the damage is not known where nothing given has a price', () => {
    const d = damage([t('CO', 94)], cases, health.notValued);
    expect(d.cases.central.total.kind).toBe('unknown');
    expect(d.range.kind).toBe('unknown');
  });
});
