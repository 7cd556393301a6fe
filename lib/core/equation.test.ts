import { describe, expect, it } from 'vitest';

import { evaluate, numbersIn, readFigure } from './equation';

describe('reading a displayed equation back', () => {
  it.each([
    ['150 MW × 8,760 hours in a year × load factor 1', 1_314_000, 1_314_000],
    ['1,310,000 MWh a year × 1,000 kWh per MWh ÷ 12,000 kWh a year per home', 109_166.67, 109_166.67],
    ['425 MW + 1,100 MW', 1525, 1525],
    ['1,000,000–1,500,000 gallons a day ÷ 150,000,000–200,000,000 gallons a day', 0.005, 0.01],
    ['130 MW × PUE 1.16–1.58×', 150.8, 205.4],
    ['50 MW ÷ (50 MW + 100 MW)', 1 / 3, 1 / 3],
    ['$800–$1,200 a month ÷ $0.19–$0.32 per 100 gallons × 100 gallons ÷ 30.42 days in an average month', 8218.3, 20761.5],
    ['18 turbines × 5.6 MW per turbine (our arithmetic; no total was published)', 100.8, 100.8],
    ['100,000 GPUs × $25,000–$40,000 per GPU', 2.5e9, 4e9],
  ])('%s', (formula, lo, hi) => {
    const v = evaluate(formula);
    expect(v.lo).toBeCloseTo(lo, 0);
    expect(v.hi).toBeCloseTo(hi, 0);
  });

  it('reads a figure as written, with its range, % and scale', () => {
    expect(readFigure('51%')).toEqual({ lo: 0.51, hi: 0.51 });
    expect(readFigure('$2.5 billion–$4 billion')).toEqual({ lo: 2.5e9, hi: 4e9 });
    expect(readFigure('4.7 billion gallons a year')).toEqual({ lo: 4.7e9, hi: 4.7e9 });
    expect(readFigure('0.5–1%')).toEqual({ lo: 0.005, hi: 0.01 });
    expect(readFigure('2.5–4 billion')).toEqual({ lo: 2.5e9, hi: 4e9 });
    // a low end written in full is its own number, not one in the high end's scale
    const r = readFigure('$636,000,000–$1.07 billion a year');
    expect(r.lo).toBe(636_000_000);
    expect(r.hi).toBeCloseTo(1.07e9, 0);
  });

  it('lists the numbers an equation shows', () => {
    expect(numbersIn('425 MW + 1,100 MW')).toEqual([425, 1100]);
  });

  it('refuses what is not arithmetic, rather than guessing', () => {
    expect(() => evaluate('425 MW 1,100 MW')).toThrow(/no operation/);
    expect(() => evaluate('425 MW ×')).toThrow(/ends early/);
  });
});
