import { describe, expect, it } from 'vitest';

import { sourceIdsOf } from '../core/quantity';
import { listFacilities } from '../data/load';
import { getReport } from './report';

const id = listFacilities()[0]!.id;

describe('the printable report', () => {
  const r = getReport(id)!;

  it('numbers its sources in the order it first cites them: the address first', () => {
    const address = r.overview.facility.addressSourceIds;
    expect(r.sourceIds.slice(0, address.length)).toEqual(address);
  });

  it('lists every source of every figure it shows, once', () => {
    expect(new Set(r.sourceIds).size).toBe(r.sourceIds.length);
    for (const f of r.figures) for (const s of sourceIdsOf([f.q])) expect(r.sourceIds, f.id).toContain(s);
  });
});
