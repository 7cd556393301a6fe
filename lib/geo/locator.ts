/**
 * A locator map as plain data, ready to be drawn as SVG by a Server Component: county outlines
 * and state lines around the places, the places with their labels placed so that none overlap,
 * a scale bar and a north arrow. Projected with d3-geo's Mercator (conformal: shapes and
 * directions are true, and north is up), fitted to the places plus a margin of a few miles.
 */
import { geoContains, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiLineString } from 'geojson';

import { areaGeography, STATES, type StateCode } from './atlas';
import { type Anchor, type Box, boxAround, type Candidate, LabelBoard, LabelBudgetExceeded, textBox, textWidth } from './labels';
import { fitProjection, type Projection, pxPerMileOf } from './fit';
import { type MapGroup, numberedGroups } from './numbered';
import { byPriority, type LabelSpot, markerObstacles, othersOf, placeCandidates, ringWhereNamesFit, segmentBoxes } from './place-labels';
import { assertValidPlace, type MapPlace } from './points';
import { type Leader, type Point, spreadMarkers } from './spread';
import { FONT_SIZE, MARKER_BOX, MARKER_RADIUS, NUMBER_RADIUS } from './symbols';

export type { Anchor } from './labels';
export type { StateCode } from './atlas';
export type { MapGroup } from './numbered';
export { FONT_SIZE, MARKER_BOX, MARKER_RADIUS, NUMBER_RADIUS, POINT_DOT_RADIUS } from './symbols';

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

/** A place as drawn; its label's baseline point (LabelSpot) is relative to its marker. */
export type PlacedPlace = MapPlace &
  LabelSpot & {
    /** The place's true point. */
    x: number;
    y: number;
    /** Where its marker is drawn: on the point, unless markers would overlap there (see spread.ts). */
    marker: Point;
    /** Set when the marker moved off the point: a line from the point to the marker's edge. */
    leader?: Leader;
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
  /** Set on a map with too many places to name on it: numbered circles, which a key under the map names (numbered.ts). */
  numbered?: { groups: MapGroup[]; withinMiles: number };
  /** Candidate spots for names weighed in laying the map out (LabelBoard): bounded, however many the places. */
  labelEvaluations: number;
};

/** More places than this are numbered rather than named: beyond it, names crowd even a map with room for them. */
export const NAMED_MAX_PLACES = 12;
/**
 * The most candidate spots the search for names may weigh before the map is numbered instead
 * (the real map's seven places take 109 on the desktop's drawing and 270 on the phone's; a crowded dozen can take millions).
 */
export const LABEL_BUDGET = 10_000;

export type LocatorMapOptions = { width?: number; height?: number; marginMiles?: number };

const DEFAULTS = { width: 640, height: 420, marginMiles: 3 };

const SCALE_STEPS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];

const round1 = (n: number) => Math.round(n * 10) / 10;

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

/** Maps laid out already, by their input: the places come from the data, not the settings, so a few are ever drawn. */
const laidOut = new Map<string, LocatorMap>();
const MAX_LAID_OUT = 32;

/**
 * Lays out a locator map of `places`: Mercator, north up, fitted to the places' bounding box
 * plus `marginMiles` on every side (the longer side of the view gets more). The same input
 * always gives the same output, so each is laid out once per process (projecting the county
 * lines and placing the labels is most of a front page's own work) and handed out again;
 * callers only read it.
 */
export function buildLocatorMap(places: MapPlace[], opts: LocatorMapOptions = {}): LocatorMap {
  const key = JSON.stringify([places, opts]);
  const known = laidOut.get(key);
  if (known !== undefined) return known;
  const map = layOut(places, opts);
  if (laidOut.size >= MAX_LAID_OUT) laidOut.delete(laidOut.keys().next().value as string);
  laidOut.set(key, map);
  return map;
}

function layOut(places: MapPlace[], opts: LocatorMapOptions): LocatorMap {
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

  const projection = fitProjection(places, width, height, marginMiles);
  const path = geoPath(projection).digits(1);

  const pxPerMile = pxPerMileOf(projection, width, height);

  const geo = areaGeography();
  let board = new LabelBoard(width, height);

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
  const stateBorders: MapStateBorder[] = geo.borders.map((b) => ({ between: b.between, d: path(b.line) ?? '' })).filter((b) => b.d !== '');

  // the state lines are obstacles too: a label written across one is hard to read
  for (const b of geo.borders) {
    for (const line of projectedLines(projection, b.line)) {
      for (let i = 1; i < line.length; i++) {
        const [ax, ay] = line[i - 1] as Pt;
        const [bx, by] = line[i] as Pt;
        segmentBoxes(ax, ay, bx, by, 2).forEach((box) => board.reserve(box));
      }
    }
  }

  const visibleStates = geo.states.filter((s) => path.area(s) > 0);
  const stateLabels: MapStateLabel[] = [];
  const labelled = new Set<StateCode>();
  const regionOf = (p: Point) => visibleStates.find((st) => contains(projection, st, p.x, p.y))?.state;

  // each place named beside its marker, if there are few enough to try and the search stays within its budget;
  // else numbered circles, named in a key under the map
  let named: { placed: PlacedPlace[]; markers: Point[] } | undefined;
  let work = 0;
  if (places.length <= NAMED_MAX_PLACES) {
    const trial = board.withBudget(LABEL_BUDGET);
    try {
      named = nameEach(trial, projected, width, height, regionOf);
      // the states' and counties' names are not the search's: placed on a board with the names, counted apart
      board = trial.withBudget(Infinity);
    } catch (e) {
      if (!(e instanceof LabelBudgetExceeded)) throw e;
    }
    work = trial.evaluations;
  }
  let numbered: LocatorMap['numbered'];
  if (named === undefined) {
    numbered = numberedGroups(places, projected, { width, height, marginMiles });
    numbered.groups.forEach((g) => board.reserve(boxAround(g.x, g.y, NUMBER_RADIUS + 1)));
  }
  const markers = named?.markers ?? numbered?.groups ?? [];

  // Tennessee just above the Tennessee–Mississippi line and Mississippi just below, where the line is farthest from the
  // places and free (the places' names come first: they are the map's data, the states' its context)
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
      const room = Math.min(...markers.map((m) => Math.hypot(m.x - x, m.y - y)));
      candidates.push({ boxes: [textBox(label.x, label.y, label.name, fs, label.anchor)], spot: label, room });
    }
    candidates.sort((m, n) => n.room - m.room || m.spot.x - n.spot.x);
    const chosen = board.placeFree(candidates, (l, [box]) => within(projection, shapeOf(l.state), box!));
    if (chosen) {
      stateLabels.push(chosen);
      labelled.add(chosen.state);
    }
  }

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

  return {
    width,
    height,
    counties,
    stateBorders,
    stateLabels,
    places: named?.placed ?? [],
    ...(numbered ? { numbered } : {}),
    scaleBar,
    northArrow,
    pxPerMile: round1(pxPerMile),
    labelEvaluations: work + board.evaluations,
  };
}

/**
 * Each place with its name beside its marker: markers that would overlap drawn apart, each with a
 * line to its point, on the ring where their names fit best (the markers, the points and the lines
 * are all obstacles for the names). Throws LabelBudgetExceeded when `board`'s budget runs out.
 */
function nameEach(
  board: LabelBoard,
  projected: { place: MapPlace; x: number; y: number }[],
  width: number,
  height: number,
  regionOf: (p: Point) => string | undefined,
): { placed: PlacedPlace[]; markers: Point[] } {
  // nothing goes over a place's point (its marker, or the dot at the end of its line)
  projected.forEach((p) => board.reserve(boxAround(p.x, p.y, MARKER_RADIUS + 0.5)));
  const spread = spreadMarkers(
    projected.map((p) => ({ id: p.place.id, x: p.x, y: p.y })),
    { size: MARKER_BOX, bounds: { width, height, pad: 4 } },
    ringWhereNamesFit(board, projected, regionOf),
  );
  spread.forEach((m) => markerObstacles(m).forEach((box) => board.reserve(box)));
  const order = projected.map((p, i) => ({ ...p, kind: p.place.kind, i })).sort(byPriority);
  const spots = new Map<number, LabelSpot>();
  for (const p of order) {
    const m = spread[p.i]!;
    spots.set(p.i, board.place(placeCandidates({ ...m.marker, name: p.place.name, outward: m.outward }, othersOf(spread, p.i))));
  }
  const placed = projected.map((p, i) => {
    const m = spread[i]!;
    return { ...p.place, x: p.x, y: p.y, marker: m.marker, ...(m.leader ? { leader: m.leader } : {}), ...spots.get(i)! };
  });
  return { placed, markers: spread.map((m) => m.marker) };
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
