/**
 * What the locator map's component shows besides the drawing, as pure functions: the marker of
 * each kind of place (shapes differ, so the map reads in black and white), the ids of the SVG's
 * title and description, the distances with the names of their places, and the summary sentence.
 */
import type { Quantity } from '../core/quantity';
import { MAP_PLACE_KINDS, type MapPlace, type MapPlaceKind } from './points';

export type MarkerShape = 'square' | 'triangle' | 'circle';

export const MARKERS: Record<MapPlaceKind, { shape: MarkerShape; filled: boolean; legend: string }> = {
  'data center': { shape: 'square', filled: true, legend: 'Data center (filled square)' },
  'power plant': { shape: 'triangle', filled: true, legend: 'Power plant (filled triangle)' },
  neighbourhood: { shape: 'circle', filled: false, legend: 'Neighbourhood (open circle)' },
  city: { shape: 'circle', filled: false, legend: 'City (open circle)' },
};

/** The legend of a numbered map (too many places to name): a circle is filled as its first place's marker would be. */
export const NUMBER_LEGEND: Record<MapPlaceKind, string> = {
  'data center': 'Numbered circle, filled blue: a data center, and any place',
  'power plant': 'Numbered circle, filled red: a power plant, and any place',
  neighbourhood: 'Numbered circle, open: a neighbourhood, and any place',
  city: 'Numbered circle, open: a city, and any place',
};

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The SVG path of a place's marker centred on (x, y), `r` from its centre to its sides. */
export function markerPath(kind: MapPlaceKind, x: number, y: number, r: number): string {
  const shape = MARKERS[kind].shape;
  if (shape === 'square') return `M${r1(x - r)},${r1(y - r)}h${r1(2 * r)}v${r1(2 * r)}h${r1(-2 * r)}Z`;
  if (shape === 'triangle') {
    // equilateral, pointing up, centred on its centroid; s is from the centre to a corner, so
    // that the triangle is about as tall and as wide as the square
    const s = r * 1.35;
    return `M${r1(x)},${r1(y - s)}L${r1(x + s * Math.sin(Math.PI / 3))},${r1(y + s / 2)}H${r1(x - s * Math.sin(Math.PI / 3))}Z`;
  }
  return `M${r1(x - r)},${r1(y)}a${r1(r)},${r1(r)} 0 1,0 ${r1(2 * r)},0a${r1(r)},${r1(r)} 0 1,0 ${r1(-2 * r)},0Z`;
}

/** The ids of an SVG's title and description, from a prefix unique on the page. */
export function svgIds(prefix: string): { title: string; desc: string; labelledBy: string } {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`Not a usable id prefix: "${prefix}"`);
  return { title: `${prefix}-title`, desc: `${prefix}-desc`, labelledBy: `${prefix}-title ${prefix}-desc` };
}

export type MapDistance = { from: string; to: string; q: Quantity<'miles'> };
export type NamedDistance = MapDistance & { fromName: string; toName: string };

/** Each distance with the names of its two places, which must be on the map (`from` and `to` are place ids). */
export function nameDistances(places: MapPlace[], distances: MapDistance[]): NamedDistance[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return distances.map((d) => {
    const from = byId.get(d.from);
    const to = byId.get(d.to);
    if (from === undefined || to === undefined) {
      throw new Error(`Distance ${d.from} → ${d.to}: ${from === undefined ? d.from : d.to} is not a place on the map`);
    }
    return { ...d, fromName: from.name, toName: to.name };
  });
}

const KIND_WORDS: Record<MapPlaceKind, [string, string]> = {
  'data center': ['data center', 'data centers'],
  'power plant': ['power plant', 'power plants'],
  neighbourhood: ['neighbourhood', 'neighbourhoods'],
  city: ['city', 'cities'],
};

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "2 data centers, 2 power plants and 1 city". */
export function countKinds(places: MapPlace[]): string {
  const parts = MAP_PLACE_KINDS.map((kind) => {
    const n = places.filter((p) => p.kind === kind).length;
    if (n === 0) return '';
    const [one, many] = KIND_WORDS[kind];
    return `${n} ${n === 1 ? one : many}`;
  }).filter((s) => s !== '');
  return list(parts);
}

/** "1.9 miles": how near a place must be to share a numbered circle, to a tenth of a mile (the circles' spacing in the phone's drawing). */
export function withinWords(miles: number): string {
  const tenths = Math.round(miles * 10) / 10;
  return `${tenths} mile${tenths === 1 ? '' : 's'}`;
}

/**
 * The map in a sentence or two, for the caption (and for readers who cannot see the map): what it
 * shows and, where markers had to be drawn apart, how to read them. The distances are in their own
 * table, beside the places' coordinates, and are not repeated here.
 */
export function mapSummary(
  places: MapPlace[],
  { drawnApart = [], numbered }: { drawnApart?: string[]; numbered?: { circles: number; withinMiles: number } } = {},
): string {
  const what = `The map shows ${countKinds(places)}, with county lines and the state lines between them.`;
  if (numbered !== undefined)
    return `${what} They are too many to name on the map: they are drawn as ${numbered.circles} numbered circles, each for a place and any others within ${withinWords(numbered.withinMiles)} of it, and the key under the map names the places of each number.`;
  if (drawnApart.length === 0) return what;
  const names = list(places.filter((p) => drawnApart.includes(p.id)).map((p) => p.name));
  return `${what} ${names} are too close together to tell apart at this scale: their markers are drawn apart, each with a thin line to a dot at its true point.`;
}
