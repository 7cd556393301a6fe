import { describe, expect, it } from 'vitest';

import { dataUpdatedOn, listFacilities } from '../data/load';
import { scenarioContext } from '../scenario/context';
import { parseScenario } from '../scenario/scenario';
import { getOpenData } from './open-data';
import { getPowerDetail } from './power';
import { loadSection, sectionsFor } from './registry';
import { datesToSweep } from './test-dates';

/** A view as a link gives it: the scenario parsed from its query, as the proxy parses it. */
function scenarioAt(facilityId: string, query: string) {
  const parsed = parseScenario(new URLSearchParams(query), scenarioContext(facilityId)!);
  if (!parsed.ok) throw new Error(`${facilityId}?${query}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.scenario;
}

describe('every page of every facility, at every date a reader can ask for', () => {
  const views = listFacilities().flatMap((f) =>
    datesToSweep(f, scenarioContext(f.id)!).flatMap((date) =>
      // the default water case follows the date (the latest reported use up to it), so a facility with water is looked at in both
      (f.water === undefined ? [''] : ['', '&water=expected']).map((extra) => ({ facility: f.id, query: `date=${date}${extra}` })),
    ),
  );

  it('looks at each facility’s first date, the day before, of and after each event, and the last date', () => {
    const c2 = listFacilities().find((f) => f.id === 'colossus-2')!;
    const dates = datesToSweep(c2, scenarioContext(c2.id)!);
    expect(dates[0]).toBe('2025-02-01');
    expect(dates).toEqual(expect.arrayContaining(['2025-03-06', '2025-03-07', '2025-03-08', '2025-08-31', '2025-09-01', dataUpdatedOn()]));
    expect(dates[dates.length - 1]).toBe(dataUpdatedOn());
    expect(views.length).toBeGreaterThan(100);
  });

  it('builds every section’s model without an error, and its downloads', () => {
    const failures: string[] = [];
    for (const { facility, query } of views) {
      const scenario = scenarioAt(facility, query);
      for (const s of sectionsFor(facility)) {
        try {
          const model = loadSection(s, facility, scenario);
          if (model === undefined) failures.push(`${facility}/${s.id}?${query}: no model`);
        } catch (e) {
          failures.push(`${facility}/${s.id}?${query}: ${(e as Error).message}`);
        }
      }
      try {
        getOpenData(facility, scenario, dataUpdatedOn());
      } catch (e) {
        failures.push(`${facility} downloads?${query}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('the Power page before the facility’s first power figure', () => {
  it('says no figure was known yet for Colossus 2 on 1 Mar 2025, and names the first: Epoch AI’s estimate of 13 January 2026 (a reading of cooling capacity is not one)', () => {
    const d = getPowerDetail('colossus-2', scenarioAt('colossus-2', 'date=2025-03-01'))!;
    expect(d.city).toBeUndefined();
    expect(d.households.figures).toEqual([]);
    expect(d.notYet).toMatchObject({
      date: '2025-03-01',
      first: { label: 'Power estimated by independent analysts', eventDate: '2026-01-13', query: 'date=2026-01-13' },
      latestQuery: '',
    });
    expect(d.notYet?.first?.power).toMatchObject({ kind: 'known', value: 302 });
    // no figure counts homes or a share of the utility
    expect(d.figures.filter((r) => /households|share/i.test(r.id))).toEqual([]);
  });

  it('keeps the other settings in its links, and names the plant’s permit as its first figure', () => {
    const d = getPowerDetail('southaven-plant', scenarioAt('southaven-plant', 'date=2025-10-15&loadFactor=0.5'))!;
    expect(d.notYet?.first).toMatchObject({ label: 'Gas turbines permitted', eventDate: '2026-03-10', query: 'date=2026-03-10&loadFactor=0.5' });
    expect(d.notYet?.latestQuery).toBe('loadFactor=0.5');
  });

  it('is not set once there is a figure', () => {
    expect(getPowerDetail('colossus-2', scenarioAt('colossus-2', 'date=2026-01-13'))!.notYet).toBeUndefined();
    expect(getPowerDetail('colossus-2')!.notYet).toBeUndefined();
  });
});
