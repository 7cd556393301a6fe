/**
 * The distances under the map, worked so that a reader can redo them with a calculator from the
 * table of places: the method once, in words, and for each pair the miles north–south and
 * east–west between the two points as the table shows them, then Pythagoras. Over a few miles
 * the Earth is flat enough for that to agree with the haversine figure the site shows (to within
 * 0.01 mile here; the tests hold it to that).
 */
import { formatNumber } from '../core/format';
import { COORDINATE_DECIMALS, roundAs } from '../core/rounding';
import { EARTH_RADIUS_KM, EARTH_RADIUS_MILES, KM_PER_MILE, type MapPlace } from './points';

/** Miles in one degree of latitude (and of longitude at the equator): the Earth's radius × π ÷ 180. */
export const MILES_PER_DEGREE = (EARTH_RADIUS_MILES * Math.PI) / 180;

/** The steps below are shown to these decimals, and each step starts from the one before as it is shown. */
const MILES_PER_DEGREE_SHOWN = roundAs(MILES_PER_DEGREE, { decimals: 2 });
const COSINE_DECIMALS = 4;
const MILES_DECIMALS = 2;

/** The method, once: what a distance under the map is and how it is computed. */
export function distanceMethod(): string {
  return (
    `Each distance is in a straight line (as the crow flies, not by road) between the two points in the table of places, ` +
    `along the Earth's surface: the haversine formula on a sphere of radius ${formatNumber(EARTH_RADIUS_KM)} km ` +
    `(${formatNumber(EARTH_RADIUS_MILES, { decimals: 1 })} miles; 1 mile = ${formatNumber(KM_PER_MILE, { decimals: 6 })} km), ` +
    'rounded to a tenth of a mile. A distance is only as exact as its two points (see "How exact").'
  );
}

/** How the worked steps go, in words, before the table of them. */
export function workingIntro(): string {
  return (
    `By hand, from the coordinates in the table of places: a degree of latitude is ${formatNumber(MILES_PER_DEGREE_SHOWN)} miles ` +
    `(the Earth's radius, ${formatNumber(EARTH_RADIUS_MILES, { decimals: 1 })} miles, × π ÷ 180), and a degree of longitude is that ` +
    '× the cosine of the latitude (taken halfway between the two points). Over a few miles the Earth is flat enough for Pythagoras: ' +
    'the straight line is the square root of the sum of the squares, and it agrees with the haversine figure to within 0.01 mile.'
  );
}

export type DistanceWorking = {
  from: string;
  to: string;
  /** "0.0621° × 69.09 = 4.29 miles" */
  northSouth: string;
  /** "0.1205° × 69.09 × cos 35.03° (0.819) = 6.82 miles" */
  eastWest: string;
  /** "√(4.29² + 6.82²) = 8.06 miles" */
  straight: string;
  /** The result of the steps, as shown (to MILES_DECIMALS). */
  miles: number;
};

const degrees = (n: number) => `${formatNumber(n, { decimals: COORDINATE_DECIMALS })}°`;
const miles = (n: number) => formatNumber(n, { decimals: MILES_DECIMALS, minDecimals: MILES_DECIMALS });

/** The worked steps for the distance from `a` to `b`, from their coordinates to 4 decimals as the table of places shows them. */
export function distanceWorking(a: MapPlace, b: MapPlace): DistanceWorking {
  const shown = (v: number) => roundAs(v, { decimals: COORDINATE_DECIMALS });
  const [latA, lonA, latB, lonB] = [shown(a.lat), shown(a.lon), shown(b.lat), shown(b.lon)];
  // differences of signed coordinates, rounded again: 35.0602 − 34.9981 is 0.06210000000000093 in floating point
  const dLat = shown(Math.abs(latA - latB));
  const dLon = shown(Math.abs(lonA - lonB));
  const midLat = roundAs((latA + latB) / 2, { decimals: 2 });
  const cos = roundAs(Math.cos((midLat * Math.PI) / 180), { decimals: COSINE_DECIMALS });
  const ns = roundAs(dLat * MILES_PER_DEGREE_SHOWN, { decimals: MILES_DECIMALS });
  const ew = roundAs(dLon * MILES_PER_DEGREE_SHOWN * cos, { decimals: MILES_DECIMALS });
  const total = roundAs(Math.hypot(ns, ew), { decimals: MILES_DECIMALS });
  const perDegree = formatNumber(MILES_PER_DEGREE_SHOWN);
  return {
    from: a.id,
    to: b.id,
    northSouth: `${degrees(dLat)} × ${perDegree} = ${miles(ns)} miles`,
    eastWest: `${degrees(dLon)} × ${perDegree} × cos ${formatNumber(midLat)}° (${formatNumber(cos, { decimals: COSINE_DECIMALS })}) = ${miles(ew)} miles`,
    straight: `√(${miles(ns)}² + ${miles(ew)}²) = ${miles(total)} miles`,
    miles: total,
  };
}
