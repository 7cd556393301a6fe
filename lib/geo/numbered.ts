/**
 * A locator map with too many places to name on it (a national tracker's dozens of sites): each
 * place is drawn as a numbered circle instead of a marker with its name, and places too near one
 * another to hold two circles apart share one circle, the first of them by priority (a data
 * center before a power plant before a neighbourhood) on its own point. The key under the map
 * gives each number its places' names. No name is placed, so the cost is a pass over the places
 * for every circle: no search.
 *
 * Pure geometry in SVG units (y grows downward); the same input always gives the same output.
 */
import { fitProjection, pxPerMileOf } from './fit';
import type { MapPlace, MapPlaceKind } from './points';
import { byPriority } from './place-labels';
import { NUMBER_RADIUS } from './symbols';

/** One numbered circle: where it is drawn (its first place's point), the places it stands for (first first) and the first's kind. */
export type MapGroup = { n: number; x: number; y: number; ids: string[]; kind: MapPlaceKind };

/** Room kept between two circles. */
const GAP = 4;

/** How near (in SVG units) a place must be to a circle's point to share the circle: two circles farther apart do not touch. */
export const GROUP_WITHIN = 2 * NUMBER_RADIUS + GAP;

type GroupInput = { id: string; kind: MapPlaceKind; x: number; y: number };

/**
 * Gathers places into numbered circles: in the order of byPriority, each place joins the first
 * circle whose point is within `within` of its own, or starts a circle on its own point. So every
 * two circles' points are at least `within` apart, and every place is within `within` of its
 * circle's. The circles are numbered as they are read, in rows `within` high from the top, each
 * from west to east.
 */
export function groupPlaces(points: GroupInput[], within = GROUP_WITHIN): MapGroup[] {
  const order = points.map((p, i) => ({ ...p, i })).sort(byPriority);
  const groups: { x: number; y: number; ids: string[]; kind: MapPlaceKind }[] = [];
  for (const p of order) {
    const home = groups.find((g) => Math.hypot(g.x - p.x, g.y - p.y) < within);
    if (home) home.ids.push(p.id);
    else groups.push({ x: p.x, y: p.y, ids: [p.id], kind: p.kind });
  }
  const row = (g: { y: number }) => Math.floor(g.y / within);
  return groups.sort((a, b) => row(a) - row(b) || a.x - b.x || a.y - b.y).map((g, k) => ({ n: k + 1, ...g }));
}

/**
 * The view the circles are grouped in: the smaller of the two the site draws the map at (the
 * phone's 360 × 440 and the desktop's 640 × 420), so that the circles of both are as far apart.
 */
export const GROUPING_VIEW = { width: 360, height: 420 } as const;

/**
 * The numbered circles of a map with too many places to name: grouped in the smaller of this view
 * and GROUPING_VIEW, so that the desktop's and the phone's drawings (each at least that size) have
 * the same circles and numbers, for one key; each drawn on its first place's point in this view.
 */
export function numberedGroups(
  places: MapPlace[],
  projected: { place: MapPlace; x: number; y: number }[],
  view: { width: number; height: number; marginMiles: number },
): { groups: MapGroup[]; withinMiles: number } {
  const w = Math.min(view.width, GROUPING_VIEW.width);
  const h = Math.min(view.height, GROUPING_VIEW.height);
  const reference = fitProjection(places, w, h, view.marginMiles);
  const points = places.map((p) => {
    const [x, y] = reference([p.lon, p.lat]) ?? [NaN, NaN];
    return { id: p.id, kind: p.kind, x, y };
  });
  const at = new Map(projected.map((p) => [p.place.id, p]));
  const groups = groupPlaces(points).map((g) => ({ ...g, x: at.get(g.ids[0]!)!.x, y: at.get(g.ids[0]!)!.y }));
  return { groups, withinMiles: GROUP_WITHIN / pxPerMileOf(reference, w, h) };
}
