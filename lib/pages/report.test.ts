import { describe, expect, it } from 'vitest';

import { sourceIdsOf } from '../core/quantity';
import { listFacilities } from '../data/load';
import { getReport } from './report';

const id = listFacilities()[0]!.id;

describe('the printable report', () => {
  const r = getReport(id)!;

  it('numbers its sources in the order it first cites them: the address, then the headline figures, top to bottom', () => {
    const address = r.overview.facility.addressSourceIds;
    expect(r.sourceIds.slice(0, address.length)).toEqual(address);
    let at = address.length;
    const seen = new Set(address);
    for (const row of r.headline) {
      const fresh = sourceIdsOf([row.q]).filter((s) => !seen.has(s));
      expect(r.sourceIds.slice(at, at + fresh.length), row.label).toEqual(fresh);
      fresh.forEach((s) => seen.add(s));
      at += fresh.length;
    }
  });

  it('lists every source of every figure it shows, once', () => {
    expect(new Set(r.sourceIds).size).toBe(r.sourceIds.length);
    for (const f of r.figures) for (const s of sourceIdsOf([f.q])) expect(r.sourceIds, f.id).toContain(s);
  });
});
