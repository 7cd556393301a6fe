import { describe, expect, it } from 'vitest';

import { known } from '../core/quantity';
import { countKinds, mapSummary, MARKERS, markerPath, nameDistances, svgIds } from './map-view';
import { distanceMiles, MAP_PLACE_KINDS } from './points';
import { BOXTOWN, COLOSSUS_1, COLOSSUS_2, EXAMPLE_PLACES, SOUTHAVEN_PLANT } from './test-places';

describe('markers', () => {
  it('give data centers, power plants and other places different shapes, so the map reads in black and white', () => {
    expect(MARKERS['data center'].shape).toBe('square');
    expect(MARKERS['power plant'].shape).toBe('triangle');
    expect(MARKERS.neighbourhood).toMatchObject({ shape: 'circle', filled: false });
    expect(MARKERS.city).toMatchObject({ shape: 'circle', filled: false });
    const paths = MAP_PLACE_KINDS.map((k) => markerPath(k, 100, 50, 5));
    expect(paths[0]).toBe('M95,45h10v10h-10Z');
    expect(paths[1]).toMatch(/^M100,43.3L105.8,53.4H94.2Z$/);
    expect(paths[2]).toBe('M95,50a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
    expect(new Set(paths.slice(0, 3)).size).toBe(3);
  });
});

describe('svgIds', () => {
  it('derives the title and description ids from a prefix', () => {
    expect(svgIds('locator-wide')).toEqual({
      title: 'locator-wide-title',
      desc: 'locator-wide-desc',
      labelledBy: 'locator-wide-title locator-wide-desc',
    });
    expect(() => svgIds('two words')).toThrow(/id prefix/);
  });
});

describe('distances and the summary', () => {
  const distances = [
    { from: COLOSSUS_1.id, to: COLOSSUS_2.id, q: distanceMiles(COLOSSUS_1, COLOSSUS_2) },
    { from: COLOSSUS_2.id, to: SOUTHAVEN_PLANT.id, q: distanceMiles(COLOSSUS_2, SOUTHAVEN_PLANT) },
  ];

  it('names the places of each distance, and refuses a place not on the map', () => {
    expect(nameDistances(EXAMPLE_PLACES, distances).map((d) => [d.fromName, d.toName])).toEqual([
      ['Colossus 1', 'Colossus 2'],
      ['Colossus 2', 'Southaven power plant'],
    ]);
    expect(() => nameDistances([COLOSSUS_1, BOXTOWN], distances)).toThrow(/colossus-2 is not a place on the map/);
  });

  it('counts the places by kind', () => {
    expect(countKinds(EXAMPLE_PLACES)).toBe('2 data centers, 2 power plants, 2 neighbourhoods and 1 city');
    expect(countKinds([COLOSSUS_1])).toBe('1 data center');
  });

  it('says what the map shows and every distance, as the table rounds it (to a tenth of a mile: the points are approximate)', () => {
    expect(mapSummary(EXAMPLE_PLACES, distances)).toBe(
      'The map shows 2 data centers, 2 power plants, 2 neighbourhoods and 1 city, with county lines and the state lines between them. ' +
        'Distances in a straight line: Colossus 1 to Colossus 2: 8.1 miles; Colossus 2 to Southaven power plant: 0.8 miles.',
    );
    expect(mapSummary([BOXTOWN], [])).toBe('The map shows 1 neighbourhood, with county lines and the state lines between them.');
    // a sourced distance (no arithmetic) is written as given
    const given = [{ from: BOXTOWN.id, to: COLOSSUS_1.id, q: known('miles', 2, { asOf: '2024', sourceIds: ['s9'] }) }];
    expect(mapSummary(EXAMPLE_PLACES, given)).toContain('Boxtown to Colossus 1: 2 miles.');
  });
});
