/**
 * The rounding rule (lib/core/rounding.ts) over every health figure, as lib/pages/rounding-rule.test.ts
 * holds it over the pages: each computed figure shows no more significant figures than the rule
 * allows, every input appears in its equation as that input is shown, and each equation, redone from
 * the numbers it shows, gives the result it shows. Every site and the region, every kind of scenario,
 * at two load factors.
 */
import { describe, expect, it } from 'vitest';

import { flattenDerivation } from '../core/derivation';
import { evaluate, numbersIn, readFigure } from '../core/equation';
import { formatRange } from '../core/format';
import type { KnownQuantity, Quantity } from '../core/quantity';
import { figuresShown, roundAs, significantFiguresOf, styleFor } from '../core/rounding';
import { listFacilities } from '../data/load';
import { TONS_KINDS } from '../data/schemas/health';
import { regionTonsCases, scenarioContext } from '../scenario/context';
import { defaultScenario } from '../scenario/scenario';
import type { Figures, HealthContext } from './model';
import { healthFor, regionHealth } from './model';

function quantitiesOf(f: Figures & { context: HealthContext; crossCheck?: unknown }): Quantity[] {
  const cases = Object.values(f.damage.cases);
  return [
    ...f.tons.map((t) => t.tons),
    ...cases.flatMap((c) => [c.total, ...c.terms.map((t) => t.dollars)]),
    f.damage.range,
    ...Object.values(f.deaths.cases),
    f.deaths.range,
    ...(f.againstSources?.rows.map((r) => r.times) ?? []),
    f.perResident,
    ...(f.spread ? [f.spread.times] : []),
    f.context.vsl,
    ...Object.values(f.context.values).flatMap((v) => Object.values(v).map((x) => x.value)),
  ];
}

function everyFigure(): { where: string; q: Quantity }[] {
  const out: { where: string; q: Quantity }[] = [];
  for (const lf of [1, 0.37]) {
    for (const f of listFacilities()) {
      const ctx = scenarioContext(f.id)!;
      for (const tons of ctx.tons?.cases ?? []) {
        const h = healthFor(f.id, { ...defaultScenario(ctx), loadFactor: lf, tons });
        if (h?.kind !== 'site') continue;
        const extra = [
          ...(h.heatInput ? [h.heatInput] : []),
          ...(h.crossCheck ? [h.crossCheck.total, ...h.crossCheck.terms.map((t) => t.dollars)] : []),
        ];
        for (const q of [...quantitiesOf(h), ...extra]) out.push({ where: `${f.id} tons=${tons} loadFactor=${lf}`, q });
      }
    }
    for (const tons of regionTonsCases().cases) {
      const r = regionHealth({ loadFactor: lf, household: 'mlgw', water: 'reported', tons });
      for (const q of [...quantitiesOf(r), ...r.crossChecks.map((c) => c.crossCheck.total)])
        out.push({ where: `region tons=${tons} loadFactor=${lf}`, q });
    }
  }
  return out;
}

const steps = (() => {
  const seen = new Set<string>();
  const list: { where: string; formula: string; result: KnownQuantity; inputs: KnownQuantity[]; summary: boolean }[] = [];
  for (const { where, q } of everyFigure()) {
    if (q.kind !== 'known') continue;
    for (const step of flattenDerivation(q).steps) {
      const d = step.result.derivation!;
      const key = `${d.formula}|${step.result.value}|${step.result.low}|${step.result.high}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({
        where,
        formula: d.formula,
        result: step.result,
        inputs: d.inputs.flatMap((i) => (i.quantity.kind === 'known' ? [i.quantity] : [])),
        summary: d.summary === true,
      });
    }
  }
  return list;
})();

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the rounding rule, on every health figure', () => {
  it('finds the arithmetic (a walk that found nothing would prove nothing), for every kind of scenario', () => {
    expect(steps.filter((s) => !s.summary).length).toBeGreaterThan(100);
    for (const kind of TONS_KINDS)
      expect(
        steps.some((s) => s.where.includes(`tons=${kind}`)),
        kind,
      ).toBe(true);
  });

  it('shows a computed figure with no more significant figures than its least precise input', () => {
    const bad = steps.flatMap((s) => {
      const style = styleFor(s.result);
      if (style.significantFigures === undefined) return [];
      const allowed = figuresShown(s.result);
      const shown = [s.result.value, s.result.low, s.result.high].map((v) => significantFiguresOf(roundAs(v, style), true));
      return shown.some((n) => n > allowed) ? [`${s.where}: ${formatRange(s.result)} shows more than ${allowed} figures`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('writes every input of an equation in it as that input is shown', () => {
    const bad = steps
      .filter((s) => !s.summary)
      .flatMap((s) => {
        const inFormula = numbersIn(s.formula);
        const missing = s.inputs.filter((q) => !numbersIn(formatRange(q)).every((n) => inFormula.some((m) => close(m, n))));
        return missing.map((q) => `${s.where}: "${s.formula}" does not show ${formatRange(q)}`);
      });
    expect(bad).toEqual([]);
  });

  it('adds up as displayed', () => {
    const bad = steps
      .filter((s) => !s.summary)
      .flatMap((s) => {
        const shown = readFigure(formatRange(s.result));
        let redone: { lo: number; hi: number };
        try {
          redone = evaluate(s.formula);
        } catch (e) {
          return [`${s.where}: ${(e as Error).message}`];
        }
        const style = styleFor(s.result);
        const ok = close(roundAs(redone.lo, style), shown.lo) && close(roundAs(redone.hi, style), shown.hi);
        return ok ? [] : [`${s.where}: ${s.formula} = ${formatRange(s.result)}, but the numbers shown give ${redone.lo}–${redone.hi}`];
      });
    expect(bad).toEqual([]);
  });
});
