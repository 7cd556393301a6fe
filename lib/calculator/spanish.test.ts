import { describe, expect, it } from 'vitest';

import { flattenDerivation } from '../core/derivation';
import { formatStepResult, formatValue, withoutUnitWord } from '../core/format';
import type { KnownQuantity } from '../core/quantity';
import { ratioInWordsEs, ratioRangeInWordsEs } from '../core/rounding';
import { inSpanish } from '../i18n/texts-es';
import { getProposal } from './model';
import { calculatorRouteAt, internalPath } from './route';
import { parseCalculatorParams } from './route';
import { localeOfInternalPath } from '../i18n/locales';

const SETTINGS = [
  'state=GA&mw=300&water=500000&gas=100&peak=5000&customers=400000&supply=100',
  'state=TN&it=200&pue=1.3&loadFactor=0.8&water=average&gas=50&hours=4000&control=uncontrolled',
  'state=CA&mw=50&gas=20&control=water-steam',
];

/** Every text of a proposal's figures that this site writes: labels, formulas, the names of inputs, the calculator's notes. */
function siteTexts(query: string): string[] {
  const r = parseCalculatorParams(new URLSearchParams(query));
  if (r.ok !== true) throw new Error(query);
  const p = getProposal(r.settings);
  if (p === undefined) throw new Error(query);
  const out: string[] = [p.state.home.label, p.us.home.label];
  for (const f of p.figures) {
    out.push(f.label);
    if (f.q.kind !== 'known') continue;
    if (f.q.note?.startsWith('Given in')) out.push(f.q.note);
    const { steps, leaves } = flattenDerivation(f.q as KnownQuantity);
    out.push(...steps.map((s) => s.formula));
    // a turbine's heat rate is named from the data (its model, in its maker's words)
    out.push(...leaves.map((l) => l.name).filter((n) => !n.startsWith('heat rate of')));
  }
  if (p.gas) out.push(p.gas.deaths.label);
  return out;
}

describe('the calculator in Spanish', () => {
  it('puts every text the site writes for a proposal into Spanish, with no English word left', () => {
    for (const q of SETTINGS) {
      const english = siteTexts(q).filter((t) => inSpanish(t).lang === 'en');
      expect(english, q).toEqual([]);
    }
  });

  it('keeps the numbers of a formula and says its units in Spanish', () => {
    expect(inSpanish('300 MW × 8,760 hours in a year × load factor 0.8').text).toBe('300 MW × 8,760 horas en un año × factor de carga 0.8');
    expect(inSpanish('2,630,000 MWh a year × 1,000 kWh per MWh ÷ 13,200 kWh a year per home').text).toBe(
      '2,630,000 MWh al año × 1,000 kWh por MWh ÷ 13,200 kWh al año por hogar',
    );
    expect(inSpanish('$1 million × 1.6').text).toBe('$1 millón × 1.6');
    expect(inSpanish('500,000 gallons a day ÷ 1.07 billion gallons a day').text).toBe(
      '500,000 galones al día ÷ 1.07 mil millones de galones al día',
    );
  });

  it('gives back a text from the data as it was, marked English', () => {
    const note = 'EIA Table 5A, number of residential customers, data year 2022.';
    expect(inSpanish(note)).toEqual({ text: note, lang: 'en' });
  });

  it('says ratios in Spanish in the same bands as in English', () => {
    expect(ratioInWordsEs(2.94)).toBe('unas 2.9 veces');
    expect(ratioInWordsEs(1.36)).toBe('un 36% más');
    expect(ratioInWordsEs(1)).toBe('más o menos lo mismo');
    expect(ratioInWordsEs(0.7, 'el límite')).toBe('un 30% menos que el límite');
    expect(ratioRangeInWordsEs(14, 24)).toBe('unas 14 a 24 veces');
  });

  it('writes millions of a thing with "de", and drops it with the unit word', () => {
    expect(formatValue(1.07e9, 'gal/day', {}, 'es')).toBe('1.07 mil millones de galones al día');
    expect(withoutUnitWord(formatValue(1.2e9, 'gal/day', {}, 'es'), 'gal/day', 'es')).toBe('1.2 mil millones');
    expect(formatStepResult({ kind: 'known', unit: 'ratio', value: 1.36, low: 1.36, high: 1.36, asOf: '', sourceIds: [] }, 'es')).toBe(
      '1.36×, un 36% más',
    );
  });

  it('routes /es/calculator and its packet to Spanish internal renders', () => {
    expect(calculatorRouteAt('/es/calculator')).toEqual({ page: 'page', locale: 'es' });
    expect(calculatorRouteAt('/es/calculator/packet')).toEqual({ page: 'packet', locale: 'es' });
    expect(calculatorRouteAt('/calculator')).toEqual({ page: 'page', locale: 'en' });
    expect(calculatorRouteAt('/es/calculator/preview.png')).toBeUndefined();
    const internal = internalPath('packet', 'state=GA&mw=300', 'es');
    expect(internal).toBe('/view-calculator/state%3DGA%26mw%3D300/es/packet');
    expect(localeOfInternalPath(internal)).toBe('es');
    expect(localeOfInternalPath(internalPath('page', '', 'es'))).toBe('es');
    expect(localeOfInternalPath(internalPath('page', 'state=GA&mw=300'))).toBe('en');
  });
});
