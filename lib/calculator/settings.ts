/**
 * The calculator's settings: a proposed data center described in the address (/calculator?state=GA&mw=300),
 * parsed once for the page, the hearing packet and the downloads. As with the facilities' scenarios
 * (lib/scenario/scenario.ts), a bad link gets one error per bad parameter, naming it and what is allowed;
 * tracking parameters are ignored; an empty value means the default; and each valid set of settings has
 * one canonical query (fixed order, defaults left out), to which any other spelling is redirected.
 */
import { didYouMean, isTrackingParam, LOAD_FACTOR, PUE, type ScenarioError } from '../scenario/scenario';

/** AP-42's combustion controls for a gas turbine's NOx (data/health.json), as they are written in the address. */
export const CONTROLS = { 'lean-premix': 'lean premix', 'water-steam': 'water-steam injection', uncontrolled: 'uncontrolled' } as const;
export type Control = keyof typeof CONTROLS;
const CONTROL_NAMES = Object.keys(CONTROLS) as Control[];

export type CalculatorSettings = {
  /** A label for the proposal, as the reader typed it (trimmed): shown as text, never as markup. */
  name?: string;
  /** Two-letter state code, upper case. */
  state: string;
  /** The facility's power in MW; or its computers' (IT) power with a PUE. Exactly one of mw and it. */
  mw?: number;
  it?: number;
  /** Only with `it`; undefined means the sourced range (data/factors.json). */
  pue?: number;
  loadFactor: number;
  /** On-site water, gallons a day; or `average`: the U.S. data centers' average water per kWh of IT energy (a sourced range). */
  water?: number | 'average';
  /** On-site gas generation, MW; with the hours it runs a year and its NOx control. */
  gas?: number;
  hours: number;
  control: Control;
  /** The reader's own numbers: the utility's peak (MW), its residential customers, the water system's supply (million gallons a day). */
  peak?: number;
  customers?: number;
  supply?: number;
};

export type CalculatorParse =
  | { ok: true; settings: CalculatorSettings }
  /** No settings at all: the page shows the form alone. */
  | { ok: 'empty' }
  | { ok: false; errors: ScenarioError[] };

/** Parameter names in their canonical order. */
export const CALCULATOR_PARAMS = [
  'name',
  'state',
  'mw',
  'it',
  'pue',
  'loadFactor',
  'water',
  'gas',
  'hours',
  'control',
  'peak',
  'customers',
  'supply',
] as const;
export type CalculatorParam = (typeof CALCULATOR_PARAMS)[number];

export const NAME_MAX_LENGTH = 80;
/** `water=average`: the facility's water from the U.S. average water per kWh of IT energy. */
export const WATER_AVERAGE = 'average';
export const HOURS_DEFAULT = 8760;
export const CONTROL_DEFAULT: Control = 'lean-premix';
const MAX_PARAMS = 20;
const MAX_VALUE_LENGTH = 100;

type NumberRule = { min: number; max: number; decimals: number; what: string; integer?: true };

/** The ranges the numeric settings accept. */
export const RANGES = {
  mw: { min: 0.1, max: 20000, decimals: 2, what: "the facility's power in megawatts" },
  it: { min: 0.1, max: 20000, decimals: 2, what: "the computers' (IT) power in megawatts" },
  pue: { min: PUE.min, max: PUE.max, decimals: 2, what: 'power usage effectiveness: facility power ÷ IT power' },
  loadFactor: { min: LOAD_FACTOR.min, max: LOAD_FACTOR.max, decimals: 2, what: 'average power as a share of the full power' },
  water: { min: 0, max: 100_000_000, decimals: 0, what: 'on-site water in gallons a day', integer: true },
  gas: { min: 0.1, max: 20000, decimals: 2, what: 'on-site gas generation in megawatts' },
  hours: { min: 1, max: 8760, decimals: 0, what: 'hours a year the gas turbines run', integer: true },
  peak: { min: 1, max: 1_000_000, decimals: 0, what: "your utility's peak demand in megawatts", integer: true },
  customers: { min: 1, max: 100_000_000, decimals: 0, what: "your utility's residential customers", integer: true },
  supply: { min: 0.01, max: 100_000, decimals: 2, what: "your water system's supply in million gallons a day" },
} as const satisfies Record<string, NumberRule>;
type NumericParam = keyof typeof RANGES;

function isNumeric(p: CalculatorParam): p is NumericParam {
  return p in RANGES;
}

/** What a parameter allows, in words, with its default. */
export function allowedFor(p: CalculatorParam, states: readonly string[]): string {
  if (p === 'name') return `any text up to ${NAME_MAX_LENGTH} characters, without control characters (optional)`;
  if (p === 'state') return `a two-letter state code: ${states.join(', ')}`;
  if (p === 'control') return `one of ${CONTROL_NAMES.join(', ')} (default ${CONTROL_DEFAULT}); only with gas`;
  if (p === 'water')
    return `a whole number from 0 to ${RANGES.water.max.toLocaleString('en-US')}: on-site water in gallons a day; or average, for the U.S. data centers' average per kWh (optional)`;
  const r: NumberRule = RANGES[p];
  const form = r.integer ? 'a whole number' : `a number with at most ${r.decimals} decimal places`;
  const range = `${form} from ${r.min.toLocaleString('en-US')} to ${r.max.toLocaleString('en-US')}: ${r.what}`;
  switch (p) {
    case 'mw':
      return `${range}; give mw or it, not both`;
    case 'it':
      return `${range}; instead of mw, with pue`;
    case 'pue':
      return `${range}; only with it (default: the sourced range)`;
    case 'loadFactor':
      return `${range} (default ${LOAD_FACTOR.default})`;
    case 'hours':
      return `${range}; only with gas (default ${HOURS_DEFAULT.toLocaleString('en-US')}, all year)`;
    default:
      return `${range} (optional)`;
  }
}

function parseNumber(raw: string, r: NumberRule): { value: number } | { message: string } {
  const pattern = r.decimals === 0 ? /^\d+$/ : new RegExp(`^(?:\\d+(?:\\.\\d{1,${r.decimals}})?|\\.\\d{1,${r.decimals}})$`);
  const plain = raw.replace(/,/g, '');
  if (!pattern.test(plain))
    return {
      message: r.decimals === 0 ? 'must be a whole number, like 500' : `must be a number with at most ${r.decimals} decimal places`,
    };
  const value = Number(plain);
  if (!(value >= r.min && value <= r.max))
    return { message: `must be from ${r.min.toLocaleString('en-US')} to ${r.max.toLocaleString('en-US')}` };
  return { value };
}

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function parseName(raw: string): { value: string } | { message: string } {
  if (CONTROL_CHARS.test(raw)) return { message: 'contains control characters (such as a line break or tab); write it on one line' };
  if ([...raw].length > NAME_MAX_LENGTH) return { message: `is too long (${[...raw].length} characters; at most ${NAME_MAX_LENGTH})` };
  return { value: raw };
}

function error(code: ScenarioError['code'], param: string, message: string, allowed: string, received?: string): ScenarioError {
  const e: ScenarioError = { code, param, message, allowed };
  if (received !== undefined) e.received = received.length > 40 ? `${received.slice(0, 40)}…` : received;
  return e;
}

/**
 * Parses the calculator's query against the states the table has. Never throws. No settings (or only
 * empty ones) is the empty form; anything else needs a state and a power (mw, or it).
 */
export function parseCalculator(params: URLSearchParams, states: readonly string[]): CalculatorParse {
  const errors: ScenarioError[] = [];
  const seen = new Map<string, string[]>();
  let count = 0;
  for (const [name, value] of params.entries()) {
    if (isTrackingParam(name)) continue;
    count++;
    seen.set(name, [...(seen.get(name) ?? []), value]);
  }
  if (count > MAX_PARAMS)
    return {
      ok: false,
      errors: [
        error(
          'too-many',
          '(query)',
          `has ${count} parameters; at most ${MAX_PARAMS} are read`,
          `the parameters ${CALCULATOR_PARAMS.join(', ')}, once each`,
        ),
      ],
    };
  const given = new Map<CalculatorParam, string>();
  for (const [name, values] of seen) {
    const p = (CALCULATOR_PARAMS as readonly string[]).includes(name) ? (name as CalculatorParam) : undefined;
    if (p === undefined) {
      const e = error(
        'unknown-param',
        name,
        'is not a setting of the calculator',
        `the parameters ${CALCULATOR_PARAMS.join(', ')}`,
        values[0],
      );
      const suggestion = didYouMean(name, CALCULATOR_PARAMS);
      if (suggestion !== undefined) e.suggestion = suggestion;
      errors.push(e);
    } else if (values.length > 1) {
      errors.push(error('repeated', p, `is given ${values.length} times; give it once`, allowedFor(p, states), values.join(', ')));
    } else {
      const v = p === 'name' ? (values[0] ?? '') : (values[0] ?? '').trim();
      if (v.trim() !== '') given.set(p, v);
    }
  }
  if (errors.length === 0 && given.size === 0) return { ok: 'empty' };

  const s: Partial<CalculatorSettings> = { loadFactor: LOAD_FACTOR.default, hours: HOURS_DEFAULT, control: CONTROL_DEFAULT };
  for (const [p, raw] of given) {
    if (p !== 'name' && raw.length > MAX_VALUE_LENGTH) {
      errors.push(error('too-long', p, `is too long (${raw.length} characters)`, allowedFor(p, states), raw));
      continue;
    }
    if (p === 'name') {
      const r = parseName(raw.trim());
      if ('message' in r) errors.push(error('invalid', p, r.message, allowedFor(p, states), raw));
      else s.name = r.value;
    } else if (p === 'state') {
      const code = raw.toUpperCase();
      if (states.includes(code)) s.state = code;
      else {
        const e = error('invalid', p, 'is not a state in the table', allowedFor(p, states), raw);
        errors.push(e);
      }
    } else if (p === 'control') {
      if ((CONTROL_NAMES as string[]).includes(raw)) s.control = raw as Control;
      else {
        const e = error('invalid', p, `must be one of ${CONTROL_NAMES.join(', ')}`, allowedFor(p, states), raw);
        const suggestion = didYouMean(raw, CONTROL_NAMES);
        if (suggestion !== undefined) e.suggestion = suggestion;
        errors.push(e);
      }
    } else if (p === 'water' && raw === WATER_AVERAGE) {
      s.water = WATER_AVERAGE;
    } else if (isNumeric(p)) {
      const r = parseNumber(raw, RANGES[p]);
      if ('message' in r) errors.push(error('invalid', p, r.message, allowedFor(p, states), raw));
      else s[p] = r.value;
    }
  }
  // settings that go together
  const bad = new Set(errors.map((e) => e.param));
  const needs = (p: CalculatorParam, message: string) => {
    if (!bad.has(p)) errors.push(error('invalid', p, message, allowedFor(p, states)));
  };
  if (!given.has('state')) needs('state', 'is needed: the homes are counted in a state');
  if (given.has('mw') && given.has('it'))
    needs('it', 'cannot be given with mw: give the facility’s power (mw) or its IT power (it), not both');
  else if (!given.has('mw') && !given.has('it')) needs('mw', 'is needed: give the facility’s power (mw), or its IT power (it)');
  if (given.has('pue') && !given.has('it')) needs('pue', 'applies only with it (IT power); with mw it has nothing to multiply');
  for (const p of ['hours', 'control'] as const) {
    if (given.has(p) && !given.has('gas')) needs(p, 'applies only with gas (on-site gas generation in MW)');
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: s as CalculatorSettings };
}

/** The canonical query: parameters in a fixed order, defaults left out, numbers written plainly, the state in capitals. */
export function calculatorQuery(s: CalculatorSettings): string {
  const out = new URLSearchParams();
  if (s.name !== undefined && s.name !== '') out.set('name', s.name);
  out.set('state', s.state);
  const num = (p: NumericParam, v: number | undefined, skip?: number) => {
    if (v !== undefined && v !== skip) out.set(p, String(v));
  };
  num('mw', s.mw);
  num('it', s.it);
  num('pue', s.pue);
  num('loadFactor', s.loadFactor, LOAD_FACTOR.default);
  if (s.water === WATER_AVERAGE) out.set('water', WATER_AVERAGE);
  else num('water', s.water);
  num('gas', s.gas);
  if (s.gas !== undefined) {
    num('hours', s.hours, HOURS_DEFAULT);
    if (s.control !== CONTROL_DEFAULT) out.set('control', s.control);
  }
  num('peak', s.peak);
  num('customers', s.customers);
  num('supply', s.supply);
  return out.toString();
}
