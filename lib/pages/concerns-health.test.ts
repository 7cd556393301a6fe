import { describe, expect, it } from 'vitest';

import { healthFor, type SiteHealth } from '../health/model';
import { scenarioContext } from '../scenario/context';
import { defaultScenario } from '../scenario/scenario';
import { getConcernsDetail } from './concerns';
import { HEALTH_HEADING } from './concerns-health';
import { CONCERNS_HEADINGS, shows } from './concerns-top';
import { getMethodology } from './methodology';
import { getOpenData } from './open-data';
import { getOverview } from './overview';

const site = (id: string, tons?: 'permit' | 'model' | 'potential' | 'satellite' | 'estimate') => {
  const ctx = scenarioContext(id)!;
  return getConcernsDetail(id, { ...defaultScenario(ctx), ...(tons ? { tons } : {}) })!;
};

describe('the health part of the Concerns page', () => {
  it('is in the contents of both gas-burning sites, after the grid or the NOx', () => {
    for (const id of ['colossus-1', 'southaven-plant']) {
      const d = site(id);
      expect(shows(d.contents, 'healthDamage')).toBe(true);
      expect(CONCERNS_HEADINGS.healthDamage.id).toBe(HEALTH_HEADING.id);
      expect(d.healthDamage.site.kind).toBe('site');
    }
  });

  it("links each of the site's scenarios to the same page with ?tons= set, marking the view's and keeping its other settings", () => {
    const ctx = scenarioContext('colossus-1')!;
    const d = getConcernsDetail('colossus-1', { ...defaultScenario(ctx), loadFactor: 0.5, tons: 'potential' })!;
    const links = d.healthDamage.links;
    expect(links.map((l) => l.kind)).toEqual(['permit', 'potential', 'estimate']);
    expect(links.filter((l) => l.current).map((l) => l.kind)).toEqual(['potential']);
    expect(links.find((l) => l.isDefault)?.kind).toBe('permit');
    // the default tons are left out of the address; the load factor of the view is kept
    expect(links.find((l) => l.kind === 'permit')?.href).toBe(`/facilities/colossus-1/concerns?loadFactor=0.5#${HEALTH_HEADING.id}`);
    expect(links.find((l) => l.kind === 'estimate')?.href).toBe(
      `/facilities/colossus-1/concerns?loadFactor=0.5&tons=estimate#${HEALTH_HEADING.id}`,
    );
  });

  it('says who reports a scenario known only from a report', () => {
    const links = site('southaven-plant').healthDamage.links;
    const unconfirmed = links.filter((l) => !l.confirmed);
    expect(unconfirmed.map((l) => l.kind).sort()).toEqual(['permit', 'satellite']);
    for (const l of unconfirmed) expect(l.reportedBy).toBeTruthy();
  });

  it("declares the damage, deaths, tons and values per ton once, as the health model computes them for the view's tons", () => {
    const d = site('colossus-1', 'potential');
    const h = healthFor('colossus-1', d.overview.scenario) as SiteHealth;
    const row = (id: string) => d.figures.find((f) => f.id === id);
    expect(row('healthDamage.damage')?.q).toEqual(h.damage.range);
    expect(row('healthDamage.deaths')?.q).toEqual(h.deaths.range);
    expect(row('healthDamage.damage.high')?.q).toEqual(h.damage.cases.high.total);
    expect(row('healthDamage.tons.nox')?.q).toEqual(h.tons.find((t) => t.pollutant === 'NOx')?.tons);
    expect(row('healthDamage.perTon.central.nox')?.q).toEqual(h.damage.cases.central.terms.find((t) => t.pollutant === 'NOx')?.perTon.value);
    expect(row('healthDamage.vsl')?.q).toEqual(h.context.vsl);
    expect(row('healthDamage.tons.nox')?.note).toMatch(/not scaled by the load factor/);
  });

  it("puts the new figures in the downloads with unit, range, formula and sources, and cites EPA's decision", () => {
    const file = getOpenData('colossus-1', undefined, '2026-12-01')!;
    const damage = file.figures.find((f) => f.id === 'healthDamage.damage');
    expect(damage?.unit).toBe('USD2025/yr');
    expect(damage?.low).toBeLessThan(damage?.high ?? 0);
    expect(damage?.formula).toBeTruthy();
    expect(damage?.sourceIds.length).toBeGreaterThan(0);
    const d = site('colossus-1');
    const epa = (healthFor('colossus-1') as SiteHealth).context.epaDecision.sourceIds;
    for (const id of epa) expect(d.sourceIds).toContain(id);
    for (const id of epa) expect(getMethodology().sourceIds).toContain(id);
  });

  it("Colossus 2's overview links to the Southaven plant's health figures and has none of its own", () => {
    const o = getOverview('colossus-2')!;
    expect(o.healthElsewhere).toEqual({ facilityId: 'southaven-plant', name: expect.any(String) });
    expect(getOverview('colossus-1')?.healthElsewhere).toBeUndefined();
  });
});
