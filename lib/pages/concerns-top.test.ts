import { describe, expect, it } from 'vitest';

import { known, unknown } from '../core/quantity';
import type { Concerns } from '../data/schemas/concerns';
import { findConcerns } from '../data/load';
import { type ConcernsDetail, type EmissionFigure, getConcernsDetail } from './concerns';
import { airAnswer, CONCERNS_HEADINGS, concernsContents, headingOf, shows } from './concerns-top';

const colossus = getConcernsDetail('colossus-1')!;
const plant = getConcernsDetail('southaven-plant')!;

describe('the answer at the top of the Concerns page', () => {
  it('Colossus 1: as many as 35 turbines reported, the latest count not known, 15 permitted by the county', () => {
    const t = colossus.answer.turbines;
    expect(t.most?.kind === 'known' && t.most.value).toBe(35);
    expect(t.most?.asOf).toBe('2025-04');
    expect(t.latest?.kind).toBe('unknown');
    expect(t.permitted?.kind === 'known' && t.permitted.value).toBe(15);
  });

  it("Colossus 1: the estimates run from the op-ed's 72.3 tons (under the 87-ton cap) to the notice's 2,100 (about 24 times it)", () => {
    const n = colossus.answer.nox;
    expect(n.cap.tonsPerYear.kind === 'known' && n.cap.tonsPerYear.value).toBe(87);
    // the early estimates, E&E News's and the notice of intent's; not the what-if with controls, not the cap
    expect(n.estimates).toBe(4);
    expect(n.lowest?.figure.id).toBe('nox-2024-18-turbines-op-ed');
    expect(n.highest?.figure.id).toBe('nox-35-uncontrolled-noi');
    // 72.3 ÷ 87 = 0.83; 2,100 ÷ 87 = 24.1
    expect(n.inWords).toBe('from under the cap to about 24 times it');
  });

  it('the Southaven plant: the cap is not known, so the one estimate is not set against it', () => {
    const n = plant.answer.nox;
    expect(n.cap.tonsPerYear.kind).toBe('unknown');
    expect(n.estimates).toBe(1);
    expect(n.lowest?.figure.id).toBe('nox-2025-modelling');
    expect(n.inWords).toBeUndefined();
  });

  it('the Southaven plant: the most on site (59), then the latest count (57), and the 41 permitted', () => {
    const t = plant.answer.turbines;
    expect([t.most, t.latest, t.permitted].map((q) => q?.kind === 'known' && q.value)).toEqual([59, 57, 41]);
  });

  it('shows the latest count once where it is the most', () => {
    const row = (n: number) => known('turbines', n, { asOf: '2025', sourceIds: ['s'] });
    const twenty = row(20);
    const d = {
      ...colossus,
      turbines: [
        { ...colossus.turbines[0]!, reportedCount: row(10) },
        { ...colossus.turbines[0]!, reportedCount: twenty },
      ],
    };
    const t = airAnswer(d).turbines;
    expect(t.most).toBe(twenty);
    expect(t.latest).toBeUndefined();
  });

  it('words one estimate against a known cap, and says nothing where there is no estimate', () => {
    const fig = (id: string, kind: EmissionFigure['kind'], value: number): EmissionFigure => ({
      ...colossus.noxCap,
      id,
      kind,
      tonsPerYear: known('short tons/yr', value, { asOf: '2025', sourceIds: ['s'] }),
    });
    const cap = fig('cap', 'permit cap', 100);
    const one = fig('one', 'estimate', 210);
    const times = known('ratio', 2.1, { asOf: '2025', sourceIds: ['s'] });
    const base: Pick<ConcernsDetail, 'concerns' | 'turbines' | 'nox' | 'noxCap' | 'noxAgainstCap'> = {
      concerns: colossus.concerns,
      turbines: [],
      nox: [cap, one, fig('what-if', 'what-if', 500)],
      noxCap: cap,
      noxAgainstCap: [{ figure: one, times }],
    };
    const n = airAnswer(base).nox;
    expect(n.estimates).toBe(1);
    expect(n.lowest?.figure).toBe(one);
    expect(n.inWords).toBe('about twice the cap');
    const none = airAnswer({ ...base, nox: [cap], noxAgainstCap: [] }).nox;
    expect([none.estimates, none.lowest, none.inWords]).toEqual([0, undefined, undefined]);
    const unknownCap = { ...cap, tonsPerYear: unknown('short tons/yr', 'not found') };
    expect(
      airAnswer({ ...base, noxCap: unknownCap, noxAgainstCap: [{ figure: one, times: unknown('ratio', 'not found') }] }).nox.inWords,
    ).toBeUndefined();
  });

  it('takes the studies and the short answer from the data, with no number typed into their words', () => {
    expect(colossus.answer.studies.map((s) => s.id)).toEqual(['ut-satellite', 'um-model', 'city-spot-tests']);
    expect(colossus.answer.inShort?.text).not.toMatch(/\d/);
    expect(plant.answer.studies).toEqual([]);
    expect(plant.answer.inShort?.text).toMatch(/^Not known/);
  });

  it("declares the studies' figures, so that the downloads and the source count have them", () => {
    const row = colossus.figures.find((f) => f.id === 'air.studies.ut-satellite.peak-next-to-site');
    expect(row?.q.kind === 'known' && row.q.value).toBe(0.79);
    expect(row?.label).toBe(
      'University of Tennessee researchers (satellite readings of nitrogen dioxide (NO2) before and after June 2024): rise, peaks next to the site',
    );
    expect(colossus.sourceIds).toContain('time-2025-ut-satellite-no2');
  });
});

describe('the contents of the Concerns page', () => {
  it('Colossus 1 shows every section, the related cases after the legal record, the sources last', () => {
    expect(colossus.contents.map((e) => e.section)).toEqual([
      'turbines',
      'permit',
      'nox',
      'grid',
      'healthDamage',
      'disagreements',
      'neighbourhood',
      'health',
      'burden',
      'legal',
      'related',
      'sources',
    ]);
    expect(headingOf(colossus.contents, 'neighbourhood')).toMatchObject({
      id: 'neighbourhood-heading',
      title: 'The neighbourhood: Boxtown',
    });
  });

  it('the Southaven plant has no grid CO2, neighbourhood or energy burden, so no links to them', () => {
    expect(plant.contents.map((e) => e.section)).toEqual([
      'turbines',
      'permit',
      'nox',
      'healthDamage',
      'disagreements',
      'health',
      'legal',
      'related',
      'sources',
    ]);
    expect(shows(plant.contents, 'grid')).toBe(false);
  });

  it('leaves out related cases and disagreements where the data has none', () => {
    const bare: Concerns = { ...findConcerns('southaven-plant')!, relatedLegal: [], disagreements: [] };
    const sections = concernsContents(bare).map((e) => e.section);
    expect(sections).not.toContain('related');
    expect(sections).not.toContain('disagreements');
    const { tons, ...noTons } = findConcerns('southaven-plant')!;
    void tons;
    expect(concernsContents(noTons as Concerns).map((e) => e.section)).not.toContain('healthDamage');
  });

  it('gives every heading a distinct id', () => {
    const ids = Object.values(CONCERNS_HEADINGS).map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
