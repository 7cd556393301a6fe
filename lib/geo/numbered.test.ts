import { describe, expect, it } from 'vitest';

import { syntheticLocation } from '../data/synthetic';
import { buildLocatorMap, LABEL_BUDGET, type LocatorMap, NAMED_MAX_PLACES, NUMBER_RADIUS } from './locator';
import { GROUP_WITHIN, groupPlaces } from './numbered';
import type { MapPlace } from './points';
import { COLOSSUS_1, COLOSSUS_2, EXAMPLE_PLACES } from './test-places';

/** The example places and `n` synthetic data centers around Colossus 1 and 2, as `npm run bench:scale` makes them. */
function withSynthetic(n: number): MapPlace[] {
  const added = Array.from({ length: n }, (_, i): MapPlace => {
    const from = i % 2 === 0 ? COLOSSUS_1 : COLOSSUS_2;
    return { ...from, id: `synthetic-${i + 1}`, name: `Site S${i + 1}`, ...syntheticLocation(i, from) };
  });
  return [...EXAMPLE_PLACES, ...added];
}

const idsOf = (map: LocatorMap) => (map.numbered?.groups ?? []).flatMap((g) => g.ids);

describe('groupPlaces', () => {
  const points = [
    { id: 'city', kind: 'city' as const, x: 100, y: 100 },
    { id: 'dc', kind: 'data center' as const, x: 110, y: 100 },
    { id: 'east', kind: 'data center' as const, x: 300, y: 102 },
    { id: 'north', kind: 'power plant' as const, x: 200, y: 10 },
  ];
  const groups = groupPlaces(points);

  it('puts a place near a circle under it, the data center first, on its own point', () => {
    const g = groups.find((x) => x.ids.includes('city'));
    expect(g).toMatchObject({ ids: ['dc', 'city'], kind: 'data center', x: 110, y: 100 });
  });

  it('numbers the circles in rows from the top, each from west to east', () => {
    expect(groups.map((g) => [g.n, g.ids[0]])).toEqual([
      [1, 'north'],
      [2, 'dc'],
      [3, 'east'],
    ]);
  });
});

describe('a map with 100 places', () => {
  const places = withSynthetic(100 - EXAMPLE_PLACES.length);
  const wide = buildLocatorMap(places, { width: 640, height: 420 });
  const narrow = buildLocatorMap(places, { width: 360, height: 440 });

  it('numbers them instead of naming them, each place under exactly one circle', () => {
    for (const map of [wide, narrow]) {
      expect(map.places).toEqual([]);
      expect(idsOf(map).sort()).toEqual(places.map((p) => p.id).sort());
    }
  });

  it('weighs a bounded number of spots for names: no search among the places, only the counties and states', () => {
    // the counties' and states' names weigh at most 77 spots each (locator.ts, areaLabel), with a few dozen in view
    expect(wide.labelEvaluations).toBeLessThan(2_000);
    expect(narrow.labelEvaluations).toBeLessThan(2_000);
  });

  it('gives the desktop and the phone the same circles and numbers, so that one key serves both', () => {
    const key = (m: LocatorMap) => m.numbered!.groups.map((g) => [g.n, g.ids]);
    expect(key(narrow)).toEqual(key(wide));
    expect(narrow.numbered!.withinMiles).toBe(wide.numbered!.withinMiles);
  });

  it('keeps every two circles apart, and every circle inside the view', () => {
    for (const map of [wide, narrow]) {
      const gs = map.numbered!.groups;
      expect(gs.length).toBeGreaterThan(10);
      expect(gs.length).toBeLessThan(places.length);
      for (const [i, a] of gs.entries()) {
        expect(a.x - NUMBER_RADIUS).toBeGreaterThanOrEqual(0);
        expect(a.x + NUMBER_RADIUS).toBeLessThanOrEqual(map.width);
        expect(a.y - NUMBER_RADIUS).toBeGreaterThanOrEqual(0);
        expect(a.y + NUMBER_RADIUS).toBeLessThanOrEqual(map.height);
        for (const b of gs.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * NUMBER_RADIUS);
      }
    }
  });

  it('says how near a place is to its circle, in miles, from the circles’ spacing in the smaller drawing', () => {
    // GROUP_WITHIN SVG units at the phone's scale (a little under its px a mile, as the grouping view is a bit smaller)
    const miles = wide.numbered!.withinMiles;
    expect(miles).toBeGreaterThan(GROUP_WITHIN / narrow.pxPerMile);
    expect(miles).toBeLessThan((GROUP_WITHIN / narrow.pxPerMile) * 1.2);
  });
});

describe('the search for names', () => {
  it('names the real map’s places beside their markers, well within its budget', () => {
    const map = buildLocatorMap(EXAMPLE_PLACES, { width: 360, height: 440 });
    expect(map.numbered).toBeUndefined();
    expect(map.places.map((p) => p.id)).toEqual(EXAMPLE_PLACES.map((p) => p.id));
    expect(map.labelEvaluations).toBeLessThan(LABEL_BUDGET / 10);
  });

  it('numbers the places once more are given than can be named, whatever the room', () => {
    const map = buildLocatorMap(withSynthetic(NAMED_MAX_PLACES + 1 - EXAMPLE_PLACES.length));
    expect(map.numbered).toBeDefined();
    expect(map.places).toEqual([]);
  });

  it('stops after its budget when a dozen names crowd one spot, and numbers them instead', () => {
    // twelve data centers in a grid less than half a mile apart: their names crowd one another whichever way the markers are set out
    const crowd = Array.from({ length: NAMED_MAX_PLACES }, (_, i): MapPlace => ({
      ...COLOSSUS_1,
      id: `crowd-${i}`,
      name: `Crowded data center ${i + 1}`,
      lat: COLOSSUS_1.lat + 0.006 * (i % 4),
      lon: COLOSSUS_1.lon + 0.0072 * Math.floor(i / 4),
    }));
    const map = buildLocatorMap(crowd, { width: 360, height: 440 });
    expect(map.numbered).toBeDefined();
    expect(idsOf(map).sort()).toEqual(crowd.map((p) => p.id).sort());
    expect(map.labelEvaluations).toBeGreaterThan(LABEL_BUDGET);
    expect(map.labelEvaluations).toBeLessThan(LABEL_BUDGET + 2_000);
  });
});
