import { describe, expect, it } from 'vitest';

import { roundAs } from '../core/rounding';

import { getPowerDetail } from './power';

describe('the Power page sets homes against the homes of the place', () => {
  it('the Southaven plant: 1,200 MW all year is as much electricity as about 58% of Mississippi’s 1,308,149 homes use (facts-3 D-3)', () => {
    const d = getPowerDetail('southaven-plant')!;
    const ms = d.households.shareOfHomes.find((s) => s.baseline.id === 'mississippi')!;
    const i = d.households.figures.findIndex((f) => f.key === 'turbinesPermitted');
    const share = ms.shares[i]!;
    // 1,200 MW × 8,760 h = 10,512,000 MWh, shown as 10,500,000; ÷ (1,146 kWh × 12 = 13,752, shown as 13,800) = 761,000 homes
    // as shown; ÷ 1,308,149: each step starts from the figure the page shows (rounding.ts)
    const shown = (x: number) => roundAs(x, { significantFigures: 3 });
    expect(share.kind === 'known' && share.value).toBeCloseTo(shown((shown(1200 * 8760) * 1000) / shown(1146 * 12)) / 1308149, 6);
    expect(share.kind === 'known' && Math.round(share.value * 100)).toBe(58);
  });

  it('only where a baseline gives the homes it is taken over: none for Memphis, and no MLGW rule of thumb outside MLGW', () => {
    expect(getPowerDetail('colossus-1')!.households.shareOfHomes).toEqual([]);
    expect(getPowerDetail('colossus-1')!.households.ruleOfThumb.length).toBeGreaterThan(0);
    expect(getPowerDetail('southaven-plant')!.households.ruleOfThumb).toEqual([]);
  });
});
