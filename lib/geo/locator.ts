/**
 * A locator map as plain data, ready to be drawn as SVG by a Server Component: county outlines
 * and state lines around the places, the places with their labels placed so that none overlap,
 * a scale bar and a north arrow. Projected with d3-geo's Mercator (conformal: shapes and
 * directions are true, and north is up), fitted to the places plus a margin of a few miles.
 */
import { geoContains, geoMercator, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiLineString } from 'geojson';

import { areaGeography, STATES, type StateCode } from './atlas';
import { type Anchor, type Box, boxAround, type Candidate, LabelBoard, textBox, textWidth } from './labels';
import { assertValidPlace, EARTH_RADIUS_MILES, type MapPlace, type MapPlaceKind } from './points';

export type { Anchor } from './labels';
export type { StateCode } from './atlas';

/** Font sizes in SVG units, chosen with the drawn sizes (LocatorMapOptions.width) so text stays legible on a phone. */
export const FONT_SIZE = { place: 13, state: 12, county: 11, scale: 11 } as const;
/** Half the size of a place's marker. */
export const MARKER_RADIUS = 6;

export type MapCounty = {
  id: string;
  name: string;
  state: StateCode;
  /** SVG path, clipped to the view. */
  d: string;
  /** Where its name goes (baseline, centred); unset when it would collide with something. */
  label?: { text: string; x: number; y: number };
};

export type MapStateBorder = { between: [StateCode, StateCode]; d: string };

export type MapStateLabel = { state: StateCode; name: string; x: number; y: number; anchor: Anchor };

export type PlacedPlace = MapPlace & {
  x: number;
  y: number;
  /** The label's baseline point, relative to the place. */
  labelDx: number;
  labelDy: number;
  anchor: Anchor;
  /** Set when the label had to move away from its marker: draw a thin line from the place to here. */
  leader?: { x: number; y: number };
};

export type ScaleBar = { x: number; y: number; lengthPx: number; miles: number; label: string };

export type LocatorMap = {
  width: number;
  height: number;
  counties: MapCounty[];
  stateBorders: MapStateBorder[];
  stateLabels: MapStateLabel[];
  places: PlacedPlace[];
  scaleBar: ScaleBar;
  /** The tip of the north arrow; the arrow points up (the projection keeps north up). */
  northArrow: { x: number; y: number };
  pxPerMile: number;
};

export type LocatorMapOptions = { width?: number; height?: number; marginMiles?: number };

const DEFAULTS = { width: 640, height: 420, marginMiles: 3 };

/** Data centres are labelled first, then power plants, cities and neighbourhoods: the first placed get the best spots. */
const LABEL_PRIORITY: Record<MapPlaceKind, number> = { 'data center': 0, 'power plant': 1, city: 2, neighbourhood: 3 };

const SCALE_STEPS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];

const round1 = (n: number) => Math.round(n * 10) / 10;

type Projection = ReturnType<typeof geoMercator>;
type Pt = [number, number];

/** The projected, clipped polylines of a line geometry (for placing labels along a state line). */
function projectedLines(projection: Projection, line: MultiLineString): Pt[][] {
  const lines: Pt[][] = [];
  const context: GeoContext = {
    beginPath: () => {},
    moveTo: (x, y) => void lines.push([[x, y]]),
    lineTo: (x, y) => void lines[lines.length - 1]?.push([x, y]),
    closePath: () => {},
    arc: () => {},
  };
  geoPath(projection, context)(line);
  return lines.filter((l) => l.length > 1);
}

/** y of a polyline at x, where it crosses x (the first crossing). */
function yAt(lines: Pt[][], x: number): number | undefined {
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1] as Pt;
      const [bx, by] = line[i] as Pt;
      if ((ax <= x && x <= bx) || (bx <= x && x <= ax)) return ax === bx ? ay : ay + ((x - ax) / (bx - ax)) * (by - ay);
    }
  }
  return undefined;
}

function contains(projection: Projection, area: GeoPermissibleObjects, x: number, y: number): boolean {
  const lonLat = projection.invert?.([x, y]);
  return lonLat !== null && lonLat !== undefined && geoContains(area, lonLat);
}

/** A label must be this much nearer its own marker than any other, or be joined to its own by a line. */
const AMBIGUITY = 1.5;

function placeCandidates(
  p: { x: number; y: number; name: string },
  others: { x: number; y: number }[] = [],
): Candidate<Omit<PlacedPlace, keyof MapPlace | 'x' | 'y'>>[] {
  const fs = FONT_SIZE.place;
  const r = MARKER_RADIUS;
  // [direction x, direction y, dx, dy, anchor]: right, left, the four corners, above, below
  const near: [number, number, number, number, Anchor][] = [
    [1, 0, r + 4, fs * 0.35, 'start'],
    [-1, 0, -(r + 4), fs * 0.35, 'end'],
    [1, -1, r + 2, -(r + 3), 'start'],
    [1, 1, r + 2, r + 2 + fs * 0.8, 'start'],
    [-1, -1, -(r + 2), -(r + 3), 'end'],
    [-1, 1, -(r + 2), r + 2 + fs * 0.8, 'end'],
    [0, -1, 0, -(r + 4), 'middle'],
    [0, 1, 0, r + 4 + fs * 0.75, 'middle'],
  ];
  const out: Candidate<Omit<PlacedPlace, keyof MapPlace | 'x' | 'y'>>[] = [];
  for (const away of [0, 16, 32, 48]) {
    for (const [ux, uy, dx0, dy0, anchor] of near) {
      const norm = Math.hypot(ux, uy);
      const labelDx = round1(dx0 + (away * ux) / norm);
      const labelDy = round1(dy0 + (away * uy) / norm);
      const box = textBox(p.x + labelDx, p.y + labelDy, p.name, fs, anchor);
      const spot: Omit<PlacedPlace, keyof MapPlace | 'x' | 'y'> = { labelDx, labelDy, anchor };
      if (away > 0) {
        spot.leader = { x: round1(Math.min(Math.max(p.x, box.x0), box.x1)), y: round1(Math.min(Math.max(p.y, box.y0), box.y1)) };
      }
      // a label about as near another place's marker as its own, with no line to its own, could name the wrong place:
      // not offered (measured to the point where the text begins, which the eye joins to a marker)
      const start = { x: anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
      const own = Math.hypot(start.x - p.x, start.y - p.y);
      if (away === 0 && others.some((o) => Math.hypot(start.x - o.x, start.y - o.y) < AMBIGUITY * own)) continue;
      out.push({ boxes: [box], spot });
    }
  }
  return out;
}

function scaleBarFor(pxPerMile: number, width: number, height: number): ScaleBar {
  const fits = SCALE_STEPS.filter((m) => m * pxPerMile <= width * 0.25);
  const miles = fits[fits.length - 1] ?? SCALE_STEPS[0]!;
  return {
    x: 12,
    y: height - 12,
    lengthPx: round1(miles * pxPerMile),
    miles,
    label: `${miles} mile${miles === 1 ? '' : 's'}`,
  };
}

/**
 * Lays out a locator map of `places`: Mercator, north up, fitted to the places' bounding box
 * plus `marginMiles` on every side (the longer side of the view gets more). The same input
 * always gives the same output.
 */
export function buildLocatorMap(places: MapPlace[], opts: LocatorMapOptions = {}): LocatorMap {
  const { width, height, marginMiles } = { ...DEFAULTS, ...opts };
  if (places.length === 0) throw new Error('A locator map needs at least one place');
  if (!(marginMiles > 0)) throw new Error(`The margin around the places must be more than 0 miles, not ${marginMiles}`);
  if (!(width >= 200 && height >= 150)) throw new Error(`A locator map of ${width}×${height} is too small to read`);
  places.forEach(assertValidPlace);
  const ids = new Set<string>();
  for (const p of places) {
    if (ids.has(p.id)) throw new Error(`Map place "${p.id}" is listed twice`);
    ids.add(p.id);
  }

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
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);

  // pixels to a mile, measured east–west at the middle of the view
  const centre = projection.invert?.([width / 2, height / 2]);
  if (!centre) throw new Error('The map projection cannot be inverted');
  const oneMileLon = (1 / EARTH_RADIUS_MILES / Math.cos((centre[1] * Math.PI) / 180)) * (180 / Math.PI);
  const a = projection(centre);
  const b = projection([centre[0] + oneMileLon, centre[1]]);
  if (!a || !b) throw new Error('The middle of the map cannot be projected');
  const pxPerMile = Math.hypot(b[0] - a[0], b[1] - a[1]);

  const geo = areaGeography();
  const board = new LabelBoard(width, height);

  const scaleBar = scaleBarFor(pxPerMile, width, height);
  board.reserve({
    x0: scaleBar.x - 6,
    y0: scaleBar.y - 12,
    x1: scaleBar.x + scaleBar.lengthPx + 6 + textWidth(scaleBar.label, FONT_SIZE.scale) + 4,
    y1: scaleBar.y + 8,
  });
  const northArrow = { x: width - 18, y: 8 };
  board.reserve({ x0: width - 32, y0: 0, x1: width, y1: 46 });

  const projected = places.map((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) throw new Error(`Map place "${p.id}" cannot be projected`);
    return { place: p, x: round1(xy[0]), y: round1(xy[1]) };
  });
  projected.forEach(({ x, y }) => board.reserve(boxAround(x, y, MARKER_RADIUS + 0.5)));

  const stateBorders: MapStateBorder[] = geo.borders.map((b) => ({ between: b.between, d: path(b.line) ?? '' })).filter((b) => b.d !== '');

  // the state lines are obstacles too: a label written across one is hard to read
  for (const b of geo.borders) {
    for (const line of projectedLines(projection, b.line)) {
      for (let i = 1; i < line.length; i++) {
        const [ax, ay] = line[i - 1] as Pt;
        const [bx, by] = line[i] as Pt;
        const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 4));
        for (let k = 0; k <= n; k++) board.reserve(boxAround(ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n, 2));
      }
    }
  }

  const visibleStates = geo.states.filter((s) => path.area(s) > 0);
  const stateLabels: MapStateLabel[] = [];
  const labelled = new Set<StateCode>();

  // Tennessee just above the Tennessee–Mississippi line and Mississippi just below, where the line
  // is farthest from the places (whose labels come next, and go around these)
  const tnMs = geo.borders.find((b) => b.between[0] === 'TN' && b.between[1] === 'MS');
  const tnMsLines = tnMs ? projectedLines(projection, tnMs.line) : [];
  const shapeOf = (code: StateCode) => geo.states.find((st) => st.state === code)!;
  for (const side of ['above', 'below'] as const) {
    const fs = FONT_SIZE.state;
    const candidates: (Candidate<MapStateLabel> & { room: number })[] = [];
    for (let step = 2; step <= 18; step++) {
      const x = round1((width * step) / 20);
      const y = yAt(tnMsLines, x);
      if (y === undefined) continue;
      const north: StateCode = contains(projection, shapeOf('TN'), x, y - 12) ? 'TN' : 'MS';
      const state: StateCode = side === 'above' ? north : north === 'TN' ? 'MS' : 'TN';
      const label: MapStateLabel = {
        state,
        name: STATES[state].name,
        x,
        y: round1(side === 'above' ? y - 8 : y + fs + 5),
        anchor: 'middle',
      };
      const room = Math.min(...projected.map((p) => Math.hypot(p.x - x, p.y - y)));
      candidates.push({ boxes: [textBox(label.x, label.y, label.name, fs, label.anchor)], spot: label, room });
    }
    candidates.sort((m, n) => n.room - m.room || m.spot.x - n.spot.x);
    const chosen = board.placeFree(candidates, (l, [box]) => within(projection, shapeOf(l.state), box!));
    if (chosen) {
      stateLabels.push(chosen);
      labelled.add(chosen.state);
    }
  }

  const order = projected
    .map((p, i) => ({ ...p, i }))
    .sort((m, n) => LABEL_PRIORITY[m.place.kind] - LABEL_PRIORITY[n.place.kind] || m.i - n.i);
  const spots = new Map<number, Omit<PlacedPlace, keyof MapPlace | 'x' | 'y'>>();
  for (const p of order) {
    const others = projected.filter((_, j) => j !== p.i);
    spots.set(p.i, board.place(placeCandidates({ x: p.x, y: p.y, name: p.place.name }, others)));
  }
  const placed: PlacedPlace[] = projected.map((p, i) => ({ ...p.place, x: p.x, y: p.y, ...spots.get(i)! }));

  for (const s of visibleStates) {
    if (labelled.has(s.state)) continue;
    const spot = areaLabel(projection, path.centroid(s), s, STATES[s.state].name, FONT_SIZE.state, board);
    if (spot) stateLabels.push({ state: s.state, name: STATES[s.state].name, x: spot.x, y: spot.y, anchor: 'middle' });
  }

  const counties: MapCounty[] = [];
  for (const c of geo.counties) {
    const d = path(c) ?? '';
    if (d === '' || path.area(c) === 0) continue;
    const county: MapCounty = { id: c.id, name: c.properties.name, state: c.state, d };
    const text = `${c.properties.name} County`;
    const spot = areaLabel(projection, path.centroid(c), c, text, FONT_SIZE.county, board);
    if (spot) county.label = { text, ...spot };
    counties.push(county);
  }

  return { width, height, counties, stateBorders, stateLabels, places: placed, scaleBar, northArrow, pxPerMile: round1(pxPerMile) };
}

/**
 * A name inside an area (a county, a state): at the middle of its visible part, or moved up,
 * down or sideways off whatever is already there, but never outside the area; none if no spot is free.
 */
function areaLabel(
  projection: Projection,
  centroid: Pt,
  area: GeoPermissibleObjects,
  text: string,
  fontSize: number,
  board: LabelBoard,
): { x: number; y: number } | undefined {
  if (!centroid.every(Number.isFinite)) return undefined;
  const steps = [0, 1, -1, 2, -2, 3, -3, 4, -4, 6, -6];
  const candidates: Candidate<{ x: number; y: number }>[] = [];
  for (const sy of steps) {
    for (const sx of [0, -1, 1, -2, 2, -3, 3]) {
      const x = round1(centroid[0] + sx * 30);
      const y = round1(centroid[1] + sy * 16 + fontSize * 0.35);
      candidates.push({ boxes: [textBox(x, y, text, fontSize, 'middle')], spot: { x, y } });
    }
  }
  return board.placeFree(candidates, (_, [box]) => within(projection, area, box!));
}

/** Whether a label's box lies in an area: its two ends and its middle, halfway up. */
function within(projection: Projection, area: GeoPermissibleObjects, box: Box): boolean {
  const midY = (box.y0 + box.y1) / 2;
  return [box.x0, (box.x0 + box.x1) / 2, box.x1].every((px) => contains(projection, area, px, midY));
}
