/**
 * Where a place's name goes on the locator map: the candidate spots around its marker, best
 * first, and what a label must keep clear of. For a cluster of markers drawn apart (spread.ts),
 * the ring on which the cluster's names fit best.
 */
import { type Anchor, type Box, boxAround, type Candidate, type LabelBoard, textBox } from './labels';
import type { MapPlace, MapPlaceKind } from './points';
import { type ChooseLayout, type Leader, leaderLine, minSeparation, type Point } from './spread';
import { FONT_SIZE, MARKER_BOX, MARKER_RADIUS, POINT_DOT_RADIUS } from './symbols';

/** Where a label goes: its baseline point relative to its marker, and a line to it when it had to move away. */
export type LabelSpot = { labelDx: number; labelDy: number; anchor: Anchor; labelLine?: { x: number; y: number } };

/** Data centres are labelled first, then power plants, cities and neighbourhoods: the first placed get the best spots. */
const LABEL_PRIORITY: Record<MapPlaceKind, number> = { 'data center': 0, 'power plant': 1, city: 2, neighbourhood: 3 };

/** The order labels are placed in: by kind (LABEL_PRIORITY), then as the places were given. */
export function byPriority(m: { kind: MapPlaceKind; i: number }, n: { kind: MapPlaceKind; i: number }): number {
  return LABEL_PRIORITY[m.kind] - LABEL_PRIORITY[n.kind] || m.i - n.i;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A label must be this much nearer its own marker than any other, or be joined to its own by a line. */
const AMBIGUITY = 1.5;

/**
 * Where a place's name may go, best first: beside its marker (right, left, the corners, above,
 * below; for a marker moved out of a cluster, the sides facing away from the cluster first), then
 * farther off with a line back to the marker. A spot nearer another marker than its own is not
 * offered (AMBIGUITY).
 */
export function placeCandidates(p: { x: number; y: number; name: string; outward?: Point }, others: Point[] = []): Candidate<LabelSpot>[] {
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
  const out = p.outward;
  // facing away from the cluster first (a stable sort keeps the usual order among equals)
  const sides = out === undefined ? near : [...near].sort((a, b) => facing(b, out) - facing(a, out));
  const spots: Candidate<LabelSpot>[] = [];
  for (const away of [0, 16, 32, 48]) {
    for (const [ux, uy, dx0, dy0, anchor] of sides) {
      const norm = Math.hypot(ux, uy);
      const labelDx = round1(dx0 + (away * ux) / norm);
      const labelDy = round1(dy0 + (away * uy) / norm);
      const box = textBox(p.x + labelDx, p.y + labelDy, p.name, fs, anchor);
      const spot: LabelSpot = { labelDx, labelDy, anchor };
      if (away > 0) {
        spot.labelLine = { x: round1(Math.min(Math.max(p.x, box.x0), box.x1)), y: round1(Math.min(Math.max(p.y, box.y0), box.y1)) };
      }
      // a label about as near another place's marker as its own, with no line to its own, could name the wrong place:
      // not offered (measured to the point where the text begins, which the eye joins to a marker)
      const start = labelStart(box, anchor);
      const own = Math.hypot(start.x - p.x, start.y - p.y);
      if (away === 0 && others.some((o) => Math.hypot(start.x - o.x, start.y - o.y) < AMBIGUITY * own)) continue;
      spots.push({ boxes: [box], spot });
    }
  }
  return spots;
}

/** How squarely a side faces a direction (the cosine between them, rounded so that near-equals keep their order). */
function facing([ux, uy]: [number, number, ...unknown[]], d: Point): number {
  return Math.round(((ux * d.x + uy * d.y) / Math.hypot(ux, uy)) * 4) / 4;
}

/** The point where a label's text begins, which the eye joins to a marker. */
export function labelStart(box: Box, anchor: Anchor): Point {
  return { x: anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
}

/** A marker as drawn: where it is, and for one moved off its point, the line back to the point. */
export type Drawn = Point & { marker: Point; leader?: Leader };

/** What a label must keep clear of for a marker: the marker, and for one moved off its point, the dot at the point and the line. */
export function markerObstacles(m: Drawn): Box[] {
  const boxes = [boxAround(m.marker.x, m.marker.y, MARKER_RADIUS + 0.5)];
  if (m.leader === undefined) return boxes;
  return [...boxes, boxAround(m.x, m.y, POINT_DOT_RADIUS + 1), ...segmentBoxes(m.leader.x1, m.leader.y1, m.leader.x2, m.leader.y2, 1.5)];
}

/** Every other marker, and the true point of every other marker that moved: a label must not be nearer any of them than its own. */
export function othersOf(drawn: Drawn[], i: number): Point[] {
  return drawn.flatMap((o, j) => (j === i ? [] : o.leader ? [o.marker, { x: o.x, y: o.y }] : [o.marker]));
}

const mean = (pts: Point[], axis: 'x' | 'y') => pts.reduce((s, p) => s + p[axis], 0) / pts.length;

/** Boxes along a segment, `r` around points at most 4 px apart: a line as an obstacle for labels. */
export function segmentBoxes(ax: number, ay: number, bx: number, by: number, r: number): Box[] {
  const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 4));
  return Array.from({ length: n + 1 }, (_, k) => boxAround(ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n, r));
}


/** What a ring layout that misleads costs, against a label's collisions (in square SVG units). */
const MISLEADS = 1e6;

/** Whether segments ab and cd cross (touching at an end does not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/**
 * Chooses, for a cluster of markers to be drawn apart, the ring on which the names fit best:
 * each layout is tried on a copy of `board` (with every marker, point and line on it), every
 * place's name placed as it will be, and the layout whose names collide least wins (a name that
 * needs a line back to its marker counts as a large collision); ties go to the layout nearer the
 * points. A layout is never taken, if any other will do, where two lines cross or a marker sits
 * in another state than its point (`regionOf` names the area a point of the view lies in).
 */
export function ringWhereNamesFit(
  board: LabelBoard,
  projected: { place: MapPlace; x: number; y: number }[],
  regionOf: (p: Point) => string | undefined = () => undefined,
): ChooseLayout {
  const order = projected.map((p, i) => ({ kind: p.place.kind, i })).sort(byPriority);
  const sep = minSeparation(MARKER_BOX);
  const h = MARKER_BOX / 2;
  return (members, layouts) => {
    const inCluster = projected.map((p) => members.findIndex((m) => m.id === p.place.id));
    const outside = projected.filter((_, i) => inCluster[i]! < 0);
    const home = members.map((m) => regionOf(m));
    /** How badly a layout misleads: lines that cross, a marker crowding one outside the cluster, a marker across a state line. */
    const misleads = (layout: Point[]) => {
      let n = 0;
      layout.forEach((m, j) => {
        for (let o = j + 1; o < layout.length; o++) if (segmentsCross(members[j]!, m, members[o]!, layout[o]!)) n++;
        // too near a marker outside the cluster: the two would have to be gathered into one larger cluster
        n += outside.filter((p) => Math.hypot(p.x - m.x, p.y - m.y) < sep).length;
      });
      if (n > 0) return n * MISLEADS;
      // the whole marker in its point's state: a marker across the line would put the place in the wrong state
      const across = layout.filter((m, j) => [-h, h].some((dx) => [-h, h].some((dy) => regionOf({ x: m.x + dx, y: m.y + dy }) !== home[j])));
      return across.length * MISLEADS;
    };
    let best = 0;
    let bestScore = Infinity;
    for (const [k, layout] of layouts.entries()) {
      // a moved marker over something already drawn counts against its layout
      let score = misleads(layout) + board.cost(layout.map((m) => boxAround(m.x, m.y, MARKER_RADIUS + 0.5)));
      if (score >= bestScore) continue;
      const trial = board.copy();
      const drawn: Drawn[] = projected.map((p, i) => {
        const j = inCluster[i]!;
        if (j < 0) return { x: p.x, y: p.y, marker: { x: p.x, y: p.y } };
        return { x: p.x, y: p.y, marker: layout[j]!, leader: leaderLine(p, layout[j]!, MARKER_BOX) };
      });
      drawn.forEach((m) => markerObstacles(m).forEach((box) => trial.reserve(box)));
      const middle = { x: mean(members, 'x'), y: mean(members, 'y') };
      for (const { i } of order) {
        const m = drawn[i]!.marker;
        const outward = inCluster[i]! < 0 ? undefined : { x: m.x - middle.x, y: m.y - middle.y };
        const { candidate, cost } = trial.best(placeCandidates({ ...m, name: projected[i]!.place.name, outward }, othersOf(drawn, i)));
        candidate.boxes.forEach((box) => trial.reserve(box));
        // a name off at the end of a line is a last resort
        score += cost + (candidate.spot.labelLine ? 2000 : 0);
        if (score >= bestScore) break;
      }
      if (score < bestScore) {
        best = k;
        bestScore = score;
      }
      // nothing collides: no later layout, farther from the points, can do better
      if (bestScore === 0) break;
    }
    return best;
  };
}
