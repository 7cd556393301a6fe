import { describe, expect, it } from 'vitest';

import { known } from '../core/quantity';
import { findFacility, getFactors } from '../data/load';
import { formulasOf, growthPoints } from './growth';

describe('formulasOf', () => {
  const c2 = findFacility('colossus-2')!;
  const points = growthPoints(c2, getFactors().powerUsageEffectiveness);
  const it946 = known('MW', 946, { asOf: '2026-10-01', sourceIds: ['s'] });
  const pue = known('ratio', 1.16, { asOf: '2026-10-01', sourceIds: ['s'] });
  // a later reading that gives the computers' power alone: the site's power is then our arithmetic
  const withItOnly = {
    ...c2,
    timeline: [
      ...c2.timeline,
      { date: '2026-10-01', title: 'IT only', description: 'x', sourceIds: ['s'], changes: { estimatedItPowerMw: it946, estimatedItPowerPue: pue } },
    ],
  };

  it("gives each formula behind a computed value once: IT power × the analysts' own PUE", () => {
    const formulas = formulasOf(growthPoints(withItOnly, getFactors().powerUsageEffectiveness), ['estimated']);
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).toMatch(/946 MW × PUE 1\.16/);
  });

  it("has none where the analysts give the site's power themselves (Colossus 2 on 1 July 2026)", () => {
    expect(formulasOf(points, ['estimated'])).toEqual([]);
  });

  it('only for the series asked for', () => {
    expect(formulasOf(points, ['gridSupplied', 'claimed'])).toEqual([]);
  });
});
