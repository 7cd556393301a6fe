import { describe, expect, it } from 'vitest';

import { haversineMiles } from './points';
import { boxesOverlap, clusterLayouts, columnLayouts, leaderLine, minSeparation, type Point, ringLayouts, spreadMarkers } from './spread';
import { COLOSSUS_2, SOUTHAVEN_PLANT } from './test-places';

const SIZE = 14;
const PX_PER_MILE = 30;

/** MACROHARDRR's point (the listing data's), 0.3 miles from Colossus 2 and 0.5 from the Southaven plant. */
const MACROHARDRR = { id: 'macrohardrr', lat: 34.9934, lon: -90.03429 };

/** Points on a flat map at PX_PER_MILE around Colossus 2 (y grows southward), as a locator map draws them. */
function onMap(places: { id: string; lat: number; lon: number }[]) {
  const origin = COLOSSUS_2;
  return places.map((p) => {
    const east = Math.sign(p.lon - origin.lon) * haversineMiles(origin.lat, origin.lon, origin.lat, p.lon);
    const south = Math.sign(origin.lat - p.lat) * haversineMiles(origin.lat, p.lon, p.lat, p.lon);
    return { id: p.id, x: 300 + east * PX_PER_MILE, y: 200 + south * PX_PER_MILE };
  });
}

const THREE = onMap([COLOSSUS_2, MACROHARDRR, SOUTHAVEN_PLANT]);
const FAR = { id: 'far', x: 100, y: 80 };

/** How far `p` lies outside the edge of the box `size` wide around `centre` (negative: inside). */
const onBoxEdge = (p: Point, centre: Point, size: number) => Math.max(Math.abs(p.x - centre.x), Math.abs(p.y - centre.y)) - size / 2;

describe('spreadMarkers', () => {
  it('takes three sites less than a mile apart, whose markers overlap on their points', () => {
    for (const [a, b] of [
      [COLOSSUS_2, MACROHARDRR],
      [MACROHARDRR, SOUTHAVEN_PLANT],
      [COLOSSUS_2, SOUTHAVEN_PLANT],
    ] as const)
      expect(haversineMiles(a.lat, a.lon, b.lat, b.lon)).toBeLessThan(1);
    // Colossus 2 and MACROHARDRR are 0.3 miles apart: 9 px at this scale, less than a marker's size
    expect(boxesOverlap(THREE[0]!, THREE[1]!, SIZE)).toBe(true);
  });

  const spread = spreadMarkers([...THREE, FAR], { size: SIZE, bounds: { width: 640, height: 420 } });
  const [c2, mac, plant, far] = spread;

  it('draws their markers apart: no two markers overlap, with room to spare', () => {
    for (let i = 0; i < spread.length; i++) {
      for (let j = i + 1; j < spread.length; j++) {
        const [a, b] = [spread[i]!, spread[j]!];
        expect(boxesOverlap(a.marker, b.marker, SIZE), `${a.id} and ${b.id}`).toBe(false);
        expect(Math.hypot(a.marker.x - b.marker.x, a.marker.y - b.marker.y)).toBeGreaterThanOrEqual(minSeparation(SIZE) - 0.2);
      }
    }
  });

  it('leads a line from each moved marker to its true point: it starts exactly at the point and ends on the marker', () => {
    for (const m of [c2!, mac!, plant!]) {
      const line = m.leader!;
      expect(line, m.id).toBeDefined();
      expect([line.x1, line.y1]).toEqual([m.x, m.y]);
      // the end lies on the edge of the marker's box, on the way from the point to the marker's centre
      expect(Math.abs(onBoxEdge({ x: line.x2, y: line.y2 }, m.marker, SIZE))).toBeLessThan(0.15);
      const toMarker = Math.atan2(m.marker.y - m.y, m.marker.x - m.x);
      const alongLine = Math.atan2(line.y2 - line.y1, line.x2 - line.x1);
      expect(Math.abs(toMarker - alongLine)).toBeLessThan(0.02);
      // long enough to see, and no marker covers any point of the cluster
      expect(Math.hypot(line.x2 - line.x1, line.y2 - line.y1)).toBeGreaterThanOrEqual(4);
      for (const p of THREE) expect(boxesOverlap(m.marker, p, SIZE), `${m.id} over ${p.id}`).toBe(false);
    }
  });

  it('keeps the cluster in order: each marker lies toward its own point, so Colossus 2 stays north of the other two', () => {
    expect(c2!.marker.y).toBeLessThan(mac!.marker.y);
    expect(c2!.marker.y).toBeLessThan(plant!.marker.y);
    // the plant is the farthest south and west of the three
    expect(plant!.marker.x).toBeLessThan(mac!.marker.x);
    for (const m of [c2!, mac!, plant!]) {
      const cx = (THREE[0]!.x + THREE[1]!.x + THREE[2]!.x) / 3;
      const cy = (THREE[0]!.y + THREE[1]!.y + THREE[2]!.y) / 3;
      const own = Math.atan2(m.y - cy, m.x - cx);
      const drawn = Math.atan2(m.marker.y - cy, m.marker.x - cx);
      const turn = Math.abs(Math.atan2(Math.sin(own - drawn), Math.cos(own - drawn)));
      expect(turn, m.id).toBeLessThan(Math.PI / 3);
    }
  });

  it('leaves a place clear of the others on its point, with no line', () => {
    expect(far).toEqual({ ...FAR, marker: { x: FAR.x, y: FAR.y } });
  });

  it('lets no two lines cross', () => {
    const lines = [c2!, mac!, plant!].map((m) => m.leader!);
    const cross = (a: (typeof lines)[0], b: (typeof lines)[0]) => {
      const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
      return (
        side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
        side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0
      );
    };
    expect(cross(lines[0]!, lines[1]!) || cross(lines[0]!, lines[2]!) || cross(lines[1]!, lines[2]!)).toBe(false);
  });

  it('is deterministic, and the same for the points in any order', () => {
    expect(spreadMarkers([...THREE, FAR], { size: SIZE })).toEqual(spreadMarkers([...THREE, FAR], { size: SIZE }));
    const reversed = spreadMarkers([FAR, ...THREE].reverse(), { size: SIZE });
    for (const m of reversed) expect(m.marker).toEqual(spreadMarkers([...THREE, FAR], { size: SIZE }).find((n) => n.id === m.id)!.marker);
  });

  it('gathers a place its neighbours would crowd once moved, and keeps every marker in the view', () => {
    // a fourth place just clear of the three: their ring would reach it
    const near = { id: 'near', x: THREE[1]!.x + 24, y: THREE[1]!.y };
    const four = spreadMarkers([...THREE, near], { size: SIZE });
    for (let i = 0; i < four.length; i++)
      for (let j = i + 1; j < four.length; j++) expect(boxesOverlap(four[i]!.marker, four[j]!.marker, SIZE)).toBe(false);
    const corner = spreadMarkers(
      THREE.map((p) => ({ ...p, x: p.x - 296, y: p.y - 196 })),
      { size: SIZE, bounds: { width: 200, height: 150, pad: 2 } },
    );
    for (const m of corner) {
      expect(m.marker.x - SIZE / 2).toBeGreaterThanOrEqual(2);
      expect(m.marker.y - SIZE / 2).toBeGreaterThanOrEqual(2);
    }
  });

  it('takes the layout a caller chooses, such as a column beside the points', () => {
    const layouts = clusterLayouts(THREE, { size: SIZE });
    const columns = columnLayouts(THREE, { size: SIZE });
    const first = layouts.findIndex((l) => JSON.stringify(l) === JSON.stringify(columns[0]));
    expect(first).toBeGreaterThanOrEqual(ringLayouts(THREE, { size: SIZE }).length);
    const chosen = spreadMarkers(THREE, { size: SIZE }, () => first);
    // one column east of the points, from north to south in the order of the points, a row apart
    expect(new Set(chosen.map((m) => m.marker.x)).size).toBe(1);
    expect(chosen[0]!.marker.x).toBeGreaterThan(Math.max(...THREE.map((p) => p.x)) + SIZE);
    const ys = chosen.map((m) => m.marker.y);
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(SIZE + 2);
    expect(() => spreadMarkers(THREE, { size: SIZE }, () => layouts.length)).toThrow(/No ring layout/);
  });

  it('refuses a marker of no size', () => {
    expect(() => spreadMarkers(THREE, { size: 0 })).toThrow(/size/);
  });
});

describe('leaderLine', () => {
  it('runs from the point to where it meets the marker’s box', () => {
    expect(leaderLine({ x: 0, y: 0 }, { x: 20, y: 0 }, 14)).toEqual({ x1: 0, y1: 0, x2: 13, y2: 0 });
    expect(leaderLine({ x: 0, y: 0 }, { x: 20, y: 20 }, 14)).toEqual({ x1: 0, y1: 0, x2: 13, y2: 13 });
    // a marker over its own point leaves no line to draw
    expect(leaderLine({ x: 0, y: 0 }, { x: 3, y: 0 }, 14)).toEqual({ x1: 0, y1: 0, x2: 0, y2: 0 });
  });
});
