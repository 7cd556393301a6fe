import { describe, expect, it } from 'vitest';

import { roundAs } from '../core/rounding';

import { getPowerDetail } from './power';

describe('the Power page sets homes against the homes of the place', () => {
  it('the Southaven plant: 1,200 MW all year is as much electricity as about 56% of Mississippi’s 1,329,184 homes use (EIA 2022)', () => {
    const d = getPowerDetail('southaven-plant')!;
    const ms = d.households.shareOfHomes.find((s) => s.baseline.id === 'mississippi')!;
    const i = d.households.figures.findIndex((f) => f.key === 'turbinesPermitted');
    const share = ms.shares[i]!;
    // 1,200 MW × 8,760 h = 10,512,000 MWh, shown as 10,500,000; ÷ (1,186 kWh × 12 = 14,232, shown as 14,200) = 739,000 homes
    // as shown; ÷ 1,329,184: each step starts from the figure the page shows (rounding.ts)
    const shown = (x: number) => roundAs(x, { significantFigures: 3 });
    expect(share.kind === 'known' && share.value).toBeCloseTo(shown((shown(1200 * 8760) * 1000) / shown(1186 * 12)) / 1329184, 6);
    expect(share.kind === 'known' && Math.round(share.value * 100)).toBe(56);
  });

  it('only where a baseline gives the homes it is taken over (the state tables), and no MLGW rule of thumb outside MLGW', () => {
    // Memphis: Tennessee's 3,058,391 residential customers (EIA 2022); MLGW's typical home and the U.S. home give none
    expect(getPowerDetail('colossus-1')!.households.shareOfHomes.map((s) => s.baseline.id)).toEqual(['tennessee']);
    expect(getPowerDetail('colossus-1')!.households.ruleOfThumb.length).toBeGreaterThan(0);
    expect(getPowerDetail('southaven-plant')!.households.ruleOfThumb).toEqual([]);
  });
});
