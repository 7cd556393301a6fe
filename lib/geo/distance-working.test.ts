import { describe, expect, it } from 'vitest';

import { distanceMethod, distanceWorking, MILES_PER_DEGREE, workingIntro } from './distance-working';
import { distanceMiles, formatCoordinate } from './points';
import { COLOSSUS_1, COLOSSUS_2, EXAMPLE_PLACES } from './test-places';

/** The numbers in a line of the worked steps, in order ("0.0621° × 69.09 = 4.29 miles" → [0.0621, 69.09, 4.29]). */
const numbers = (line: string) => [...line.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
const degrees = (s: string) => Number(s.replace(/° [NSEW]$/, ''));

describe('distanceWorking', () => {
  const w = distanceWorking(COLOSSUS_1, COLOSSUS_2);

  it('works Colossus 1 to Colossus 2 from the coordinates as the table of places shows them', () => {
    expect(w).toMatchObject({
      northSouth: '0.0621° × 69.09 = 4.29 miles',
      eastWest: '0.1205° × 69.09 × cos 35.03° (0.8189) = 6.82 miles',
      straight: '√(4.29² + 6.82²) = 8.06 miles',
      miles: 8.06,
    });
    // the differences are those of the coordinates in the table (4 decimals), not of the coordinates as published
    expect(numbers(w.northSouth)[0]).toBeCloseTo(degrees(formatCoordinate(COLOSSUS_1.lat, 'lat')) - degrees(formatCoordinate(COLOSSUS_2.lat, 'lat')), 9);
    expect(numbers(w.eastWest)[0]).toBeCloseTo(degrees(formatCoordinate(COLOSSUS_1.lon, 'lon')) - degrees(formatCoordinate(COLOSSUS_2.lon, 'lon')), 9);
  });

  it('adds up as written: each step, redone from the numbers it shows, gives the number it shows', () => {
    for (const a of EXAMPLE_PLACES) {
      for (const b of EXAMPLE_PLACES) {
        if (a === b) continue;
        const s = distanceWorking(a, b);
        const [dLat, perDegree, ns] = numbers(s.northSouth);
        expect(Math.abs(dLat! * perDegree! - ns!)).toBeLessThanOrEqual(0.005 + 1e-9);
        const [dLon, perDegree2, lat, cos, ew] = numbers(s.eastWest);
        expect(perDegree2).toBe(perDegree);
        expect(cos).toBeCloseTo(Math.cos((lat! * Math.PI) / 180), 4);
        expect(Math.abs(dLon! * perDegree! * cos! - ew!)).toBeLessThanOrEqual(0.005 + 1e-9);
        const [ns2, ew2, total] = numbers(s.straight);
        expect([ns2, ew2]).toEqual([ns, ew]);
        expect(Math.abs(Math.hypot(ns!, ew!) - total!)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(s.miles).toBe(total);
      }
    }
  });

  it('comes within 0.01 mile of the haversine distance, as the page says, for every pair of the example places', () => {
    expect(workingIntro()).toContain('within 0.01 mile');
    for (const a of EXAMPLE_PLACES) {
      for (const b of EXAMPLE_PLACES) {
        if (a === b) continue;
        const q = distanceMiles(a, b);
        if (q.kind !== 'known') throw new Error('expected a known distance');
        expect(Math.abs(distanceWorking(a, b).miles - q.value), `${a.name} to ${b.name}`).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it('takes a degree as the Earth’s radius × π ÷ 180 (69.09 miles)', () => {
    expect(MILES_PER_DEGREE).toBeCloseTo(69.09, 2);
    expect(workingIntro()).toContain("a degree of latitude is 69.09 miles (the Earth's radius, 3,958.8 miles, × π ÷ 180)");
  });
});

describe('distanceMethod', () => {
  it('states the method once: a straight line, the haversine formula, the Earth’s radius and the mile', () => {
    expect(distanceMethod()).toBe(
      'Each distance is in a straight line (as the crow flies, not by road) between the two points in the table of places, ' +
        "along the Earth's surface: the haversine formula on a sphere of radius 6,371 km (3,958.8 miles; 1 mile = 1.609344 km), " +
        'rounded to a tenth of a mile. A distance is only as exact as its two points (see "How exact").',
    );
  });
});
