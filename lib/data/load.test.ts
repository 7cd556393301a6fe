import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatPath, loadDataset, unusedSourceIds } from './load';
import { type BrokenCase, DATA_DIR, type Json, problemsOf, rejectsEach, useDataCopies } from './test-broken-data';

describe('the committed data', () => {
  const dataset = loadDataset(DATA_DIR);

  it('validates, with at least one facility and its place', () => {
    expect(dataset.facilities.length).toBeGreaterThan(0);
    for (const f of dataset.facilities) {
      expect(dataset.places.map((p) => p.id)).toContain(f.placeId);
    }
  });

  it('uses every source in the registry', () => {
    expect(unusedSourceIds(dataset)).toEqual([]);
  });

  it('resolves every source reference', () => {
    expect(dataset.sourceRefs.length).toBeGreaterThan(20);
    for (const ref of dataset.sourceRefs) expect(dataset.sources.has(ref.id), `${ref.file} ${ref.path}`).toBe(true);
  });

  it('has the concerns of every facility that has a concerns file, and Colossus has one', () => {
    expect(dataset.concerns.map((c) => c.facilityId)).toContain('colossus-1');
  });

  it('has household baselines for Memphis/MLGW, Tennessee and the US', () => {
    const memphis = dataset.places.find((p) => p.id === 'memphis');
    expect(memphis?.householdBaselines.map((b) => b.id)).toEqual(['mlgw', 'tennessee', 'us']);
  });
});

describe('a broken data file', () => {
  const { copy, brokenCopy } = useDataCopies();

  const cases: BrokenCase[] = [
    {
      name: 'an unknown key',
      file: 'facilities/colossus-1.json',
      mutate: (j) => {
        j.timeline[2].changes.gpuCount.valu = 5;
      },
      expected: /^data\/facilities\/colossus-1\.json: timeline\[2\]\.changes\.gpuCount: .*valu/,
    },
    {
      name: 'a negative quantity',
      file: 'places/memphis.json',
      mutate: (j) => {
        j.utility.averageLoadMw.value = -2000;
      },
      expected: /^data\/places\/memphis\.json: utility\.averageLoadMw\.value: .*>=\s*0/,
    },
    {
      name: 'a date that is not ISO',
      file: 'facilities/colossus-1.json',
      mutate: (j) => {
        j.timeline[0].date = '06/05/2024';
      },
      expected: /^data\/facilities\/colossus-1\.json: timeline\[0\]\.date: must be an ISO date/,
    },
    {
      name: 'an impossible date',
      file: 'facilities/colossus-1.json',
      mutate: (j) => {
        j.timeline[0].date = '2024-02-30';
      },
      expected: /^data\/facilities\/colossus-1\.json: timeline\[0\]\.date: must be an ISO date/,
    },
    {
      name: 'an unknown source id',
      file: 'facilities/colossus-1.json',
      mutate: (j) => {
        j.water.onsiteUseGallonsPerDay.sourceIds = ['no-such-source'];
      },
      expected: /^data\/facilities\/colossus-1\.json: water\.onsiteUseGallonsPerDay\.sourceIds\[0\]: unknown source id "no-such-source"/,
    },
    {
      name: 'a low bound above the value',
      file: 'places/memphis.json',
      mutate: (j) => {
        j.utility.recordPeakMw.low = 4000;
      },
      expected: /^data\/places\/memphis\.json: utility\.recordPeakMw\.low: low \(4000\) must not exceed value/,
    },
    {
      name: 'an unknown value without a reason',
      file: 'places/memphis.json',
      mutate: (j) => {
        j.cityHouseholds = { value: null };
      },
      expected: /^data\/places\/memphis\.json: cityHouseholds\.reason: an unknown value/,
    },
    {
      name: 'a known value without a source',
      file: 'factors.json',
      mutate: (j) => {
        j.gpuModels[0].boardPowerKw.sourceIds = [];
      },
      expected: /^data\/factors\.json: gpuModels\[0\]\.boardPowerKw\.sourceIds: a known value needs at least one source id/,
    },
    {
      name: 'a share above 100%',
      file: 'facilities/colossus-1.json',
      mutate: (j) => {
        j.utilityEstimates.electricLoadShare.value = 5;
      },
      expected: /^data\/facilities\/colossus-1\.json: utilityEstimates\.electricLoadShare\.value: a share is a fraction/,
    },
    {
      name: 'a facility whose place does not exist',
      file: 'facilities/colossus-1.json',
      mutate: (j) => {
        j.placeId = 'atlantis';
      },
      expected: /^data\/facilities\/colossus-1\.json: placeId: unknown place "atlantis"/,
    },
    {
      name: 'events out of date order',
      file: 'facilities/colossus-1.json',
      mutate: (j) => {
        j.timeline[1].date = '2023-01-01';
      },
      expected: /^data\/facilities\/colossus-1\.json: timeline\[1\]\.date: events must be in date order/,
    },
    {
      name: 'a duplicate source id',
      file: 'sources.json',
      mutate: (j) => {
        j.sources.push({ ...j.sources[0] });
      },
      expected: /^data\/sources\.json: sources\[\d+\]\.id: duplicate source id/,
    },
    {
      name: 'a source URL that is not a web address',
      file: 'sources.json',
      mutate: (j) => {
        j.sources[1].url = 'javascript:alert(1)';
      },
      expected: /^data\/sources\.json: sources\[1\]\.url: /,
    },
    {
      name: 'a concerns figure without a source',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.permit.limits[0].tonsPerYear.sourceIds = [];
      },
      expected:
        /^data\/concerns\/colossus-1\.json: permit\.limits\[0\]\.tonsPerYear\.sourceIds: a known value needs at least one source id/,
    },
    {
      name: 'an unknown source id in the concerns',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.neighbourhood.blackShare.sourceIds = ['no-such-source'];
      },
      expected: /^data\/concerns\/colossus-1\.json: neighbourhood\.blackShare\.sourceIds\[0\]: unknown source id "no-such-source"/,
    },
    {
      name: 'a qualifier the site does not know',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.neighbourhood.distanceMiles.qualifier = 'roughly';
      },
      expected: /^data\/concerns\/colossus-1\.json: neighbourhood\.distanceMiles\.qualifier: /,
    },
    {
      name: 'a negative emission estimate',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.emissionFigures[1].tonsPerYear.value = -130;
      },
      expected: /^data\/concerns\/colossus-1\.json: emissionFigures\[1\]\.tonsPerYear\.value: .*>=\s*0/,
    },
    {
      name: 'an energy burden above 100%',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.energyBurden[0].share.value = 6.2;
      },
      expected: /^data\/concerns\/colossus-1\.json: energyBurden\[0\]\.share\.value: a share is a fraction/,
    },
    {
      name: 'legal events out of date order',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.legalTimeline[1].date = '2024-01-01';
      },
      expected: /^data\/concerns\/colossus-1\.json: legalTimeline\[1\]\.date: must be in date order/,
    },
    {
      name: 'a permit that expires before it is issued',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.permit.expiresOn = '2025-01-01';
      },
      expected: /^data\/concerns\/colossus-1\.json: permit\.expiresOn: must come after issuedOn/,
    },
    {
      name: 'no NOx permit cap among the emission figures',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.emissionFigures = j.emissionFigures.filter((e: Json) => e.id !== 'nox-permit-cap');
      },
      expected: /^data\/concerns\/colossus-1\.json: emissionFigures: needs the permit cap for NOx/,
    },
    {
      name: 'concerns for a facility that does not exist',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.facilityId = 'atlantis';
      },
      expected: /^data\/concerns\/colossus-1\.json: facilityId: "atlantis" must match the file name/,
    },
    {
      name: 'a summer peak above the record',
      file: 'places/memphis.json',
      mutate: (j) => {
        j.utility.summerPeakMw.value = 9000;
      },
      expected: /^data\/places\/memphis\.json: utility\.summerPeakMw: summerPeakMw \(9000\) must not exceed recordPeakMw/,
    },
    {
      name: 'a change log entry out of date order',
      file: 'changelog.json',
      mutate: (j) => {
        j.entries.push({ ...j.entries[0], date: '2030-01-01' });
      },
      expected: /^data\/changelog\.json: entries\[\d+\]\.date: entries go newest first/,
    },
    {
      name: 'a correction that does not give the old value',
      file: 'changelog.json',
      mutate: (j) => {
        j.entries[0].kind = 'corrected';
        delete j.entries[0].before;
        j.entries[0].after = '150 MW';
      },
      expected: /^data\/changelog\.json: entries\[0\]: a correction must give the value before and after/,
    },
    {
      name: 'a claim whose check points at a figure that does not exist',
      file: 'claims/colossus-1.json',
      mutate: (j) => {
        j.claims[3].check.part.ref = 'facility:water.noSuchFigure';
      },
      expected: /^data\/claims\/colossus-1\.json: claims\[3\]\.check\.part\.ref: no figure at facility path "water\.noSuchFigure"/,
    },
    {
      name: 'a claim that points at a date before the figure existed',
      file: 'claims/colossus-1.json',
      mutate: (j) => {
        j.claims[0].check.power.ref = 'state:gridPowerApprovedMw@2024-01-01';
      },
      expected:
        /^data\/claims\/colossus-1\.json: claims\[0\]\.check\.power\.ref: no figure "gridPowerApprovedMw" in the facility's timeline on or before 2024-01-01/,
    },
    {
      name: 'a claim with an unknown kind of check',
      file: 'claims/colossus-1.json',
      mutate: (j) => {
        j.claims[1].check.kind = 'vibes';
      },
      expected: /^data\/claims\/colossus-1\.json: claims\[1\]\.check\.kind: /,
    },
    {
      name: 'a claim that counts homes for a water figure instead of a power',
      file: 'claims/colossus-1.json',
      mutate: (j) => {
        j.claims[0].check.power.ref = 'facility:water.onsiteUseGallonsPerDay';
      },
      expected:
        /^data\/claims\/colossus-1\.json: claims\[0\]\.check\.power: the power homes are counted for must be in MW \(power\), not gal\/day \(water flow\)/,
    },
    {
      name: 'a share of a power in a whole that is water',
      file: 'claims/colossus-1.json',
      mutate: (j) => {
        j.claims[2].check.wholes[0].ref = 'place:utility.waterPumpingGallonsPerDay';
      },
      expected:
        /^data\/claims\/colossus-1\.json: claims\[2\]\.check\.wholes\[0\]: gal\/day \(water flow\) cannot be set against the part in MW \(power\)/,
    },
    {
      name: 'a figure checked against figures of two different kinds',
      file: 'claims/colossus-1.json',
      mutate: (j) => {
        j.claims[4].check.against[1] = { label: 'homes', unit: 'households', value: 5, asOf: '2024', sourceIds: ['seed-article-2024-de'] };
      },
      expected: /^data\/claims\/colossus-1\.json: claims\[4\]\.check\.against\[1\]: households \(count\) cannot be set against the first figure in gal\/day/,
    },
    {
      name: 'a product of two figures that gives no known unit',
      file: 'claims/colossus-1.json',
      mutate: (j) => {
        const i = j.claims.findIndex((c: { id: string }) => c.id === 'gpu-cost');
        j.claims[i].check.factors[1] = { label: 'water', unit: 'gal/day', value: 5, asOf: '2024', sourceIds: ['seed-article-2024-de'] };
      },
      expected: /^data\/claims\/colossus-1\.json: claims\[10\]\.check\.factors: GPUs \(count\) × gal\/day \(water flow\) is not a unit this site knows/,
    },
    {
      name: 'a power plant with GPUs',
      file: 'facilities/southaven-plant.json',
      mutate: (j) => {
        j.timeline[2].changes.gpuCount = { value: 1000, asOf: '2025-10', sourceIds: ['mississippi-today-2025-southaven-residents'] };
      },
      expected: /^data\/facilities\/southaven-plant\.json: kind: a power plant has no GPUs/,
    },
    {
      name: 'a power plant that supplies a facility that does not exist',
      file: 'facilities/southaven-plant.json',
      mutate: (j) => {
        j.supplies[0].facilityId = 'colossus-9';
      },
      expected: /^data\/facilities\/southaven-plant\.json: supplies\[0\]\.facilityId: unknown facility "colossus-9"/,
    },
    {
      name: 'a facility with neither water figures nor the reason there are none',
      file: 'facilities/colossus-2.json',
      mutate: (j) => {
        delete j.waterNotFound;
      },
      expected: /^data\/facilities\/colossus-2\.json: water: give the water figures, or waterNotFound/,
    },
    {
      name: 'a landmark without a source',
      file: 'landmarks.json',
      mutate: (j) => {
        j.places[0].sourceIds = [];
      },
      expected: /^data\/landmarks\.json: places\[0\]\.sourceIds: /,
    },
    {
      name: 'a claims file for a facility that does not exist',
      file: 'claims/colossus-1.json',
      mutate: (j) => {
        j.facilityId = 'colossus-9';
      },
      expected: /^data\/claims\/colossus-1\.json: facilityId: unknown facility "colossus-9"/,
    },
  ];

  rejectsEach(cases, brokenCopy);

  it('is rejected when it is not JSON at all', () => {
    const dir = copy();
    fs.writeFileSync(path.join(dir, 'places', 'memphis.json'), '{ "id": "memphis", ');
    expect(problemsOf(dir).join('\n')).toMatch(/^data\/places\/memphis\.json: not valid JSON/m);
  });

  it('is rejected when a concerns file names a facility that has no data file', () => {
    const d = brokenCopy('concerns/colossus-1.json', (j) => {
      j.facilityId = 'colossus-9';
    });
    fs.renameSync(path.join(d, 'concerns', 'colossus-1.json'), path.join(d, 'concerns', 'colossus-9.json'));
    expect(problemsOf(d).join('\n')).toMatch(/^data\/concerns\/colossus-9\.json: facilityId: unknown facility "colossus-9"/m);
  });

  it('is rejected when its id does not match its file name', () => {
    const d = brokenCopy('facilities/colossus-1.json', () => undefined);
    fs.renameSync(path.join(d, 'facilities', 'colossus-1.json'), path.join(d, 'facilities', 'colossus-x.json'));
    expect(problemsOf(d).join('\n')).toMatch(/data\/facilities\/colossus-x\.json: id: "colossus-1" must match the file name/);
  });

  it('reports every problem at once, not only the first', () => {
    const d = brokenCopy('places/memphis.json', (j) => {
      (j as Json).utility.averageLoadMw.value = -1;
      (j as Json).grid.recordPeakMw.asOf = 'yesterday';
    });
    const problems = problemsOf(d);
    expect(problems.filter((p) => p.startsWith('data/places/memphis.json')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '(top level)'],
    [['a'], 'a'],
    [['timeline', 3, 'changes', 'gpuCount'], 'timeline[3].changes.gpuCount'],
    [['sources', 0], 'sources[0]'],
  ] as const)('%j → %s', (p, expected) => {
    expect(formatPath(p)).toBe(expected);
  });
});
