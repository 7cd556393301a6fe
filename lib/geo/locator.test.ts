import { describe, expect, it } from 'vitest';

import { type Box, overlapArea, textBox } from './labels';
import { buildLocatorMap, FONT_SIZE, type LocatorMap, MARKER_BOX, MARKER_RADIUS } from './locator';
import { labelStart } from './place-labels';
import { haversineMiles } from './points';
import { boxesOverlap, minSeparation } from './spread';
import { COLOSSUS_1, COLOSSUS_2, EXAMPLE_PLACES, SOUTHAVEN_CITY, SOUTHAVEN_PLANT, WHITEHAVEN } from './test-places';

/** The polylines of an SVG path made of M, L, H, V and Z commands with absolute coordinates (as d3-geo writes them). */
function polylines(d: string): [number, number][][] {
  const lines: [number, number][][] = [];
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const n = (args ?? '').split(',').map(Number);
    if (cmd === 'M') lines.push([[n[0]!, n[1]!]]);
    if (cmd === 'L') lines[lines.length - 1]!.push([n[0]!, n[1]!]);
  }
  return lines;
}

/** y of the path where it crosses x. */
function yOfPathAt(d: string, x: number): number {
  for (const line of polylines(d)) {
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1]!;
      const [bx, by] = line[i]!;
      if (Math.min(ax, bx) <= x && x <= Math.max(ax, bx)) return ay + ((x - ax) / (bx - ax)) * (by - ay);
    }
  }
  throw new Error(`the path does not cross x = ${x}`);
}

function labelBoxes(map: LocatorMap): { what: string; box: Box }[] {
  return [
    ...map.places.map((p) => ({
      what: p.name,
      box: textBox(p.marker.x + p.labelDx, p.marker.y + p.labelDy, p.name, FONT_SIZE.place, p.anchor),
    })),
    ...map.stateLabels.map((s) => ({ what: s.name, box: textBox(s.x, s.y, s.name, FONT_SIZE.state, s.anchor) })),
    ...map.counties.flatMap((c) =>
      c.label ? [{ what: c.label.text, box: textBox(c.label.x, c.label.y, c.label.text, FONT_SIZE.county, 'middle') }] : [],
    ),
  ];
}

const place = (map: LocatorMap, id: string) => {
  const p = map.places.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};

describe('buildLocatorMap', () => {
  const map = buildLocatorMap(EXAMPLE_PLACES);

  it('draws 640 × 420 by default, with Shelby and DeSoto counties and the state lines', () => {
    expect([map.width, map.height]).toEqual([640, 420]);
    const shelby = map.counties.find((c) => c.id === '47157');
    const desoto = map.counties.find((c) => c.id === '28033');
    expect(shelby).toMatchObject({ name: 'Shelby', state: 'TN' });
    expect(desoto).toMatchObject({ name: 'DeSoto', state: 'MS' });
    expect(shelby?.d).toMatch(/^M[\d.,LMZ-]+$/);
    // counties wholly outside the view are left out
    expect(map.counties.map((c) => c.id)).not.toContain('28143');
    expect(map.stateBorders.map((b) => b.between.join('–'))).toEqual(expect.arrayContaining(['TN–MS', 'TN–AR']));
    expect(map.stateLabels.map((s) => s.name)).toEqual(expect.arrayContaining(['Tennessee', 'Mississippi']));
  });

  it('puts Colossus 1 west and north of Colossus 2, and the Southaven plant south of the Tennessee–Mississippi line', () => {
    const c1 = place(map, COLOSSUS_1.id);
    const c2 = place(map, COLOSSUS_2.id);
    const plant = place(map, SOUTHAVEN_PLANT.id);
    expect(c1.x).toBeLessThan(c2.x);
    expect(c1.y).toBeLessThan(c2.y);
    const line = map.stateBorders.find((b) => b.between.join('–') === 'TN–MS')!.d;
    // y grows southward: the plant is below the line, Colossus 2 (in Tennessee, 0.2 mi from it) above
    expect(plant.y).toBeGreaterThan(yOfPathAt(line, plant.x));
    expect(c2.y).toBeLessThan(yOfPathAt(line, c2.x));
    // Tennessee is labelled above that line and Mississippi below it
    const tn = map.stateLabels.find((s) => s.state === 'TN')!;
    const ms = map.stateLabels.find((s) => s.state === 'MS')!;
    expect(tn.y).toBeLessThan(yOfPathAt(line, tn.x));
    expect(ms.y - FONT_SIZE.state).toBeGreaterThan(yOfPathAt(line, ms.x));
  });

  it('keeps distances true to scale (Mercator over a few miles)', () => {
    const c1 = place(map, COLOSSUS_1.id);
    const c2 = place(map, COLOSSUS_2.id);
    const miles = haversineMiles(COLOSSUS_1.lat, COLOSSUS_1.lon, COLOSSUS_2.lat, COLOSSUS_2.lon);
    const px = Math.hypot(c2.x - c1.x, c2.y - c1.y);
    expect(px / miles / map.pxPerMile).toBeCloseTo(1, 2);
    expect([0.25, 0.5, 1, 2, 5, 10]).toContain(map.scaleBar.miles);
    expect(map.scaleBar.lengthPx).toBeCloseTo(map.scaleBar.miles * map.pxPerMile, 0);
    expect(map.scaleBar.lengthPx).toBeLessThanOrEqual(map.width / 4);
    expect(map.scaleBar.label).toBe(`${map.scaleBar.miles} miles`);
  });

  it('leaves at least the margin around the places', () => {
    const margin = 3 * map.pxPerMile - 1;
    for (const p of map.places) {
      expect(Math.min(p.x, map.width - p.x, p.y, map.height - p.y)).toBeGreaterThanOrEqual(margin);
    }
  });

  it.each([
    ['desktop', {}],
    ['phone', { width: 360, height: 440 }],
  ] as const)('places every label (%s) in the view, overlapping no other label and no marker', (_, size) => {
    const m = buildLocatorMap(EXAMPLE_PLACES, size);
    const labels = labelBoxes(m);
    expect(labels.length).toBeGreaterThanOrEqual(EXAMPLE_PLACES.length + 2);
    for (const { what, box } of labels) {
      expect({ what, inside: box.x0 >= 0 && box.y0 >= 0 && box.x1 <= m.width && box.y1 <= m.height }).toEqual({ what, inside: true });
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        expect({ pair: [labels[i]!.what, labels[j]!.what], overlap: overlapArea(labels[i]!.box, labels[j]!.box) }).toMatchObject({
          overlap: 0,
        });
      }
      for (const p of m.places) {
        const { x, y } = p.marker;
        const marker = { x0: x - MARKER_RADIUS, y0: y - MARKER_RADIUS, x1: x + MARKER_RADIUS, y1: y + MARKER_RADIUS };
        expect({ label: labels[i]!.what, marker: p.name, overlap: overlapArea(labels[i]!.box, marker) }).toMatchObject({ overlap: 0 });
      }
    }
  });

  it('writes coordinates to one decimal and stays small', () => {
    const paths = [...map.counties.map((c) => c.d), ...map.stateBorders.map((b) => b.d)];
    for (const d of paths) expect(d).not.toMatch(/\.\d\d/);
    expect(paths.join('').length).toBeLessThan(5000);
  });

  // three sites less than a mile apart, as on the front page: Colossus 2, MACROHARDRR (its listing data's point) and the plant
  const MACROHARDRR = { ...COLOSSUS_2, id: 'macrohardrr', name: 'MACROHARDRR', lat: 34.9934, lon: -90.03429 };
  const crowded = [640, 343].map((width) => buildLocatorMap([...EXAMPLE_PLACES, MACROHARDRR], { width, height: 420 }));

  it('draws apart markers that would overlap, so that no two markers overlap, each with a line to its true point', () => {
    for (const m of crowded) {
      const c2 = place(m, COLOSSUS_2.id);
      const mac = place(m, MACROHARDRR.id);
      // on their points, these two markers would overlap
      expect(Math.abs(c2.x - mac.x) < MARKER_BOX && Math.abs(c2.y - mac.y) < MARKER_BOX).toBe(true);
      for (let i = 0; i < m.places.length; i++) {
        for (let j = i + 1; j < m.places.length; j++) {
          const [a, b] = [m.places[i]!, m.places[j]!];
          expect(boxesOverlap(a.marker, b.marker, MARKER_BOX), `${m.width}: ${a.name} and ${b.name}`).toBe(false);
        }
      }
      for (const p of [c2, mac, place(m, SOUTHAVEN_PLANT.id)]) {
        expect(p.leader, p.name).toBeDefined();
        // the line starts at the place's own projected point and ends at its marker's edge
        expect([p.leader!.x1, p.leader!.y1]).toEqual([p.x, p.y]);
        expect(Math.max(Math.abs(p.leader!.x2 - p.marker.x), Math.abs(p.leader!.y2 - p.marker.y))).toBeCloseTo(MARKER_BOX / 2, 0);
      }
      // places clear of the others keep their marker on their point (Colossus 1 and the TVA plant, 0.6 miles apart, are
      // drawn apart on the phone's smaller scale)
      const clear = m.places.filter((p) =>
        m.places.every((q) => q === p || Math.hypot(p.x - q.x, p.y - q.y) > 2 * minSeparation(MARKER_BOX)),
      );
      expect(clear.map((p) => p.id)).toEqual(expect.arrayContaining([WHITEHAVEN.id, SOUTHAVEN_CITY.id]));
      for (const p of clear) {
        expect(p.marker, p.name).toEqual({ x: p.x, y: p.y });
        expect(p.leader).toBeUndefined();
      }
    }
  });

  it('keeps a moved marker in its own state: Colossus 2 north of the Tennessee–Mississippi line, the other two south of it', () => {
    for (const m of crowded) {
      const line = m.stateBorders.find((b) => b.between.join('–') === 'TN–MS')!.d;
      const c2 = place(m, COLOSSUS_2.id);
      expect(c2.marker.y + MARKER_BOX / 2, `${m.width}`).toBeLessThan(yOfPathAt(line, c2.marker.x));
      for (const id of [MACROHARDRR.id, SOUTHAVEN_PLANT.id]) {
        const p = place(m, id);
        expect(p.marker.y - MARKER_BOX / 2, `${m.width}: ${p.name}`).toBeGreaterThan(yOfPathAt(line, p.marker.x));
      }
    }
  });

  it('never writes a name nearer another marker (or the point of a moved one) than its own, unless a line joins it to its own', () => {
    for (const m of crowded) {
      for (const p of m.places) {
        if (p.labelLine) continue;
        const box = textBox(p.marker.x + p.labelDx, p.marker.y + p.labelDy, p.name, FONT_SIZE.place, p.anchor);
        // from where the text begins, which the eye joins to a marker
        const start = labelStart(box, p.anchor);
        const d = (q: { x: number; y: number }) => Math.hypot(start.x - q.x, start.y - q.y);
        const own = d(p.marker);
        for (const o of m.places.filter((q) => q.id !== p.id)) {
          expect(d(o.marker), `${m.width}: ${p.name} beside ${o.name}`).toBeGreaterThanOrEqual(1.5 * own);
          if (o.leader) expect(d(o), `${m.width}: ${p.name} beside the point of ${o.name}`).toBeGreaterThanOrEqual(1.5 * own);
        }
      }
    }
  });

  it('names every place beside its marker in the crowded map, with no line out to a name', () => {
    for (const m of crowded) expect(m.places.filter((p) => p.labelLine).map((p) => p.name)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildLocatorMap(EXAMPLE_PLACES))).toBe(JSON.stringify(map));
    expect(buildLocatorMap([...EXAMPLE_PLACES], { width: 360, height: 440 })).toEqual(
      buildLocatorMap(EXAMPLE_PLACES, { width: 360, height: 440 }),
    );
  });

  it('lays out each map once: the same places and size give the same map, other places or sizes another', () => {
    expect(buildLocatorMap([...EXAMPLE_PLACES])).toBe(map);
    expect(buildLocatorMap(EXAMPLE_PLACES, { width: 360, height: 440 })).not.toBe(map);
    const moved = EXAMPLE_PLACES.map((p, i) => (i === 0 ? { ...p, lat: p.lat + 0.01 } : p));
    expect(buildLocatorMap(moved).places[0]?.y).not.toBe(map.places[0]?.y);
  });

  it('keeps the places as given, with their position and label', () => {
    expect(map.places.map((p) => p.id)).toEqual(EXAMPLE_PLACES.map((p) => p.id));
    expect(place(map, SOUTHAVEN_PLANT.id)).toMatchObject({ ...SOUTHAVEN_PLANT, anchor: expect.stringMatching(/^(start|middle|end)$/) });
  });

  it('maps a single place, with the margin around it', () => {
    const one = buildLocatorMap([COLOSSUS_1], { marginMiles: 2 });
    expect(one.places[0]).toMatchObject({ x: 320, y: 210 });
    expect(one.counties.map((c) => c.id)).toContain('47157');
  });

  it('refuses no places, a place listed twice, no margin and a tiny map', () => {
    expect(() => buildLocatorMap([])).toThrow(/at least one place/);
    expect(() => buildLocatorMap([COLOSSUS_1, COLOSSUS_1])).toThrow(/listed twice/);
    expect(() => buildLocatorMap([COLOSSUS_1], { marginMiles: 0 })).toThrow(/margin/);
    expect(() => buildLocatorMap([COLOSSUS_1], { width: 100 })).toThrow(/too small/);
    expect(() => buildLocatorMap([{ ...COLOSSUS_1, sourceIds: [] }])).toThrow(/no source/);
  });
});
