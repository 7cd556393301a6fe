import { describe, expect, it } from 'vitest';

import { dataUpdatedOn, listFacilities } from '../data/load';
import { currency, siteRecordsEnd } from './currency';

describe('how current the data is', () => {
  it('dates the data by its change log, and the latest event by the newest site record', () => {
    const c = currency();
    expect(c.dataUpdated).toBe(dataUpdatedOn());
    const ends = listFacilities().map((f) => siteRecordsEnd(f.id));
    expect(ends).toContain(c.latestEvent);
    for (const e of ends) expect(e <= c.latestEvent).toBe(true);
    expect(c.siteRecordsEnd).toBeUndefined();
  });

  it("names a site's own end date only where it is earlier than the latest event", () => {
    const latest = currency().latestEvent;
    for (const f of listFacilities()) {
      const c = currency(f.id);
      const end = siteRecordsEnd(f.id);
      if (end < latest) expect(c.siteRecordsEnd).toEqual({ name: f.shortName, date: end });
      else expect(c.siteRecordsEnd).toBeUndefined();
    }
  });
});
