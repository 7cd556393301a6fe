import { describe, expect, it } from 'vitest';

import { distanceWorking } from '../geo/distance-working';
import { getArea } from './area';

describe('the front page’s map', () => {
  const { places, distances } = getArea()!.map;
  const at = (id: string) => places.find((p) => p.id === id)!;

  it('gives each pair’s distance once, between two places of the table of places', () => {
    const pairs = distances.map((d) => [d.from, d.to].sort().join(' '));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const d of distances) expect([at(d.from), at(d.to)].every(Boolean)).toBe(true);
  });

  it('works every distance by hand to within 0.01 mile of the haversine figure it shows, as the page says', () => {
    for (const d of distances) {
      if (d.q.kind !== 'known') throw new Error(`${d.from} to ${d.to}: not known`);
      expect(Math.abs(distanceWorking(at(d.from), at(d.to)).miles - d.q.value), `${d.from} to ${d.to}`).toBeLessThanOrEqual(0.01);
    }
  });
});
