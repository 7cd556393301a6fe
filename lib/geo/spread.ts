/**
 * Markers that would overlap on a small map, drawn apart. Places less than a marker's size from
 * one another (Colossus 2, MACROHARDRR and the Southaven plant are 0.3–0.8 miles apart, a few
 * pixels at a county's scale) are gathered into a cluster; the cluster's markers are set out
 * evenly on a ring around its middle, each in the direction its own point lies from that middle
 * (as nearly as even spacing allows), and a thin line leads from each marker back to its true
 * point. Places clear of every other keep their marker on their point.
 *
 * Pure geometry in SVG units (y grows downward); the same input always gives the same output.
 */

export type Point = { x: number; y: number };

/** A line from a place's true point (x1, y1) to the edge of its marker (x2, y2). */
export type Leader = { x1: number; y1: number; x2: number; y2: number };

export type SpreadInput = Point & { id: string };

export type SpreadMarker = SpreadInput & {
  /** Where the marker is drawn: the place's own point unless it had to move. */
  marker: Point;
  /** Set when the marker moved off its point. */
  leader?: Leader;
  /** For a moved marker, the direction from its cluster's middle to the marker (a unit vector): labels read best outside the ring. */
  outward?: Point;
};

export type SpreadOptions = {
  /** The width (and height) of the box that holds a marker, its outline included. */
  size: number;
  /** Room kept between two markers' boxes. */
  gap?: number;
  /** The view, so that no moved marker leaves it (with `pad` to spare). */
  bounds?: { width: number; height: number; pad?: number };
};

const r1 = (n: number) => Math.round(n * 10) / 10;
const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * The nearest two marker centres may be: two square boxes of side `size` touch, at the worst
 * (on a diagonal), when their centres are size × √2 apart.
 */
export function minSeparation(size: number, gap = 2): number {
  return size * Math.SQRT2 + gap;
}

/** Whether two markers' boxes, `size` wide and centred on a and b, overlap. */
export function boxesOverlap(a: Point, b: Point, size: number): boolean {
  return Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;
}

/** Groups of indices whose points are chained by distances under `within`, each in input order; groups ordered by their first. */
function clusters(points: Point[], within: (i: number, j: number) => boolean): number[][] {
  const parent = points.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (within(i, j)) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
  }
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return [...groups.values()];
}

/**
 * Slots on a ring for `members`, evenly spaced and in the same order around the middle as their
 * points, turned so that each slot lies as near its point's own direction as it can (the
 * circular mean of the differences), then by `turn` more. Returns each member's angle, in radians.
 */
function ringAngles(members: Point[], centre: Point, turn = 0): number[] {
  const n = members.length;
  const angles = members.map((p, i) =>
    dist(p, centre) < 1e-9 ? (2 * Math.PI * i) / n : Math.atan2(p.y - centre.y, p.x - centre.x),
  );
  const order = angles.map((a, i) => ({ a, i })).sort((m, k) => m.a - k.a || m.i - k.i);
  let sx = 0;
  let sy = 0;
  order.forEach(({ a }, k) => {
    const d = a - (2 * Math.PI * k) / n;
    sx += Math.cos(d);
    sy += Math.sin(d);
  });
  const natural = sx === 0 && sy === 0 ? 0 : Math.atan2(sy, sx);
  const out = new Array<number>(n);
  order.forEach(({ i }, k) => (out[i] = natural + turn + (2 * Math.PI * k) / n));
  return out;
}

/** Turns tried beyond the natural one, in steps of 15°, nearest first. */
const TURNS = [0, ...Array.from({ length: 11 }, (_, k) => [k + 1, -(k + 1)]).flat(), 12].map((k) => (k * Math.PI) / 12);
/** Ring radii tried beyond the least, in SVG units. */
const WIDER = [0, 6, 12, 20, 30];
/** How much of a leader line shows beyond its marker, at the least. */
const LEADER_MIN = 8;

/**
 * The ways a cluster's markers may sit on a ring, the nearest to their points first: the least
 * radius that holds them apart, turned as little as possible; then turned further, then wider.
 * Neighbours on the ring are at least minSeparation apart, every marker is at least a marker's
 * size clear of every point of the cluster (so each line is long enough to see and no marker
 * hides a point), and the ring is kept inside the view.
 */
export function ringLayouts(members: Point[], options: SpreadOptions): Point[][] {
  const opts = { gap: 2, ...options };
  const n = members.length;
  if (n < 2) return [members.map((p) => ({ x: p.x, y: p.y }))];
  const middle = { x: members.reduce((s, p) => s + p.x, 0) / n, y: members.reduce((s, p) => s + p.y, 0) / n };
  const farthest = Math.max(...members.map((p) => dist(p, middle)));
  const least = Math.max(minSeparation(opts.size, opts.gap) / (2 * Math.sin(Math.PI / n)), farthest + opts.size + LEADER_MIN);
  const layouts: Point[][] = [];
  for (const extra of WIDER) {
    const radius = least + extra;
    const centre = { ...middle };
    const b = opts.bounds;
    if (b !== undefined) {
      const pad = (b.pad ?? 2) + opts.size / 2 + radius;
      centre.x = Math.min(Math.max(centre.x, pad), b.width - pad);
      centre.y = Math.min(Math.max(centre.y, pad), b.height - pad);
    }
    for (const turn of TURNS) {
      layouts.push(ringAngles(members, centre, turn).map((a) => ({ x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) })));
    }
  }
  return layouts;
}

/** Row spacing of a column of markers: a marker's size and room, or a line of a label's text, whichever is more. */
const ROW = 24;
/** How far a column of markers stands off from the nearest of its points, beyond a marker's size, in SVG units. */
const STAND_OFF = [8, 20, 34];
/** How far a column may slide up or down from level with its points. */
const SLIDE = [0, -5, 5, -10, 10, -15, 15, -20, 20];

/**
 * The ways a cluster's markers may stand in a column to one side of their points, like a list
 * (east first, then west): one row each, from north to south in the order of their points, so
 * that no two lines cross, each row a marker's size and more from every point.
 */
export function columnLayouts(members: Point[], options: SpreadOptions): Point[][] {
  const opts = { gap: 2, ...options };
  const n = members.length;
  if (n < 2) return [members.map((p) => ({ x: p.x, y: p.y }))];
  const rows = members.map((p, i) => ({ p, i })).sort((a, b) => a.p.y - b.p.y || a.p.x - b.p.x || a.i - b.i);
  const midY = members.reduce((s, p) => s + p.y, 0) / n;
  const step = Math.max(ROW, opts.size + opts.gap + 2);
  const layouts: Point[][] = [];
  for (const off of STAND_OFF) {
    for (const side of [1, -1]) {
      const edge = side > 0 ? Math.max(...members.map((p) => p.x)) : Math.min(...members.map((p) => p.x));
      const x = edge + side * (opts.size + LEADER_MIN + off);
      for (const slide of SLIDE) {
        const out = new Array<Point>(n);
        rows.forEach(({ i }, k) => (out[i] = { x, y: midY + slide + (k - (n - 1) / 2) * step }));
        const b = opts.bounds;
        const pad = (b?.pad ?? 2) + opts.size / 2;
        if (b === undefined || out.every((m) => m.x >= pad && m.x <= b.width - pad && m.y >= pad && m.y <= b.height - pad)) layouts.push(out);
      }
    }
  }
  return layouts;
}

/** Every layout a cluster may take: on a ring (nearest to the points first), then in a column. */
export function clusterLayouts(members: Point[], options: SpreadOptions): Point[][] {
  return [...ringLayouts(members, options), ...(members.length < 2 ? [] : columnLayouts(members, options))];
}

/** Picks one of a cluster's ring layouts (an index into `layouts`); by default the first, the nearest to the points. */
export type ChooseLayout = (members: SpreadInput[], layouts: Point[][]) => number;

/**
 * The line from a point to the edge of its marker's box (`size` wide, centred on `marker`), where
 * the line meets it: half the size from the centre along x or y, whichever comes first.
 */
export function leaderLine(point: Point, marker: Point, size: number): Leader {
  const d = dist(point, marker);
  // a marker over its own point (a ring squeezed against the edge of the view) hides the line: none is left to draw
  if (d <= size / 2) return { x1: point.x, y1: point.y, x2: point.x, y2: point.y };
  const ux = (marker.x - point.x) / d;
  const uy = (marker.y - point.y) / d;
  const toEdge = size / 2 / Math.max(Math.abs(ux), Math.abs(uy));
  return { x1: point.x, y1: point.y, x2: r1(marker.x - ux * toEdge), y2: r1(marker.y - uy * toEdge) };
}

/**
 * Each place's marker: on its point when nothing else is near, or moved apart from its
 * neighbours with a leader line back to its point. No two markers' boxes overlap, unless the
 * view is too small to hold them apart.
 */
export function spreadMarkers(points: SpreadInput[], options: SpreadOptions, choose: ChooseLayout = () => 0): SpreadMarker[] {
  const opts = { gap: 2, ...options };
  if (!(opts.size > 0)) throw new Error(`A marker's size must be more than 0, not ${opts.size}`);
  const sep = minSeparation(opts.size, opts.gap);
  let markers: Point[] = points.map((p) => ({ x: p.x, y: p.y }));
  // places whose points are too near, then any whose markers, once moved, come too near another's: gathered until none are
  let together = clusters(points, (i, j) => dist(points[i]!, points[j]!) < sep);
  for (let round = 0; round < points.length; round++) {
    markers = points.map((p) => ({ x: p.x, y: p.y }));
    for (const group of together) {
      if (group.length < 2) continue;
      const members = group.map((i) => points[i]!);
      const layouts = clusterLayouts(members, opts);
      const k = choose(members, layouts);
      const ring = layouts[k];
      if (ring === undefined) throw new Error(`No ring layout ${k} for ${members.map((m) => m.id).join(', ')}`);
      group.forEach((i, j) => (markers[i] = ring[j]!));
    }
    const groupOf = new Map(together.flatMap((g, gi) => g.map((i) => [i, gi] as const)));
    const next = clusters(markers, (i, j) => groupOf.get(i) === groupOf.get(j) || dist(markers[i]!, markers[j]!) < sep);
    if (next.length === together.length) break;
    together = next;
  }
  const groupOf = new Map(together.flatMap((g) => g.map((i) => [i, g] as const)));
  return points.map((p, i) => {
    const m = markers[i]!;
    const out: SpreadMarker = { ...p, marker: { x: r1(m.x), y: r1(m.y) } };
    if (groupOf.get(i)!.length < 2) return out;
    out.leader = leaderLine(p, m, opts.size);
    // away from the middle of the cluster's points, where the other markers and lines are
    const g = groupOf.get(i)!;
    const cx = g.reduce((s, j) => s + points[j]!.x, 0) / g.length;
    const cy = g.reduce((s, j) => s + points[j]!.y, 0) / g.length;
    const o = Math.hypot(m.x - cx, m.y - cy);
    if (o > 0) out.outward = { x: (m.x - cx) / o, y: (m.y - cy) / o };
    return out;
  });
}
