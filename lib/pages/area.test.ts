import { describe, expect, it } from 'vitest';

import { known } from '../core/quantity';
import { asShown } from '../core/rounding';
import { findFacility, listFacilities } from '../data/load';
import { footprintOverTime, getArea } from './area';
import { getCompare } from './compare';
import { sectionsFor } from './registry';
import { sitesInWords } from './sites';

const value = (q: { kind: string; value?: number } | undefined) => (q?.kind === 'known' ? q.value : undefined);

describe('the Memphis area', () => {
  const area = getArea()!;

  it('adds up the data centers only: a power plant that feeds one is shown, never added', () => {
    const dataCenters = area.sites.filter((s) => s.facility.kind === 'data center');
    const plant = area.sites.find((s) => s.facility.kind === 'power plant')!;
    expect(plant.facility.supplies.map((x) => x.facilityId)).toContain('colossus-2');
    // each data center by its independent estimate, else its grid power in service
    // each as the page shows it (rounding.ts): the sum of what a reader sees
    const expected = dataCenters
      .map((s) => value(s.power.estimated && asShown(s.power.estimated)) ?? value(s.power.gridInService) ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(value(area.totals.estimated)).toBe(expected);
    expect(value(area.totals.estimated)).not.toBe(expected + (value(plant.power.turbinesPermittedMw) ?? 0));
    expect(area.totals.notAdded.map((n) => n.site.facility.id)).toEqual([plant.facility.id]);
    // the sum's inputs name the data centers and nothing else
    const inputs = area.totals.estimated.kind === 'known' ? (area.totals.estimated.derivation?.inputs.map((i) => i.name) ?? []) : [];
    const withFigure = dataCenters.filter((s) => (value(s.power.estimated) ?? value(s.power.gridInService)) !== undefined);
    expect(inputs.sort()).toEqual(withFigure.map((s) => s.facility.shortName).sort());
    // a data center with no power figure at all is named as left out, not counted as zero in silence
    expect(area.totals.estimateNotKnownAt).toEqual(['MACROHARDRR']);
    expect(dataCenters.length).toBe(withFigure.length + area.totals.estimateNotKnownAt.length);
  });

  it('counts grid power only where it is known, and says which site it leaves out', () => {
    expect(value(area.totals.gridInService)).toBe(150); // Colossus 1's 150 MW; Colossus 2's small supply is not known
    // MACROHARDRR is in Southaven, not on MLGW's grid: it is not "missing" from MLGW's total
    expect(area.totals.gridNotKnownAt).toEqual(['Colossus 2']);
  });

  it('runs the footprint from 8 MW in June 2024, with MLGW’s summer peak beside it', () => {
    const first = area.footprint[0]!;
    expect(first.date).toBe('2024-06-05');
    expect(first.areaGrid).toBe(8);
    expect(area.footprint.every((p) => p.mlgwPeak === 3000)).toBe(true);
    const last = area.footprint[area.footprint.length - 1]!;
    expect(last.areaEstimated).toBe(value(area.totals.estimated));
  });

  it('sums what it knows at each date, and keeps a site’s grid power in place of an estimate it does not have yet', () => {
    const a = findFacility('colossus-1')!;
    const b = {
      ...findFacility('colossus-2')!,
      power: undefined,
      timeline: [
        {
          date: '2024-07',
          title: 'x',
          description: 'x',
          sourceIds: ['s'],
          changes: { gridPowerSuppliedMw: known('MW', 5, { asOf: '2024-07', sourceIds: ['s'] }) },
        },
        {
          date: '2024-09',
          title: 'y',
          description: 'y',
          sourceIds: ['s'],
          changes: { estimatedPowerMw: known('MW', 40, { asOf: '2024-09', sourceIds: ['s'] }) },
        },
      ],
    };
    const points = footprintOverTime([a, b], 3000);
    const at = (d: string) => points.find((p) => p.date === d)!;
    expect(at('2024-07').areaGrid).toBe(8 + 5);
    expect(at('2024-09').areaEstimated).toBe(50 + 40); // Colossus 1's 50 MW in service, the other site's estimate
  });

  it('gives every distance from coordinates with sources', () => {
    expect(area.map.distances.length).toBeGreaterThanOrEqual(4);
    for (const d of area.map.distances) {
      expect(d.q.kind).toBe('known');
      expect(d.q.sourceIds.length).toBeGreaterThan(0);
    }
  });

  it('lists the latest dated events across the sites, newest first', () => {
    const dates = area.news.map((n) => n.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(area.news.map((n) => n.facilityId)).size).toBeGreaterThan(1);
  });
});

describe('the kinds of facility', () => {
  it('offers a section only where the facility has its data', () => {
    const offered = (id: string) => sectionsFor(id).map((s) => s.id);
    expect(offered('colossus-1')).toEqual(['overview', 'power', 'water', 'concerns', 'claims', 'report', 'handout']);
    expect(offered('colossus-2')).not.toContain('water'); // no water figure was found
    expect(offered('southaven-plant')).toEqual(['overview', 'power', 'concerns', 'claims', 'report', 'handout']);
    for (const f of listFacilities()) expect(offered(f.id)[0]).toBe('overview');
    // every facility has a report and a handout, however little is known of it: a short report says what is not known
    for (const f of listFacilities()) expect(offered(f.id)).toEqual(expect.arrayContaining(['report', 'handout']));
  });

  it('sets every site side by side, a power plant without GPUs or grid power', () => {
    const compare = getCompare()!;
    const plant = compare.sites.find((s) => s.facility.id === 'southaven-plant')!;
    expect(plant.power.gridInService).toBeUndefined();
    expect(plant.headline?.label).toBe('Generation permitted');
    expect(value(plant.headline?.q)).toBe(1200);
    expect(compare.figures.some((r) => r.id === 'site.southaven-plant.turbinesRunning')).toBe(true);
  });
});

describe('the sites in words', () => {
  it('counts each kind and where it is, from the data', () => {
    expect(sitesInWords(getArea()!.sites)).toBe(
      'three data centers (two in Memphis, one in Southaven) and one power plant (in Southaven)',
    );
  });
});
