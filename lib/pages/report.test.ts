import { describe, expect, it } from 'vitest';

import { type Quantity, sourceIdsOf } from '../core/quantity';
import { findFacility, listFacilities } from '../data/load';
import { scenarioContext } from '../scenario/context';
import { parseScenario } from '../scenario/scenario';
import { healthFor } from '../health/model';
import { getReport, type Report } from './report';
import { publicPath } from './site';
import { sourceUsage } from './source-usage';

const report = (id: string): Report => {
  const r = getReport(id);
  if (r === undefined) throw new Error(`no report for ${id}`);
  return r;
};

/** What the component is handed beyond the overview: the parts of the model it draws. */
const shown = (r: Report) => [r.answers, r.charts, r.disagreements, r.raised, r.legal, r.events];

const isQuantity = (x: object): x is Quantity =>
  'unit' in x && 'sourceIds' in x && 'kind' in x && (x.kind === 'known' || x.kind === 'unknown');

/** Every figure the parts hold (not the inputs inside a figure's arithmetic), and every list of source ids they carry. */
function walk(parts: unknown[]): { figures: Set<Quantity>; sourceIds: Set<string> } {
  const figures = new Set<Quantity>();
  const sourceIds = new Set<string>();
  const seen = new Set<object>();
  const visit = (x: unknown, inFigure: boolean) => {
    if (x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (isQuantity(x) && !inFigure) figures.add(x);
    if ('sourceIds' in x && Array.isArray(x.sourceIds)) for (const id of x.sourceIds) sourceIds.add(String(id));
    for (const v of Object.values(x)) visit(v, inFigure || isQuantity(x));
  };
  parts.forEach((p) => visit(p, false));
  return { figures, sourceIds };
}

describe('the report of every facility', () => {
  for (const f of listFacilities()) {
    describe(f.id, () => {
      const r = report(f.id);

      it('numbers its sources in the order it first cites them, the address first, each once', () => {
        expect(r.sourceIds.slice(0, f.addressSourceIds.length)).toEqual(f.addressSourceIds);
        expect(new Set(r.sourceIds).size).toBe(r.sourceIds.length);
      });

      it('lists every source it cites: of its figures and their inputs, its events, statements and records', () => {
        for (const row of r.figures) for (const s of sourceIdsOf([row.q])) expect(r.sourceIds, row.id).toContain(s);
        for (const s of walk(shown(r)).sourceIds) expect(r.sourceIds).toContain(s);
      });

      it('shows only figures a page declares, as that page declares them', () => {
        const declared = new Set(r.figures.map((row) => row.q));
        for (const q of walk(shown(r)).figures) expect(declared.has(q), JSON.stringify(q).slice(0, 160)).toBe(true);
      });

      it('is listed on the Sources page as using each of its sources', () => {
        const usage = sourceUsage();
        const href = publicPath(f.id, 'report');
        for (const id of r.sourceIds)
          expect(
            (usage.get(id) ?? []).map((u) => u.href),
            id,
          ).toContain(href);
      });
    });
  }
});

describe('a data center with every kind of figure (Colossus 1)', () => {
  const r = report('colossus-1');
  const p = r.answers.power;

  it('answers with each power figure as homes for every baseline, and as shares of the utility that supplies it', () => {
    expect(p.supply).toBe('utility');
    expect(p.baselines.map((b) => b.id)).toEqual(['mlgw', 'tennessee', 'us']);
    expect(p.rows.map((x) => x.key)).toEqual(['gridSupplied', 'gridApproved', 'claimed', 'estimated']);
    for (const row of p.rows) {
      expect(row.homes).toHaveLength(3);
      expect(row.shares?.averageLoad.kind).toBe('known');
    }
    expect(p.example?.key).toBe('gridApproved');
    expect(p.utilityStated?.kind).toBe('known');
  });

  it('answers water with its figure against homes and the pumping, and the air with the cap and the estimates', () => {
    expect(r.answers.water.known).toBe(true);
    const a = r.answers.air;
    expect(a?.nox[0]?.figure.kind).toBe('permit cap');
    expect(a?.nox.slice(1).every((n) => n.figure.kind === 'estimate' && n.times !== undefined)).toBe(true);
    expect(a?.inWords).toMatch(/times/);
    expect(a?.turbineMw.map((t) => t.label)).toEqual(['Gas turbines permitted', 'Most gas turbines reported running']);
  });

  it("answers health with the Concerns page's own figures for the view's tons, EPA's decision cited, and links to the working", () => {
    const h = r.answers.air?.health;
    const site = healthFor('colossus-1', r.overview.scenario);
    if (h === undefined || site?.kind !== 'site') throw new Error('Colossus 1 burns gas: its report has a health part');
    expect(h.damage).toEqual(site.damage.range);
    expect(h.deaths).toEqual(site.deaths.range);
    expect(h.scenarioLabel).toBe(site.scenario.label);
    expect(r.sourceIds).toContain(site.context.epaDecision.sourceIds[0]);
    expect(h.href).toBe(`${publicPath('colossus-1', 'concerns')}#health-damage-heading`);
  });

  it('has both charts, the disagreements it can compute, what residents raised and the legal record', () => {
    expect(r.charts.power?.series).toContain('gridSupplied');
    expect(r.charts.water?.length).toBeGreaterThan(2);
    expect(r.disagreements.map((d) => d.kind)).toEqual(expect.arrayContaining(['claim and estimate', 'bills', 'water', 'statement']));
    expect(r.raised?.health.length).toBeGreaterThan(0);
    expect(r.legal?.events.length).toBeGreaterThan(0);
    expect(r.events).toEqual([]);
  });

  it('leaves the disagreements about figures it does not show (the grid rates) to the Concerns page, and counts them', () => {
    const topics = r.disagreements.flatMap((d) => (d.kind === 'statement' ? [d.statement.topic] : []));
    expect(topics.some((t) => /eGRID/.test(t))).toBe(false);
    expect(r.disagreementsLeftOut).toBeGreaterThan(0);
  });
});

describe('a data center supplied by another site (Colossus 2)', () => {
  const r = report('colossus-2');
  const p = r.answers.power;

  it('counts homes for its power, but no share of the utility, which does not supply it', () => {
    expect(p.supply).toBe('another site');
    expect(p.rows.length).toBeGreaterThan(0);
    expect(p.rows.every((x) => x.shares === undefined)).toBe(true);
    expect(p.utilityLoads).toBeUndefined();
    expect(p.suppliedBy.map((x) => x.facilityId)).toEqual(['southaven-plant']);
  });

  it('says which figures are not known and why, and what its outside estimate takes in', () => {
    expect(p.unknown.map((x) => x.what)).toContain('Grid power in service');
    expect(p.unknown.every((x) => x.reason.length > 0)).toBe(true);
    expect(p.takesIn.map((x) => x.facilityId)).toEqual(['macrohardrr']);
    const w = r.answers.water;
    expect(w.known).toBe(false);
    if (!w.known) expect(w.sourceIds.length).toBeGreaterThan(0);
  });

  it('has the power chart, no water chart, and no concerns file to answer the air from', () => {
    expect(r.charts.power?.series).toEqual(['claimed', 'estimated']);
    expect(r.charts.water).toBeUndefined();
    expect(r.answers.air).toBeUndefined();
    expect(r.raised).toBeUndefined();
    expect(r.legal).toBeUndefined();
  });
});

describe('a data center with little data (MACROHARDRR)', () => {
  const r = report('macrohardrr');
  const f = findFacility('macrohardrr');

  it("has no figure to answer with, and says its power is partly counted inside another site's estimate", () => {
    expect(r.answers.power.rows).toEqual([]);
    expect(r.answers.power.countedWithin?.facilityId).toBe(f?.powerCountedWithin?.facilityId);
    expect(r.answers.power.countedWithin?.words).toBe(f?.powerCountedWithin?.reason);
    expect(r.answers.water.known).toBe(false);
    expect(r.charts.power).toBeUndefined();
  });

  it('lists its dated events with their sources instead of a chart', () => {
    expect(r.events.map((e) => e.date)).toEqual(f?.timeline.map((e) => e.date));
    for (const e of r.events) for (const s of e.sourceIds) expect(r.sourceIds).toContain(s);
    for (const s of f?.powerCountedWithin?.sourceIds ?? []) expect(r.sourceIds).toContain(s);
  });
});

describe('a power plant (the Southaven plant)', () => {
  const r = report('southaven-plant');
  const p = r.answers.power;

  it('counts homes for the power it may generate, for whom, and sets none of it against the utility', () => {
    expect(p.supply).toBe('generates');
    expect(p.rows.map((x) => x.key)).toEqual(['turbinesPermitted']);
    expect(p.rows[0]?.homes).toHaveLength(p.baselines.length);
    expect(p.rows[0]?.shares).toBeUndefined();
    expect(p.supplies.map((x) => x.facilityId)).toEqual(['colossus-2']);
    expect(p.gpus).toBeUndefined();
  });

  it('answers the air with a cap that is not known, the one estimate and who made it, and gives its legal record', () => {
    const a = r.answers.air;
    expect(a?.nox[0]?.figure.tonsPerYear.kind).toBe('unknown');
    expect(a?.nox.slice(1).map((n) => n.figure.estimatedBy)).toEqual([expect.stringMatching(/consultants/)]);
    expect(a?.inWords).toBeUndefined();
    expect(r.answers.air?.turbineMw).toEqual([]);
    expect(r.legal?.events.length).toBeGreaterThan(0);
  });
});

describe('a view dated before a site had any power figure', () => {
  it('gives a report that says its power is not known, rather than failing', () => {
    const ctx = scenarioContext('colossus-2');
    if (ctx === undefined) throw new Error('no context');
    const parsed = parseScenario(new URLSearchParams('date=2025-03-07'), ctx);
    if (!parsed.ok) throw new Error('bad scenario');
    const r = getReport('colossus-2', parsed.scenario);
    expect(r?.answers.power.rows).toEqual([]);
    // it says that no figure was known by then, and when the first came
    expect(r?.answers.power.notYet?.date).toBe('2025-03-07');
    const first = findFacility('colossus-2')?.timeline.find((e) =>
      [e.changes.gridPowerSuppliedMw, e.changes.claimedPowerMw, e.changes.estimatedPowerMw].some((q) => q?.kind === 'known'),
    );
    expect(r?.answers.power.notYet?.firstOn).toBe(first?.date);
    expect(report('macrohardrr').answers.power.notYet).toBeUndefined();
  });
});
