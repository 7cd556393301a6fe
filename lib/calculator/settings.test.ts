import { describe, expect, it } from 'vitest';

import { calculatorQuery, type CalculatorParse, NAME_MAX_LENGTH, parseCalculator } from './settings';

const STATES = ['GA', 'MS', 'TN'];
const parse = (q: string): CalculatorParse => parseCalculator(new URLSearchParams(q), STATES);
const errorsOf = (q: string) => {
  const r = parse(q);
  if (r.ok !== false) throw new Error(`expected errors for "${q}"`);
  return r.errors;
};
const ok = (q: string) => {
  const r = parse(q);
  if (r.ok !== true) throw new Error(`expected settings for "${q}": ${JSON.stringify(r)}`);
  return r.settings;
};

describe('parseCalculator', () => {
  it('reads no settings, or only empty ones, as the empty form', () => {
    expect(parse('')).toEqual({ ok: 'empty' });
    expect(parse('state=&mw=&name=&utm_source=x')).toEqual({ ok: 'empty' });
  });

  it('reads a state and a power, with the defaults for the rest', () => {
    expect(ok('state=GA&mw=300&water=500000')).toEqual({
      state: 'GA',
      mw: 300,
      water: 500000,
      loadFactor: 1,
      hours: 8760,
      control: 'lean-premix',
    });
  });

  it('accepts a state in any case and thousands separators, and writes them canonically', () => {
    const s = ok('mw=1,000&state=ga&loadFactor=0.80');
    expect(calculatorQuery(s)).toBe('state=GA&mw=1000&loadFactor=0.8');
  });

  it('puts the canonical query in a fixed order and leaves defaults out', () => {
    const s = ok(
      'supply=12.5&customers=400000&peak=3000&control=uncontrolled&hours=4000&gas=250&water=1000000&loadFactor=1&pue=1.2&it=100&state=TN&name=Project X',
    );
    expect(calculatorQuery(s)).toBe(
      'name=Project+X&state=TN&it=100&pue=1.2&water=1000000&gas=250&hours=4000&control=uncontrolled&peak=3000&customers=400000&supply=12.5',
    );
    expect(calculatorQuery(ok('state=TN&mw=5&gas=10&hours=8760&control=lean-premix'))).toBe('state=TN&mw=5&gas=10');
  });

  it('reads water=average, and no other word, for the U.S. average water per kWh', () => {
    expect(calculatorQuery(ok('water=average&mw=10&state=GA'))).toBe('state=GA&mw=10&water=average');
    expect(errorsOf('state=GA&mw=10&water=lots')[0]).toMatchObject({ param: 'water', code: 'invalid' });
  });

  it('names each bad parameter and what it allows', () => {
    const errors = errorsOf('state=ZZ&mw=-3&loadFactor=2&water=1.5&colour=red');
    expect(errors.map((e) => e.param).sort()).toEqual(['colour', 'loadFactor', 'mw', 'state', 'water']);
    const state = errors.find((e) => e.param === 'state');
    expect(state?.allowed).toContain('GA, MS, TN');
    expect(errors.find((e) => e.param === 'loadFactor')?.message).toBe('must be from 0.05 to 1');
    expect(errors.find((e) => e.param === 'water')?.message).toBe('must be a whole number, like 500');
  });

  it('refuses numbers out of range at both ends', () => {
    expect(errorsOf('state=GA&mw=0').map((e) => e.param)).toEqual(['mw']);
    expect(errorsOf('state=GA&mw=20000.01').map((e) => e.param)).toEqual(['mw']);
    expect(ok('state=GA&mw=20000').mw).toBe(20000);
    expect(errorsOf('state=GA&mw=5&gas=5&hours=8761').map((e) => e.param)).toEqual(['hours']);
    expect(errorsOf('state=GA&mw=1e3').map((e) => e.param)).toEqual(['mw']);
    expect(errorsOf('state=GA&mw=NaN').map((e) => e.param)).toEqual(['mw']);
  });

  it('needs a state and a power, and settings that go together', () => {
    expect(errorsOf('mw=300').map((e) => e.param)).toEqual(['state']);
    expect(errorsOf('state=GA').map((e) => e.param)).toEqual(['mw']);
    expect(errorsOf('state=GA&mw=300&it=200').map((e) => e.param)).toEqual(['it']);
    expect(errorsOf('state=GA&mw=300&pue=1.3').map((e) => e.param)).toEqual(['pue']);
    expect(errorsOf('state=GA&mw=300&hours=100&control=uncontrolled').map((e) => e.param)).toEqual(['hours', 'control']);
    expect(ok('state=GA&it=200').it).toBe(200);
  });

  it('refuses a repeated parameter and suggests a close name', () => {
    expect(errorsOf('state=GA&mw=1&mw=2')[0]).toMatchObject({ param: 'mw', code: 'repeated' });
    expect(errorsOf('state=GA&mw=1&loadfactor=0.5')[0]).toMatchObject({ param: 'loadfactor', suggestion: 'loadFactor' });
    expect(errorsOf('state=GA&mw=1&gas=2&control=lean')[0]).toMatchObject({ param: 'control', suggestion: 'lean-premix' });
  });

  it('keeps a name with markup as text, and refuses control characters and overlong names', () => {
    expect(ok('state=GA&mw=1&name=<script>alert(1)</script>').name).toBe('<script>alert(1)</script>');
    expect(errorsOf('state=GA&mw=1&name=a%0Ab')[0]).toMatchObject({ param: 'name', code: 'invalid' });
    expect(errorsOf('state=GA&mw=1&name=a%00b')[0]?.param).toBe('name');
    expect(errorsOf('state=GA&mw=1&name=a%C2%85b')[0]?.param).toBe('name');
    expect(ok(`state=GA&mw=1&name=${'x'.repeat(NAME_MAX_LENGTH)}`).name).toHaveLength(NAME_MAX_LENGTH);
    const long = errorsOf(`state=GA&mw=1&name=${'x'.repeat(10_000)}`)[0];
    expect(long?.param).toBe('name');
    expect(long?.message).toContain('10000 characters');
    expect((long?.received ?? '').length).toBeLessThanOrEqual(41);
  });

  it('ignores tracking parameters and refuses a flood of parameters', () => {
    expect(calculatorQuery(ok('state=GA&mw=300&utm_source=news&fbclid=1'))).toBe('state=GA&mw=300');
    const many = Array.from({ length: 25 }, (_, i) => `x${i}=1`).join('&');
    expect(errorsOf(many)[0]?.code).toBe('too-many');
  });
});
