/** The locator map's projection: Mercator (conformal: shapes and directions are true, north up), fitted to the places. */
import { geoMercator, type GeoPermissibleObjects } from 'd3-geo';

import { EARTH_RADIUS_MILES, type MapPlace } from './points';

export type Projection = ReturnType<typeof geoMercator>;

/** Mercator, fitted to the places' bounding box plus `marginMiles` on every side, and clipped to the view. */
export function fitProjection(places: MapPlace[], width: number, height: number, marginMiles: number): Projection {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const dLat = (marginMiles / EARTH_RADIUS_MILES) * (180 / Math.PI);
  const dLon = dLat / Math.cos((midLat * Math.PI) / 180);
  const corners: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [Math.min(...lons) - dLon, Math.min(...lats) - dLat],
      [Math.max(...lons) + dLon, Math.max(...lats) + dLat],
    ],
  };
  const projection = geoMercator().fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    corners,
  );
  return projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
}

/** Pixels to a mile, measured east–west at the middle of the view. */
export function pxPerMileOf(projection: Projection, width: number, height: number): number {
  const centre = projection.invert?.([width / 2, height / 2]);
  if (!centre) throw new Error('The map projection cannot be inverted');
  const oneMileLon = (1 / EARTH_RADIUS_MILES / Math.cos((centre[1] * Math.PI) / 180)) * (180 / Math.PI);
  const a = projection(centre);
  const b = projection([centre[0] + oneMileLon, centre[1]]);
  if (!a || !b) throw new Error('The middle of the map cannot be projected');
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}
