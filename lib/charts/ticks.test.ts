import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isRoundStep, niceTicks, niceTicksThatFit, roundStep, tickLabel } from './ticks';

describe('roundStep', () => {
  it.each([
    [330, 500],
    [412.5, 500],
    [275, 500],
    [250, 250],
    [200.1, 250],
    [100, 100],
    [101, 200],
    [7, 10],
    [0.33, 0.5],
    [0.1, 0.1],
    [46000, 50000],
    [1.2e6, 2e6],
  ])('%d → %d', (raw, step) => {
    expect(roundStep(raw)).toBe(step);
  });

  it('refuses a step of zero or less', () => {
    expect(() => roundStep(0)).toThrow(/positive/);
    expect(() => roundStep(-5)).toThrow(/positive/);
  });
});

describe('niceTicks', () => {
  it('gives 0 to 2,000 by 500 for a 0–1,650 MW axis, not 550 / 1,100 / 1,650', () => {
    expect(niceTicks(1650, 5)).toEqual({ ticks: [0, 500, 1000, 1500, 2000], step: 500, top: 2000 });
    expect(niceTicks(1650, 4).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(1650, 8).ticks).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750]);
  });

  it('ends on the maximum when the maximum is itself a tick', () => {
    expect(niceTicks(2000, 4).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(150, 3).ticks).toEqual([0, 50, 100, 150]);
  });

  it('covers a GPU count with whole-number ticks in full', () => {
    const t = niceTicks(230000, 5, { wholeNumbers: true });
    expect(t.ticks).toEqual([0, 50000, 100000, 150000, 200000, 250000]);
    expect(t.ticks.map(tickLabel)).toEqual(['0', '50,000', '100,000', '150,000', '200,000', '250,000']);
    expect(niceTicks(3, 5, { wholeNumbers: true }).ticks).toEqual([0, 1, 2, 3]);
  });

  it('makes exact decimal ticks (no 0.30000000000000004)', () => {
    expect(niceTicks(0.3, 3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0.7, 3).ticks).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('draws an empty axis from 0 to 1', () => {
    expect(niceTicks(0)).toEqual({ ticks: [0, 1], step: 1, top: 1 });
  });

  it('refuses a negative or infinite maximum and a count below 1', () => {
    expect(() => niceTicks(-1)).toThrow();
    expect(() => niceTicks(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => niceTicks(10, 0)).toThrow();
  });

  it('for any maximum: round steps, every tick a multiple of the step, the top at or above the maximum, at most the intervals asked', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e10, noNaN: true }), fc.integer({ min: 1, max: 10 }), (max, n) => {
        const { ticks, step, top } = niceTicks(max, n);
        expect(isRoundStep(step)).toBe(true);
        expect(ticks[0]).toBe(0);
        // (to 12 significant figures: a maximum a float's breadth past a tick ends on that tick)
        expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-12));
        // the last step is needed: without it the axis would stop short of the maximum
        expect(top - step).toBeLessThan(max);
        expect(ticks.length - 1).toBeLessThanOrEqual(n);
        ticks.forEach((t, i) => expect(Math.abs(t - i * step)).toBeLessThanOrEqual(step * 1e-9));
      }),
    );
  });
});

describe('isRoundStep', () => {
  it.each([
    [1, true],
    [2, true],
    [2.5, true],
    [5, true],
    [50, true],
    [250, true],
    [0.25, true],
    [1e6, true],
    [550, false],
    [3, false],
    [400, false],
    [1650, false],
    [0, false],
  ])('%d → %s', (step, round) => {
    expect(isRoundStep(step)).toBe(round);
  });
});

describe('tickLabel', () => {
  it('writes numbers in full with thousands separators, never "k"', () => {
    expect([0, 500, 1000, 1500, 2000].map(tickLabel)).toEqual(['0', '500', '1,000', '1,500', '2,000']);
    expect(tickLabel(5_000_000)).toBe('5,000,000');
    expect(tickLabel(2.5)).toBe('2.5');
  });
});

describe('niceTicksThatFit', () => {
  const charWidth = (label: string) => label.length * 8;

  it('takes as many round steps as the labels leave room for', () => {
    // 6 labels of "2,000" (40 px + a 12 px gap) need 312 px
    expect(niceTicksThatFit(1650, { length: 320, labelLength: charWidth, maxIntervals: 8 }).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicksThatFit(1650, { length: 800, labelLength: charWidth, maxIntervals: 8 }).step).toBe(250);
  });

  it('falls back to fewer, longer steps when long labels are crowded', () => {
    const t = niceTicksThatFit(4_600_000, { length: 300, labelLength: charWidth });
    // "5,000,000" is 72 px: three labels need 252 px, four would need 336
    expect(t.ticks).toEqual([0, 2_500_000, 5_000_000]);
    expect(t.ticks.length * (72 + 12)).toBeLessThanOrEqual(300);
  });

  it('spaces the ticks of a vertical axis by the line height', () => {
    const t = niceTicksThatFit(1650, { length: 120, labelLength: () => 16, gap: 8, maxIntervals: 8 });
    expect(t.ticks.length * 24).toBeLessThanOrEqual(120);
    expect(isRoundStep(t.step)).toBe(true);
  });
});
