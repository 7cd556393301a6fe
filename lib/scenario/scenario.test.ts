import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  defaultScenario,
  didYouMean,
  isTrackingParam,
  LOAD_FACTOR,
  parseScenario,
  PUE,
  repairedQuery,
  type Scenario,
  type ScenarioContext,
  type ScenarioError,
  scenarioToQuery,
  WATER_CASES,
} from './scenario';

const ctx: ScenarioContext = {
  householdIds: ['mlgw', 'tennessee', 'us'],
  defaultHouseholdId: 'mlgw',
  firstDate: '2024-06-05',
  lastDate: '2026-11-28',
};

const parse = (q: string) => parseScenario(new URLSearchParams(q), ctx);
const errorsOf = (q: string) => {
  const r = parse(q);
  if (r.ok) throw new Error(`expected errors for "${q}"`);
  return r.errors;
};

describe('parseScenario: valid input', () => {
  it.each([
    ['', defaultScenario(ctx)],
    ['loadFactor=0.8', { ...defaultScenario(ctx), loadFactor: 0.8 }],
    ['loadFactor=.5', { ...defaultScenario(ctx), loadFactor: 0.5 }],
    ['loadFactor=1', defaultScenario(ctx)],
    ['household=tennessee&water=high', { ...defaultScenario(ctx), household: 'tennessee', water: 'high' }],
    ['date=2025-05-01&pue=1.2', { ...defaultScenario(ctx), date: '2025-05-01', pue: 1.2 }],
    ['water=recycling', { ...defaultScenario(ctx), water: 'recycling' }],
    // an empty field, as a form submits it, means the default
    ['loadFactor=&pue=&date=', defaultScenario(ctx)],
    // tracking parameters from social media and newsletters are ignored
    ['utm_source=facebook&utm_medium=social&fbclid=abc123&gclid=x&loadFactor=0.5', { ...defaultScenario(ctx), loadFactor: 0.5 }],
  ])('%j', (q, expected) => {
    expect(parse(q)).toEqual({ ok: true, scenario: expected });
  });

  it.each([
    ['loadFactor', String(LOAD_FACTOR.min)],
    ['loadFactor', String(LOAD_FACTOR.max)],
    ['pue', String(PUE.min)],
    ['pue', String(PUE.max)],
    ['date', ctx.firstDate],
    ['date', ctx.lastDate],
  ])('accepts the edge %s=%s', (name, value) => {
    expect(parse(`${name}=${value}`).ok).toBe(true);
  });
});

describe('parseScenario: bad input names each parameter and what is allowed', () => {
  it.each([
    ['loadFactor=0.04', 'loadFactor', /must be from 0\.05 to 1/],
    ['loadFactor=1.01', 'loadFactor', /must be from 0\.05 to 1/],
    ['loadFactor=abc', 'loadFactor', /must be a number/],
    ['loadFactor=1e-1', 'loadFactor', /must be a number/],
    ['loadFactor=0.123', 'loadFactor', /at most 2 decimal places/],
    ['loadFactor=-0.5', 'loadFactor', /must be a number/],
    ['loadFactor=NaN', 'loadFactor', /must be a number/],
    ['pue=0.9', 'pue', /must be from 1 to 3/],
    ['pue=Infinity', 'pue', /must be a number/],
    ['date=2025-02-30', 'date', /YYYY-MM-DD/],
    ['date=05/01/2025', 'date', /YYYY-MM-DD/],
    ['date=2024-01-01', 'date', /must be from 2024-06-05 to 2026-11-28/],
    ['date=2031-01-01', 'date', /must be from 2024-06-05/],
    ['household=texas', 'household', /must be one of mlgw, tennessee, us/],
    ['water=lots', 'water', /must be one of reported, expected, high, recycling/],
    ['loadFactor=0.5&loadFactor=0.6', 'loadFactor', /given 2 times/],
    ['color=red', 'color', /is not a setting/],
  ])('%s', (q, param, message) => {
    const errors = errorsOf(q);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.param).toBe(param);
    expect(errors[0]?.message).toMatch(message);
    expect(errors[0]?.allowed.length).toBeGreaterThan(10);
  });

  it('reports every bad parameter, not only the first', () => {
    const errors = errorsOf('loadFactor=2&household=texas&colour=blue&water=high');
    expect(errors.map((e) => e.param).sort()).toEqual(['colour', 'household', 'loadFactor']);
  });

  it.each([
    ['loadfactor=0.8', 'loadFactor'],
    ['load_factor=0.8', 'loadFactor'],
    ['houshold=us', 'household'],
    ['Water=high', 'water'],
  ])('suggests the parameter meant by %s', (q, suggestion) => {
    expect(errorsOf(q)[0]?.suggestion).toBe(suggestion);
  });

  it.each([
    ['household=Tennessee', 'tennessee'],
    ['household=tenessee', 'tennessee'],
    ['household=USA', 'us'],
    ['water=recycle', 'recycling'],
    ['loadFactor=80%', '0.8'],
    ['loadFactor=0,8', '0.8'],
    ['loadFactor=1.5', '1'],
  ])('suggests the value meant by %s', (q, suggestion) => {
    expect(errorsOf(q)[0]?.suggestion).toBe(suggestion);
  });

  it('gives no suggestion when nothing is close', () => {
    expect(errorsOf('household=zzzzzzzz')[0]?.suggestion).toBeUndefined();
    expect(errorsOf('qqqqqq=1')[0]?.suggestion).toBeUndefined();
  });

  it('keeps what was typed, to show back escaped', () => {
    expect(errorsOf('household=<script>alert(1)</script>')[0]?.received).toBe('<script>alert(1)</script>');
  });

  it('refuses a flood of parameters', () => {
    const q = Array.from({ length: 25 }, (_, i) => `p${i}=1`).join('&');
    expect(errorsOf(q)[0]?.param).toBe('(query)');
  });
});

describe('repairedQuery', () => {
  it.each([
    ['loadFactor=2&household=tennessee', 'loadFactor=1&household=tennessee'],
    ['loadfactor=0.8', 'loadFactor=0.8'],
    ['household=texas&water=high', 'water=high'],
    ['loadFactor=0.5&loadFactor=0.6', 'loadFactor=0.5'],
    ['utm_source=x&household=Tennessee', 'household=tennessee'],
  ])('%s → %s', (q, expected) => {
    const params = new URLSearchParams(q);
    const r = parseScenario(params, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(repairedQuery(params, r.errors)).toBe(expected);
  });
});

describe('scenarioToQuery', () => {
  it.each([
    [defaultScenario(ctx), ''],
    [{ ...defaultScenario(ctx), loadFactor: 0.8, household: 'us' }, 'loadFactor=0.8&household=us'],
    [{ ...defaultScenario(ctx), pue: 1.2, date: '2025-05-01', water: 'recycling' }, 'date=2025-05-01&water=recycling&pue=1.2'],
  ] as [Scenario, string][])('%j → %s', (s, q) => {
    expect(scenarioToQuery(s, ctx)).toBe(q);
  });
});

describe('helpers', () => {
  it.each(['utm_source', 'UTM_Campaign', 'fbclid', 'gclid', 'mc_eid'])('%s is a tracking parameter', (n) => {
    expect(isTrackingParam(n)).toBe(true);
  });
  it.each(['loadFactor', 'water', 'utm'])('%s is not a tracking parameter', (n) => {
    expect(isTrackingParam(n)).toBe(false);
  });
  it('didYouMean ignores case and punctuation', () => {
    expect(didYouMean('LOAD-FACTOR', ['loadFactor', 'water'])).toBe('loadFactor');
  });
});

describe('the tons setting: whose tons a year the health figures use', () => {
  const gas: ScenarioContext = { ...ctx, tons: { cases: ['permit', 'potential', 'estimate'], defaultCase: 'permit' } };
  const noGas: ScenarioContext = { ...ctx, noTons: 'Colossus 2 burns no gas on site' };
  const parseAt = (c: ScenarioContext, q: string) => parseScenario(new URLSearchParams(q), c);
  const errorAt = (c: ScenarioContext, q: string) => {
    const r = parseAt(c, q);
    if (r.ok) throw new Error(`expected an error for "${q}"`);
    expect(r.errors).toHaveLength(1);
    return r.errors[0] as ScenarioError;
  };

  it('defaults to the facility’s own case, and takes any case it has', () => {
    expect(defaultScenario(gas).tons).toBe('permit');
    expect(parseAt(gas, 'tons=potential')).toEqual({ ok: true, scenario: { ...defaultScenario(gas), tons: 'potential' } });
    expect(parseAt(gas, 'tons=permit')).toEqual({ ok: true, scenario: defaultScenario(gas) });
    expect(parseAt(gas, 'tons=')).toEqual({ ok: true, scenario: defaultScenario(gas) });
    // a facility with no gas has no tons case at all
    expect(defaultScenario(noGas).tons).toBeUndefined();
  });

  it('names tons and what this facility allows when the value is not a case', () => {
    const e = errorAt(gas, 'tons=lots');
    expect(e.param).toBe('tons');
    expect(e.message).toMatch(/must be one of permit, potential, estimate$/);
    expect(e.allowed).toMatch(/one of permit, potential, estimate \(default permit\)/);
  });

  it('says a case this facility does not have is not available here, and what is', () => {
    const e = errorAt(gas, 'tons=satellite');
    expect(e.param).toBe('tons');
    expect(e.message).toBe('must be one of permit, potential, estimate: this facility has no "satellite" scenario');
  });

  it('refuses tons on a facility that burns no gas, and says why', () => {
    const e = errorAt(noGas, 'tons=permit');
    expect(e.param).toBe('tons');
    expect(e.message).toBe('is not a setting here: Colossus 2 burns no gas on site');
    expect(e.allowed).toMatch(/^no value: leave it out/);
  });

  it.each([
    ['tons=Permit', 'permit'],
    ['tons=potental', 'potential'],
    ['tons=estimated', 'estimate'],
  ])('suggests the case meant by %s', (q, suggestion) => {
    expect(errorAt(gas, q).suggestion).toBe(suggestion);
  });

  it('keeps the canonical order, leaves the default out, and survives the round trip', () => {
    const s: Scenario = { ...defaultScenario(gas), loadFactor: 0.5, tons: 'estimate', pue: 1.2 };
    expect(scenarioToQuery(s, gas)).toBe('loadFactor=0.5&pue=1.2&tons=estimate');
    expect(parseAt(gas, scenarioToQuery(s, gas))).toEqual({ ok: true, scenario: s });
    // the default spelled out is not canonical: its canonical query leaves it out (the proxy answers 308)
    const spelled = parseAt(gas, 'tons=permit&loadFactor=0.5');
    expect(spelled.ok && scenarioToQuery(spelled.scenario, gas)).toBe('loadFactor=0.5');
  });

  it('is repaired to the suggested case, or dropped', () => {
    for (const [q, expected] of [
      ['tons=Estimate&loadFactor=0.5', 'tons=estimate&loadFactor=0.5'],
      ['tons=satellite&loadFactor=0.5', 'loadFactor=0.5'],
    ]) {
      const params = new URLSearchParams(q);
      const r = parseScenario(params, gas);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(repairedQuery(params, r.errors)).toBe(expected);
    }
  });
});

// Property runs are CPU-bound; on a busy 2-core machine they can pass the default 5 s limit.
describe('properties', { timeout: 60_000 }, () => {
  const anyText = fc.string({ maxLength: 30 });
  const nameish = fc.oneof(fc.constantFrom('date', 'loadFactor', 'household', 'water', 'pue', 'utm_source', 'fbclid'), anyText);

  it('never throws, and always gives a scenario or a list of errors', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nameish, anyText), { maxLength: 30 }), (pairs) => {
        const r = parseScenario(pairs, ctx);
        if (r.ok) {
          expect(WATER_CASES).toContain(r.scenario.water);
          expect(r.scenario.loadFactor).toBeGreaterThanOrEqual(LOAD_FACTOR.min);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.allowed.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any raw query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (raw) => {
        const r = parseScenario(new URLSearchParams(raw), ctx);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  const hundredths = (min: number, max: number) =>
    fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);
  const day = fc
    .integer({ min: Date.UTC(2024, 5, 5), max: Date.UTC(2026, 10, 28) })
    .map((ms) => new Date(ms - (ms % 86400000)).toISOString().slice(0, 10));
  const scenario: fc.Arbitrary<Scenario> = fc.record(
    {
      date: day,
      loadFactor: hundredths(LOAD_FACTOR.min, LOAD_FACTOR.max),
      household: fc.constantFrom(...ctx.householdIds),
      water: fc.constantFrom(...WATER_CASES),
      pue: hundredths(PUE.min, PUE.max),
    },
    { requiredKeys: ['loadFactor', 'household', 'water'] },
  );

  it('every valid scenario survives a round trip through the URL unchanged', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const back = parseScenario(new URLSearchParams(scenarioToQuery(s, ctx)), ctx);
        expect(back).toEqual({ ok: true, scenario: s });
      }),
      { numRuns: 2000 },
    );
  });

  it('every valid scenario with a tons case survives the round trip too', () => {
    const gas: ScenarioContext = {
      ...ctx,
      tons: { cases: ['permit', 'model', 'potential', 'satellite', 'estimate'], defaultCase: 'permit' },
    };
    const withTons = fc.tuple(scenario, fc.constantFrom(...(gas.tons?.cases ?? []))).map(([s, tons]) => ({ ...s, tons }));
    fc.assert(
      fc.property(withTons, (s) => {
        expect(parseScenario(new URLSearchParams(scenarioToQuery(s, gas)), gas)).toEqual({ ok: true, scenario: s });
      }),
      { numRuns: 1000 },
    );
  });
});
