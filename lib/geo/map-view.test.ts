import { describe, expect, it } from 'vitest';

import { countKinds, mapSummary, MARKERS, markerPath, nameDistances, svgIds, withinWords } from './map-view';
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

  it('says what the map shows and, where markers are drawn apart, how to read them; the distances are left to their table', () => {
    expect(mapSummary(EXAMPLE_PLACES)).toBe(
      'The map shows 2 data centers, 2 power plants, 2 neighbourhoods and 1 city, with county lines and the state lines between them.',
    );
    expect(mapSummary([BOXTOWN])).toBe('The map shows 1 neighbourhood, with county lines and the state lines between them.');
    expect(mapSummary(EXAMPLE_PLACES, { drawnApart: [SOUTHAVEN_PLANT.id, COLOSSUS_2.id] })).toBe(
      'The map shows 2 data centers, 2 power plants, 2 neighbourhoods and 1 city, with county lines and the state lines between them. ' +
        'Colossus 2 and Southaven power plant are too close together to tell apart at this scale: their markers are drawn apart, ' +
        'each with a thin line to a dot at its true point.',
    );
    expect(mapSummary(EXAMPLE_PLACES, { drawnApart: [COLOSSUS_1.id, COLOSSUS_2.id, SOUTHAVEN_PLANT.id] })).toContain(
      'Colossus 1, Colossus 2 and Southaven power plant are too close',
    );
  });

  it('says, on a numbered map, how many circles there are, how near a place is to its circle, and where the key is', () => {
    const words = mapSummary(EXAMPLE_PLACES, { numbered: { circles: 5, withinMiles: 1.87 } });
    expect(words).toContain('The map shows 2 data centers, 2 power plants, 2 neighbourhoods and 1 city');
    expect(words).toContain('drawn as 5 numbered circles, each for a place and any others within 1.9 miles of it');
    expect(words).toContain('the key under the map names the places of each number');
    expect(words).not.toContain('drawn apart');
    expect(withinWords(1)).toBe('1 mile');
    expect(withinWords(0.96)).toBe('1 mile');
    expect(withinWords(2.04)).toBe('2 miles');
  });
});
