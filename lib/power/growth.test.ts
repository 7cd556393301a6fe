import { describe, expect, it } from 'vitest';

import { findFacility, getFactors } from '../data/load';
import { formulasOf, growthPoints } from './growth';

describe('formulasOf', () => {
  const points = growthPoints(findFacility('colossus-2')!, getFactors().powerUsageEffectiveness);

  it("gives each formula behind a computed value once: Colossus 2's IT power × Epoch AI's own PUE", () => {
    const formulas = formulasOf(points, ['estimated']);
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).toMatch(/946 MW × PUE 1\.16/);
  });

  it('only for the series asked for', () => {
    expect(formulasOf(points, ['gridSupplied', 'claimed'])).toEqual([]);
  });
});
