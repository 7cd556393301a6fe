import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { loadDataset } from './load';
import { syntheticLocation, TEMPLATES, writeSyntheticData } from './synthetic';
import { DATA_DIR } from './test-broken-data';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('writeSyntheticData', () => {
  const dir = path.join(root, 'data');
  const ids = writeSyntheticData(DATA_DIR, dir, 12);
  const dataset = loadDataset(dir);

  it('adds facilities until there are as many as asked, valid against every schema and check', () => {
    expect(dataset.facilities).toHaveLength(12);
    expect(ids).toHaveLength(12 - loadDataset(DATA_DIR).facilities.length);
    expect(dataset.facilities.map((f) => f.id)).toEqual(expect.arrayContaining(ids));
  });

  it('gives each its own name and place, and the timeline, claims and concerns of the real site it is made from', () => {
    const real = loadDataset(DATA_DIR);
    ids.forEach((id, i) => {
      const f = dataset.facilities.find((x) => x.id === id);
      const template = real.facilities.find((x) => x.id === TEMPLATES[i % TEMPLATES.length]);
      expect(f?.timeline).toEqual(template?.timeline);
      expect(f?.shortName).toBe(`Site S${i + 1}`);
      expect(dataset.claims.some((c) => c.facilityId === id)).toBe(real.claims.some((c) => c.facilityId === template?.id));
      expect(dataset.concerns.some((c) => c.facilityId === id)).toBe(real.concerns.some((c) => c.facilityId === template?.id));
    });
    expect(new Set(dataset.facilities.map((f) => `${f.location.lat},${f.location.lon}`)).size).toBe(12);
  });

  it('leaves the real data as it was, and will not write into a folder that exists', () => {
    expect(loadDataset(DATA_DIR).facilities.map((f) => f.id)).not.toContain(ids[0]);
    expect(() => writeSyntheticData(DATA_DIR, dir, 12)).toThrow(/exists already/);
  });

  it('places sites apart, the same way every time', () => {
    expect(syntheticLocation(3, { lat: 35, lon: -90 })).toEqual(syntheticLocation(3, { lat: 35, lon: -90 }));
    expect(syntheticLocation(3, { lat: 35, lon: -90 })).not.toEqual(syntheticLocation(4, { lat: 35, lon: -90 }));
  });
});
