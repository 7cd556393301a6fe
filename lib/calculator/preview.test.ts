import { describe, expect, it } from 'vitest';

import { getProposal, type Proposal } from './model';
import { drawableText, previewCard, proposalDescription, proposalPageMeta, proposalTitle, proposalUrls } from './preview';
import { calculatorQuery, type CalculatorSettings, parseCalculator } from './settings';
import { stateBaseline, stateCodes } from './states';

const base: CalculatorSettings = { state: 'GA', loadFactor: 1, hours: 8760, control: 'lean-premix' };
const proposal = (s: Partial<CalculatorSettings>): Proposal => {
  const p = getProposal({ ...base, ...s });
  if (p === undefined) throw new Error('no proposal');
  return p;
};
/** The first number written in a text, commas dropped: "about 199,800 homes" → 199800. */
const firstNumber = (text: string): number => Number(/\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
/** Homes by hand: MW × load factor × 8,760 h × 1,000 ÷ the state's kWh a year per home. */
const homesByHand = (mw: number, loadFactor: number, code: string): number => {
  const home = stateBaseline(code)?.home.electricityKwhPerMonth;
  if (home?.kind !== 'known') throw new Error('no home');
  return (mw * loadFactor * 8760 * 1000) / (home.value * 12);
};

describe('a shared result’s title and description', () => {
  it('says what the proposal is when it has no name', () => {
    const p = proposal({ mw: 300 });
    expect(proposalTitle(p)).toBe('A proposed 300 MW data center in Georgia');
  });

  it('leads with the name when there is one', () => {
    const p = proposal({ mw: 300, name: 'Project Peach' });
    expect(proposalTitle(p)).toBe('Project Peach: a proposed 300 MW data center in Georgia');
  });

  it('gives the homes figure in round numbers, equal to the hand computation', () => {
    for (const [state, mw, lf] of [
      ['GA', 300, 1],
      ['TN', 150, 0.8],
      ['AZ', 1200, 0.6],
    ] as const) {
      const p = proposal({ state, mw, loadFactor: lf });
      const description = proposalDescription(p);
      expect(description).toMatch(new RegExp(`homes in ${p.state.name}`));
      const shown = firstNumber(description);
      expect(Math.abs(shown - homesByHand(mw, lf, state)) / homesByHand(mw, lf, state)).toBeLessThan(0.01);
      // round numbers: no more than three significant digits
      expect(String(shown).replace(/0+$/, '').length).toBeLessThanOrEqual(3);
    }
  });

  it('adds water as homes where water is given', () => {
    const dry = proposalDescription(proposal({ mw: 300 }));
    const wet = proposalDescription(proposal({ mw: 300, water: 500_000 }));
    expect(dry).not.toContain('water');
    expect(wet).toMatch(/as much water as [\d,]+ homes/);
  });

  it('points the canonical link and the preview image at the same canonical settings', () => {
    const p = proposal({ mw: 300, water: 500_000, name: 'Project <Peach>' });
    const query = calculatorQuery(p.settings);
    expect(proposalUrls(p)).toEqual({ canonical: `/calculator?${query}`, image: `/calculator/preview.png?${query}` });
    const meta = proposalPageMeta(p);
    expect(meta.alternates.canonical).toBe(`/calculator?${query}`);
    expect(meta.openGraph.images[0]).toMatchObject({ url: `/calculator/preview.png?${query}`, width: 1200, height: 630 });
    expect(meta.twitter.images[0]?.url).toBe(`/calculator/preview.png?${query}`);
    expect(meta.twitter.card).toBe('summary_large_image');
    // the settings read back from the image's address are the proposal's own
    const back = parseCalculator(new URLSearchParams(query), stateCodes());
    expect(back.ok === true && back.settings).toEqual(p.settings);
  });
});

describe('the preview card', () => {
  it('shows the name, the power and state, the homes and the data date', () => {
    const p = proposal({ mw: 300, water: 500_000, name: 'Project Peach' });
    const card = previewCard(p, '2026-11-30');
    expect(card.title).toBe('Project Peach');
    expect(card.eyebrow).toBe('A proposed 300 MW data center in Georgia');
    expect(card.figures).toHaveLength(2);
    expect(firstNumber(card.figures[0]?.text ?? '')).toBe(firstNumber(proposalDescription(p)));
    expect(card.footer).toContain('Data-center impact');
    expect(card.footer).toContain('30 Nov 2026');
  });

  it('draws only what the bundled font covers, and says what the proposal is when nothing of the name remains', () => {
    expect(drawableText('Café <b>“Ñandú”</b> — 2')).toBe('Café <b>“Ñandú”</b> — 2');
    expect(drawableText('مركز بيانات 🚀\u202e x \u200f')).toBe('x');
    const p = proposal({ mw: 300, name: 'مركز 🚀' });
    expect(previewCard(p, '2026-11-30').title).toBe('300 MW in Georgia');
  });
});
