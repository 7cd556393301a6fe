import { describe, expect, it } from 'vitest';

import { sourceIdsOf } from '../core/quantity';
import { AS_PUBLISHED, distanceMiles, formatCoordinate, formatPoint, haversineMiles, type MapPlace } from './points';
import { BOXTOWN, COLOSSUS_1, COLOSSUS_2, SOUTHAVEN_PLANT, TVA_ALLEN } from './test-places';

/** The haversine distance written out again, separately from the code under test: R = 6,371 km, 1 mi = 1.609344 km. */
function independentMiles(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const s = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  const km = 2 * 6371 * Math.atan2(Math.sqrt(s), Math.sqrt(1 - s));
  return km / 1.609344;
}

describe('distanceMiles', () => {
  it.each([
    ['Colossus 1 to Colossus 2', COLOSSUS_1, COLOSSUS_2, 8.0],
    ['Colossus 2 to the Southaven plant', COLOSSUS_2, SOUTHAVEN_PLANT, 0.8],
    ['Colossus 1 to Boxtown', COLOSSUS_1, BOXTOWN, 2.0],
  ] as const)('%s matches an independent haversine and the fact sheet', (_, a, b, factSheetMiles) => {
    const q = distanceMiles(a, b);
    if (q.kind !== 'known') throw new Error('expected a known distance');
    expect(q.unit).toBe('miles');
    expect(Math.abs(q.value - independentMiles(a, b))).toBeLessThan(0.05);
    // the fact sheet rounds to one decimal
    expect(Math.abs(q.value - factSheetMiles)).toBeLessThan(0.1);
    expect(q.low).toBe(q.value);
    expect(q.high).toBe(q.value);
  });

  it('is about 13 km from Colossus 1 to Colossus 2', () => {
    const q = distanceMiles(COLOSSUS_1, COLOSSUS_2);
    if (q.kind !== 'known') throw new Error('expected a known distance');
    expect(q.value * 1.609344).toBeCloseTo(13, 0);
  });

  it('is the same both ways, and zero from a place to itself', () => {
    const ab = distanceMiles(COLOSSUS_1, TVA_ALLEN);
    const ba = distanceMiles(TVA_ALLEN, COLOSSUS_1);
    if (ab.kind !== 'known' || ba.kind !== 'known') throw new Error('expected known distances');
    expect(ab.value).toBeCloseTo(ba.value, 12);
    expect(haversineMiles(35, -90, 35, -90)).toBe(0);
  });

  it('carries the sources of both places, its formula and the four coordinates as inputs', () => {
    const q = distanceMiles(COLOSSUS_1, SOUTHAVEN_PLANT);
    if (q.kind !== 'known' || q.derivation === undefined) throw new Error('expected a derived distance');
    expect(q.sourceIds).toEqual(expect.arrayContaining(['s1', 's2', 's3']));
    expect(sourceIdsOf([q]).sort()).toEqual(['s1', 's2', 's3']);
    expect(q.derivation.formula).toBe(
      'great-circle distance from 35.0602° N, 90.1555° W (Colossus 1) to 34.987° N, 90.038° W (Southaven power plant) ' +
        '(haversine, Earth radius 6,371 km, 1 mile = 1.609344 km)',
    );
    expect(q.derivation.inputs.map((i) => i.name)).toEqual([
      'latitude of Colossus 1 (north)',
      'longitude of Colossus 1 (west)',
      'latitude of Southaven power plant (north)',
      'longitude of Southaven power plant (west)',
    ]);
    const [lat, lon, , plantLon] = q.derivation.inputs;
    // coordinates enter the arithmetic as they are shown, to 4 decimals (about 10 m); the note keeps them as published
    expect(lat?.quantity).toMatchObject({ kind: 'known', unit: 'degrees', value: 35.0602, asOf: '2025-06', sourceIds: ['s1'] });
    expect(lon?.quantity).toMatchObject({ unit: 'degrees', value: 90.1555 });
    // how exact the point is travels with its coordinates
    expect(plantLon?.quantity).toMatchObject({ value: 90.038, note: 'as published: 90.038° W; approximate, from the site plan' });
    expect(lat?.quantity).toMatchObject({ note: 'as published: 35.060166° N' });
    // the latest date of the inputs
    expect(q.asOf).toBe('2025-10');
  });

  it('works across the equator and the prime meridian', () => {
    const a: MapPlace = { id: 'a', name: 'A', kind: 'city', lat: -1, lon: -1, asOf: '2024', sourceIds: ['x'] };
    const b: MapPlace = { id: 'b', name: 'B', kind: 'city', lat: 1, lon: 1, asOf: '2024', sourceIds: ['y'] };
    const q = distanceMiles(a, b);
    if (q.kind !== 'known' || q.derivation === undefined) throw new Error('expected a derived distance');
    expect(q.value).toBeCloseTo(independentMiles(a, b), 9);
    expect(q.derivation.formula).toContain('from 1° S, 1° W (A) to 1° N, 1° E (B)');
  });

  it('refuses a place without a source, a coordinate out of range or a bad date', () => {
    expect(() => distanceMiles({ ...COLOSSUS_1, sourceIds: [] }, COLOSSUS_2)).toThrow(/no source/);
    expect(() => distanceMiles({ ...COLOSSUS_1, lat: 95 }, COLOSSUS_2)).toThrow(/latitude 95/);
    expect(() => distanceMiles({ ...COLOSSUS_1, lon: Number.NaN }, COLOSSUS_2)).toThrow(/longitude/);
    expect(() => distanceMiles({ ...COLOSSUS_1, asOf: 'June 2025' }, COLOSSUS_2)).toThrow(/as-of date/);
  });
});

describe('formatCoordinate', () => {
  it.each([
    [35.060166, 'lat', undefined, '35.0602° N'],
    [-90.15546, 'lon', undefined, '90.1555° W'],
    [34.987, 'lat', undefined, '34.987° N'],
    [35.060166, 'lat', AS_PUBLISHED, '35.060166° N'],
    [-90.15546, 'lon', 4, '90.1555° W'],
    [-33.5, 'lat', 4, '33.5° S'],
    [0.25, 'lon', 4, '0.25° E'],
  ] as const)('%s (%s, %s decimals) is %s', (value, axis, decimals, expected) => {
    expect(formatCoordinate(value, axis, decimals)).toBe(expected);
  });

  it('writes a point as latitude, longitude', () => {
    expect(formatPoint(COLOSSUS_2)).toBe('34.9981° N, 90.035° W');
  });
});
