import { afterEach, describe, expect, it } from 'vitest';

import { listFacilities } from '../data/load';
import { allSites, siteSummary } from './sites';

const before = process.env.CLOCK_NOW;
afterEach(() => {
  if (before === undefined) delete process.env.CLOCK_NOW;
  else process.env.CLOCK_NOW = before;
});

describe('allSites', () => {
  it('is every facility in the data, in its order, each as siteSummary gives it', () => {
    process.env.CLOCK_NOW = '2026-12-01T18:00:00Z';
    const sites = allSites();
    expect(sites.map((s) => s.facility.id)).toEqual(listFacilities().map((f) => f.id));
    expect(JSON.stringify(sites)).toBe(JSON.stringify(listFacilities().map(siteSummary)));
  });

  it('is computed once a day: the same summaries all day, new ones on the next day', () => {
    process.env.CLOCK_NOW = '2026-12-01T15:00:00Z';
    const morning = allSites();
    process.env.CLOCK_NOW = '2026-12-01T20:00:00Z';
    expect(allSites()).toBe(morning);
    process.env.CLOCK_NOW = '2026-12-03T15:00:00Z';
    const later = allSites();
    expect(later).not.toBe(morning);
    expect(JSON.stringify(later)).toBe(JSON.stringify(listFacilities().map(siteSummary)));
  });
});
