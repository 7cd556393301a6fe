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
import { scenarioContext } from '../scenario/context';
import { parseScenario } from '../scenario/scenario';
import { getArea } from './area';
import { getCompare } from './compare';
import { getRegionHandout, getRegionReport } from './handout';
import type { FigureRow } from './figures';
import { loadSection, sectionsFor } from './registry';

/** Every page model's figures, for the default view and for a view with every setting changed. */
function everyPageModel(): { page: string; figures: FigureRow[] }[] {
  const models: { page: string; figures: FigureRow[] }[] = [];
  for (const f of listFacilities()) {
    const ctx = scenarioContext(f.id)!;
    const views = [
      { label: 'default', scenario: undefined },
      {
        label: 'loadFactor=0.62&household=us&pue=1.3',
        scenario: parseScenario(new URLSearchParams('loadFactor=0.62&household=us&pue=1.3'), ctx),
      },
    ];
    for (const v of views) {
      const scenario = v.scenario?.ok ? v.scenario.scenario : undefined;
      for (const s of sectionsFor(f.id)) {
        const m = loadSection(s, f.id, scenario);
        if (m) models.push({ page: `/facilities/${f.id}/${s.slug} (${v.label})`, figures: m.figures });
      }
    }
  }
  models.push(
    { page: '/', figures: getArea()!.figures },
    { page: '/facilities', figures: getCompare()!.figures },
    { page: '/handout', figures: getRegionHandout()!.figures },
    { page: '/report', figures: getRegionReport()!.figures },
  );
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
