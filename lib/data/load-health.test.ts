import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type BrokenCase, type Json, problemsOf, rejectsEach, useDataCopies } from './test-broken-data';

/** The loader's checks of the health figures' data: data/health.json and each site's tons scenarios. */
describe('broken health data', () => {
  const { brokenCopy, copy } = useDataCopies();

  const cases: BrokenCase[] = [
    {
      name: "a place's value for a place that does not exist",
      file: 'health.json',
      mutate: (j) => {
        j.perTonValues.find((v: Json) => v.scope.kind === 'place').scope.placeId = 'atlantis';
      },
      expected: /^data\/health\.json: perTonValues\[\d+\]\.scope\.placeId: unknown place "atlantis"/,
    },
    {
      name: "a place's value made one of the cases (the cases are national)",
      file: 'health.json',
      mutate: (j) => {
        j.perTonValues.find((v: Json) => v.scope.kind === 'place').case = 'central';
      },
      expected: /^data\/health\.json: perTonValues\[\d+\]\.case: a place's value is a cross-check/,
    },
    {
      name: 'a dollar year with no CPI-U to convert it',
      file: 'health.json',
      mutate: (j) => {
        j.cpi.values = j.cpi.values.filter((v: Json) => v.year !== 2006);
      },
      expected: /^data\/health\.json: cpi\.values: needs the CPI-U of 2006/,
    },
    {
      name: "two parts of one case's value from different dollar years",
      file: 'health.json',
      mutate: (j) => {
        j.perTonValues.find((v: Json) => v.id === 'epa-2024-cement-nox-ozone').dollarYear = 2015;
      },
      expected: /^data\/health\.json: perTonValues\[\d+\]\.dollarYear: NOx, high case: the parts added together must share one dollar year/,
    },
    {
      name: "EPA's words stretched past a short quotation",
      file: 'health.json',
      mutate: (j) => {
        j.epaDecision.quotation = `${j.epaDecision.quotation} ${'and more words besides '.repeat(3)}`;
      },
      expected: /^data\/health\.json: epaDecision\.quotation: must be a short quotation, at most 30 words/,
    },
    {
      name: 'a scenario that names an emission figure the file does not have',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.tons.scenarios[0].pollutants[0].emissionFigureId = 'nox-no-such-figure';
      },
      expected: /^data\/concerns\/colossus-1\.json: tons\.scenarios\[0\]\.pollutants\[0\]\.emissionFigureId: no emission figure "nox-no-such-figure"/,
    },
    {
      name: "a scenario that takes one pollutant's figure for another's",
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.tons.scenarios[0].pollutants[0].emissionFigureId = 'formaldehyde-permit-cap';
      },
      expected: /^data\/concerns\/colossus-1\.json: tons\.scenarios\[0\]\.pollutants\[0\]\.emissionFigureId: "formaldehyde-permit-cap" is a figure of formaldehyde, not NOx/,
    },
    {
      name: 'a scenario that gives two sources for one pollutant',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.tons.scenarios[0].pollutants[0].kgPerHour = { value: 1, asOf: '2025', sourceIds: ['techcrunch-2025-07-permit'] };
      },
      expected: /^data\/concerns\/colossus-1\.json: tons\.scenarios\[0\]\.pollutants\[0\]: give exactly one of/,
    },
    {
      name: 'a figure reported, not confirmed, made the default',
      file: 'concerns/southaven-plant.json',
      mutate: (j) => {
        j.tons.defaultKind = 'satellite';
      },
      expected: /^data\/concerns\/southaven-plant\.json: tons\.defaultKind: a figure reported, not confirmed, is never the default/,
    },
    {
      name: 'two scenarios of one kind',
      file: 'concerns/southaven-plant.json',
      mutate: (j) => {
        j.tons.scenarios[1].kind = 'permit';
      },
      expected: /^data\/concerns\/southaven-plant\.json: tons\.scenarios\[1\]\.kind: one scenario of each kind/,
    },
    {
      name: 'an estimate from AP-42 with no factor for its turbines’ control',
      file: 'health.json',
      mutate: (j) => {
        j.ap42.factors = j.ap42.factors.filter((f: Json) => f.pollutant !== 'NOx' || f.control !== 'lean premix');
      },
      expected: /^data\/concerns\/colossus-1\.json: tons\.scenarios\[2\]\.pollutants\[0\]\.ap42: no AP-42 factor for NOx at "lean premix"/,
    },
  ];

  it('is rejected when a data center powered by a plant has tons of its own (they are the plant’s, counted there)', () => {
    const dir = copy();
    const plant = JSON.parse(fs.readFileSync(path.join(dir, 'concerns', 'southaven-plant.json'), 'utf8')) as Json;
    fs.writeFileSync(path.join(dir, 'concerns', 'colossus-2.json'), JSON.stringify({ ...plant, facilityId: 'colossus-2', relatedLegal: [] }));
    const problems = problemsOf(dir);
    expect(problems).toContain(
      'data/concerns/colossus-2.json: tons: colossus-2 is powered by southaven-plant, whose tons are counted there; a site\'s tons are counted once',
    );
  });

  rejectsEach(cases, brokenCopy);
});
