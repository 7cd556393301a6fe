import { describe, expect, it } from 'vitest';

import { type Box, overlapArea, textBox } from './labels';
import { buildLocatorMap, FONT_SIZE, type LocatorMap, MARKER_RADIUS } from './locator';
import { haversineMiles } from './points';
import { COLOSSUS_1, COLOSSUS_2, EXAMPLE_PLACES, SOUTHAVEN_PLANT } from './test-places';

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
    ...map.places.map((p) => ({ what: p.name, box: textBox(p.x + p.labelDx, p.y + p.labelDy, p.name, FONT_SIZE.place, p.anchor) })),
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
        const marker = { x0: p.x - MARKER_RADIUS, y0: p.y - MARKER_RADIUS, x1: p.x + MARKER_RADIUS, y1: p.y + MARKER_RADIUS };
        expect({ label: labels[i]!.what, marker: p.name, overlap: overlapArea(labels[i]!.box, marker) }).toMatchObject({ overlap: 0 });
      }
    }
  });

  it('writes coordinates to one decimal and stays small', () => {
    const paths = [...map.counties.map((c) => c.d), ...map.stateBorders.map((b) => b.d)];
    for (const d of paths) expect(d).not.toMatch(/\.\d\d/);
    expect(paths.join('').length).toBeLessThan(5000);
  });

  it('never writes a name nearer another marker than its own, unless a line joins it to its own (three sites within a mile)', () => {
    const third = { ...COLOSSUS_2, id: 'third', name: 'A third site', lat: 34.9934, lon: -90.03429 };
    for (const width of [640, 343]) {
      const crowded = buildLocatorMap([...EXAMPLE_PLACES, third], { width, height: 420 });
      for (const p of crowded.places) {
        if (p.leader) continue;
        const box = textBox(p.x + p.labelDx, p.y + p.labelDy, p.name, FONT_SIZE.place, p.anchor);
        // from where the text begins, which the eye joins to a marker
        const sx = p.anchor === 'start' ? box.x0 : p.anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
        const d = (x: number, y: number) => Math.hypot(sx - x, (box.y0 + box.y1) / 2 - y);
        const own = d(p.x, p.y);
        for (const o of crowded.places.filter((q) => q.id !== p.id))
          expect(d(o.x, o.y), `${p.name} beside ${o.name}`).toBeGreaterThanOrEqual(1.5 * own);
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildLocatorMap(EXAMPLE_PLACES))).toBe(JSON.stringify(map));
    expect(buildLocatorMap([...EXAMPLE_PLACES], { width: 360, height: 440 })).toEqual(
      buildLocatorMap(EXAMPLE_PLACES, { width: 360, height: 440 }),
    );
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
