/**
 * The rounding rule (lib/core/rounding.ts), held over every figure of every page model: each
 * computed figure is shown with no more significant figures than the rule allows, every input of
 * its equation appears in it as that input is shown, and the equation adds up as it is displayed.
 */
import { describe, expect, it } from 'vitest';

import { flattenDerivation } from '../core/derivation';
import { evaluate, numbersIn, readFigure } from '../core/equation';
import { formatRange } from '../core/format';
import type { KnownQuantity } from '../core/quantity';
import { figuresShown, roundAs, significantFiguresOf, styleFor } from '../core/rounding';
import { listFacilities } from '../data/load';
import { TONS_KINDS } from '../data/schemas/health';
import { regionScenarioContext, regionTonsCases, scenarioContext } from '../scenario/context';
import { parseScenario, type Scenario, type ScenarioContext } from '../scenario/scenario';
import { getArea } from './area';
import { getCompare } from './compare';
import { getRegionHandout, getRegionReport } from './handout';
import type { FigureRow } from './figures';
import { loadSection, sectionsFor } from './registry';
import { featuredFacilityId } from './routes';

const parsed = (query: string, ctx: ScenarioContext) => {
  const r = parseScenario(new URLSearchParams(query), ctx);
  if (!r.ok) throw new Error(`${query}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.scenario;
};

/** The loads run: all year, and a load factor that rounds awkwardly. */
const LOAD_FACTORS = [1, 0.37];

/**
 * Every page model's figures, for the default view and for a view with every setting changed; and
 * the pages with health figures (a gas-burning site's Concerns page, the region's pages) at every
 * tons scenario they offer, at two load factors.
 */
function everyPageModel(): { page: string; figures: FigureRow[] }[] {
  const models: { page: string; figures: FigureRow[] }[] = [];
  for (const f of listFacilities()) {
    const ctx = scenarioContext(f.id)!;
    for (const query of ['', 'loadFactor=0.62&household=us&pue=1.3']) {
      const scenario = query === '' ? undefined : parsed(query, ctx);
      for (const s of sectionsFor(f.id)) {
        const m = loadSection(s, f.id, scenario);
        if (m) models.push({ page: `/facilities/${f.id}/${s.slug} (${query || 'default'})`, figures: m.figures });
      }
    }
    const concerns = sectionsFor(f.id).find((s) => s.slug === 'concerns');
    for (const tons of ctx.tons?.cases ?? [])
      for (const lf of LOAD_FACTORS) {
        const query = `loadFactor=${lf}&tons=${tons}`;
        const m = concerns && loadSection(concerns, f.id, parsed(query, ctx));
        if (m) models.push({ page: `/facilities/${f.id}/concerns (${query})`, figures: m.figures });
      }
  }
  const region = (scenario: Scenario | undefined, query: string) =>
    models.push(
      { page: `/ (${query})`, figures: getArea(scenario)!.figures },
      { page: `/handout (${query})`, figures: getRegionHandout(scenario)!.figures },
      { page: `/report (${query})`, figures: getRegionReport(scenario)!.figures },
    );
  region(undefined, 'default');
  models.push({ page: '/facilities', figures: getCompare()!.figures });
  const regionCtx = regionScenarioContext(featuredFacilityId());
  for (const tons of regionTonsCases().cases)
    for (const lf of LOAD_FACTORS) region(parsed(`loadFactor=${lf}&tons=${tons}`, regionCtx), `loadFactor=${lf}&tons=${tons}`);
  return models;
}

/** Every step of arithmetic on every page, once. */
function everyStep(): {
  page: string;
  figure: string;
  formula: string;
  result: KnownQuantity;
  inputs: KnownQuantity[];
  summary: boolean;
}[] {
  const seen = new Set<string>();
  const steps = [];
  for (const { page, figures } of everyPageModel()) {
    for (const row of figures) {
      if (row.q.kind !== 'known') continue;
      for (const step of flattenDerivation(row.q).steps) {
        const d = step.result.derivation!;
        const key = `${d.formula}|${step.result.value}|${step.result.low}|${step.result.high}`;
        if (seen.has(key)) continue;
        seen.add(key);
        steps.push({
          page,
          figure: row.id,
          formula: d.formula,
          result: step.result,
          inputs: d.inputs.flatMap((i) => (i.quantity.kind === 'known' ? [i.quantity] : [])),
          summary: d.summary === true,
        });
      }
    }
  }
  return steps;
}

const steps = everyStep();
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the rounding rule, on every page', () => {
  it('finds the arithmetic of every page (a walk that found nothing would prove nothing)', () => {
    expect(steps.length).toBeGreaterThan(100);
    expect(steps.filter((s) => !s.summary).length).toBeGreaterThan(80);
    // the health figures of every kind of tons scenario are among them
    for (const kind of TONS_KINDS)
      expect(
        steps.some((s) => s.page.includes(`tons=${kind}`) && s.figure.startsWith('healthDamage.')),
        kind,
      ).toBe(true);
  });

  it('shows a computed figure with no more significant figures than its least precise input, two or three as a rule', () => {
    const bad = steps.flatMap((s) => {
      const style = styleFor(s.result);
      if (style.significantFigures === undefined) return [];
      const allowed = figuresShown(s.result);
      const shown = [s.result.value, s.result.low, s.result.high].map((v) => significantFiguresOf(roundAs(v, style), true));
      return shown.some((n) => n > allowed) ? [`${s.page} ${s.figure}: ${formatRange(s.result)} shows more than ${allowed} figures`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('writes every input of an equation in it as that input is shown elsewhere', () => {
    const bad = steps
      .filter((s) => !s.summary)
      .flatMap((s) => {
        const inFormula = numbersIn(s.formula);
        const missing = s.inputs.filter((q) => !numbersIn(formatRange(q)).every((n) => inFormula.some((m) => close(m, n))));
        return missing.map((q) => `${s.page} ${s.figure}: "${s.formula}" does not show ${formatRange(q)}`);
      });
    expect(bad).toEqual([]);
  });

  it('adds up as displayed: redoing each equation from the numbers it shows gives the result it shows', () => {
    const bad = steps
      .filter((s) => !s.summary)
      .flatMap((s) => {
        const shown = readFigure(formatRange(s.result));
        let redone: { lo: number; hi: number };
        try {
          redone = evaluate(s.formula);
        } catch (e) {
          return [`${s.page} ${s.figure}: ${(e as Error).message}`];
        }
        const style = styleFor(s.result);
        const ok = close(roundAs(redone.lo, style), shown.lo) && close(roundAs(redone.hi, style), shown.hi);
        return ok
          ? []
          : [`${s.page} ${s.figure}: ${s.formula} = ${formatRange(s.result)}, but the numbers shown give ${redone.lo}–${redone.hi}`];
      });
    expect(bad).toEqual([]);
  });
});
