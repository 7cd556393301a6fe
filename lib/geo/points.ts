/**
 * Places on the map and the distances between them. A coordinate is a sourced figure like any
 * other (its date and sources travel with it), and a distance is computed from four of them, so
 * that "How we got this" shows the formula and where each coordinate came from.
 */
import { formatNumber } from '../core/format';
import { COORDINATE_DECIMALS } from '../core/rounding';
import { derive, known, type Named, type Quantity } from '../core/quantity';

export type MapPlaceKind = 'data center' | 'power plant' | 'neighbourhood' | 'city';

export const MAP_PLACE_KINDS: readonly MapPlaceKind[] = ['data center', 'power plant', 'neighbourhood', 'city'];

export type MapPlace = {
  id: string;
  name: string;
  kind: MapPlaceKind;
  /** Degrees north (negative: south), WGS 84 as the sources give it. */
  lat: number;
  /** Degrees east (negative: west). */
  lon: number;
  asOf: string;
  sourceIds: string[];
  /** How exact the point is, in words, e.g. "approximate, from the road frontage" */
  accuracy?: string;
};

/** Mean radius of the Earth (IUGG), the radius the haversine formula is usually given with. */
export const EARTH_RADIUS_KM = 6371;
/** The international mile, exact by definition (1959). */
export const KM_PER_MILE = 1.609344;
export const EARTH_RADIUS_MILES = EARTH_RADIUS_KM / KM_PER_MILE;

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Great-circle distance in miles between two points given in signed degrees, by the haversine
 * formula on a sphere of radius 6,371 km. Over a few miles it differs from the distance on the
 * ellipsoid by well under 1%.
 */
export function haversineMiles(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const phi1 = lat1 * RADIANS_PER_DEGREE;
  const phi2 = lat2 * RADIANS_PER_DEGREE;
  const dPhi = phi2 - phi1;
  const dLambda = (lon2 - lon1) * RADIANS_PER_DEGREE;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function assertValidPlace(p: MapPlace): void {
  if (!(Number.isFinite(p.lat) && p.lat >= -90 && p.lat <= 90))
    throw new Error(`Map place "${p.id}": latitude ${p.lat} is not between -90 and 90`);
  if (!(Number.isFinite(p.lon) && p.lon >= -180 && p.lon <= 180))
    throw new Error(`Map place "${p.id}": longitude ${p.lon} is not between -180 and 180`);
  if (p.sourceIds.length === 0) throw new Error(`Map place "${p.id}" has no source for its coordinates`);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(p.asOf))
    throw new Error(`Map place "${p.id}": as-of date "${p.asOf}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
}

/** "35.0602" for 35.060166: a coordinate's size to `decimals` places (through the one formatter). */
function degreesText(value: number, decimals: number): string {
  const abs = Math.abs(value);
  const integerDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  return formatNumber(abs, { significantFigures: integerDigits + decimals });
}

/** Up to this many decimals: a coordinate as its source published it. */
export const AS_PUBLISHED = 6;

/**
 * "35.0602° N" or "90.1555° W": to the site's 4 decimals (rounding.ts, rule 5) unless `decimals`
 * says otherwise (AS_PUBLISHED to write it as the source gave it). Trailing zeros are not written:
 * "34.987° N" was published to three decimals.
 */
export function formatCoordinate(value: number, axis: 'lat' | 'lon', decimals = COORDINATE_DECIMALS): string {
  const hemisphere = axis === 'lat' ? (value < 0 ? 'S' : 'N') : value < 0 ? 'W' : 'E';
  return `${degreesText(value, decimals)}° ${hemisphere}`;
}

/** "35.0602° N, 90.1555° W". */
export function formatPoint(p: Pick<MapPlace, 'lat' | 'lon'>, decimals = COORDINATE_DECIMALS): string {
  return `${formatCoordinate(p.lat, 'lat', decimals)}, ${formatCoordinate(p.lon, 'lon', decimals)}`;
}

/**
 * A place's latitude and longitude as sourced figures. Quantities on this site are non-negative,
 * so each is its size in degrees, with the hemisphere in its name: "longitude of Colossus 1 (west)".
 */
export function coordinateInputs(p: MapPlace): [Named<'degrees'>, Named<'degrees'>] {
  assertValidPlace(p);
  // The note gives the coordinate in full: the site's formatter shows a sourced figure to 2
  // decimals, and 0.01° is over half a mile.
  const meta = (value: number, axis: 'lat' | 'lon') => ({
    asOf: p.asOf,
    sourceIds: p.sourceIds,
    note: `as published: ${formatCoordinate(value, axis, AS_PUBLISHED)}${p.accuracy === undefined ? '' : `; ${p.accuracy}`}`,
  });
  return [
    { name: `latitude of ${p.name} (${p.lat < 0 ? 'south' : 'north'})`, quantity: known('degrees', Math.abs(p.lat), meta(p.lat, 'lat')) },
    { name: `longitude of ${p.name} (${p.lon < 0 ? 'west' : 'east'})`, quantity: known('degrees', Math.abs(p.lon), meta(p.lon, 'lon')) },
  ];
}

/**
 * The great-circle distance between two places, with its formula in words and the four
 * coordinates (and so the sources of both places) as its inputs. Coordinates carry no range,
 * so neither does the distance: value, low and high are the same.
 */
export function distanceMiles(a: MapPlace, b: MapPlace): Quantity<'miles'> {
  const inputs = [...coordinateInputs(a), ...coordinateInputs(b)] as const;
  const signA = { lat: Math.sign(a.lat) || 1, lon: Math.sign(a.lon) || 1 };
  const signB = { lat: Math.sign(b.lat) || 1, lon: Math.sign(b.lon) || 1 };
  return derive(
    'miles',
    inputs,
    ([latA, lonA, latB, lonB]) => {
      const miles = haversineMiles(signA.lat * latA.value, signA.lon * lonA.value, signB.lat * latB.value, signB.lon * lonB.value);
      return { value: miles, low: miles, high: miles };
    },
    () =>
      `great-circle distance from ${formatPoint(a)} (${a.name}) to ${formatPoint(b)} (${b.name}) ` +
      `(haversine, Earth radius ${formatNumber(EARTH_RADIUS_KM)} km, 1 mile = ${formatNumber(KM_PER_MILE, { significantFigures: 7 })} km)`,
    { summary: true },
  );
}
