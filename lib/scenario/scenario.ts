/**
 * A scenario: the small set of what-if settings a reader can put in the URL. One parser
 * serves every page, the report and the downloads, so a shared link shows exactly what
 * its sender saw, and a bad link gets an answer that names each bad parameter.
 */
import { z } from 'zod';

import { TONS_KINDS, type TonsKind } from '../data/schemas/health';

export const WATER_CASES = ['reported', 'expected', 'high', 'recycling'] as const;
export type WaterCase = (typeof WATER_CASES)[number];

/** What the parser needs to know about the facility and its place. */
export type ScenarioContext = {
  householdIds: readonly string[];
  defaultHouseholdId: string;
  /** First and last dates a facility state can be asked for (ISO, YYYY-MM-DD). */
  firstDate: string;
  lastDate: string;
  /**
   * The tons scenarios of the facility's health figures, in canonical order, and the one shown by default;
   * absent where the facility burns no gas (`noTons` then says why, for the error).
   */
  tons?: { cases: readonly TonsKind[]; defaultCase?: TonsKind };
  noTons?: string;
  /** Where `tons` has no one default kind (the region: each site's own default), what the default is, in words. */
  tonsDefaultIs?: string;
};

export type Scenario = {
  /** The facility as it stood on this date; undefined means its latest state. */
  date?: string;
  loadFactor: number;
  household: string;
  water: WaterCase;
  /** A single power usage effectiveness; undefined means the sourced range. */
  pue?: number;
  /** The tons a year the health figures use (which kind of scenario); undefined where the facility has none. */
  tons?: TonsKind;
};

export type ScenarioError = {
  code: 'unknown-param' | 'repeated' | 'invalid' | 'too-long' | 'too-many';
  param: string;
  message: string;
  /** What is allowed, in words. */
  allowed: string;
  received?: string;
  suggestion?: string;
};

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** Parameter names in their canonical order. */
export const PARAM_NAMES = ['date', 'loadFactor', 'household', 'water', 'pue', 'tons'] as const;
type ParamName = (typeof PARAM_NAMES)[number];

export const LOAD_FACTOR = { min: 0.05, max: 1, default: 1 } as const;
export const PUE = { min: 1, max: 3 } as const;
const MAX_PARAMS = 20;
const MAX_VALUE_LENGTH = 100;

/** Parameters added by social media and newsletters; they never change what is shown. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return (
    n.startsWith('utm_') ||
    [
      'fbclid',
      'gclid',
      'dclid',
      'gbraid',
      'wbraid',
      'msclkid',
      'twclid',
      'ttclid',
      'li_fat_id',
      'mc_cid',
      'mc_eid',
      'igshid',
      'yclid',
      '_ga',
      '_gl',
      'ref',
      'ref_src',
      'ref_url',
      'si',
    ].includes(n)
  );
}

export function defaultScenario(ctx: ScenarioContext): Scenario {
  return {
    loadFactor: LOAD_FACTOR.default,
    household: ctx.defaultHouseholdId,
    water: 'reported',
    ...(ctx.tons?.defaultCase === undefined ? {} : { tons: ctx.tons.defaultCase }),
  };
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/** The closest allowed word, if it is close enough to be what was meant. */
export function didYouMean(input: string, options: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const target = norm(input);
  if (target === '') return undefined;
  let best: { option: string; distance: number } | undefined;
  for (const option of options) {
    const o = norm(option);
    const distance = o === target ? 0 : o.startsWith(target) || target.startsWith(o) ? 1 : levenshtein(target, o);
    if (best === undefined || distance < best.distance) best = { option, distance };
  }
  if (best === undefined) return undefined;
  return best.distance <= Math.max(2, Math.floor(best.option.length / 3)) ? best.option : undefined;
}

const DECIMAL = /^(?:\d+(?:\.\d{1,2})?|\.\d{1,2})$/;

function decimalIn(range: { min: number; max: number }, what: string) {
  return z
    .string()
    .refine((s) => DECIMAL.test(s), { message: `must be a number with at most 2 decimal places, like ${range.min === 1 ? '1.2' : '0.8'}` })
    .transform(Number)
    .refine((n) => n >= range.min && n <= range.max, { message: `must be from ${range.min} to ${range.max} (${what})` });
}

function isoDay(ctx: ScenarioContext) {
  return z
    .string()
    .refine(
      (s) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        if (!m) return false;
        const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
        return d.toISOString().slice(0, 10) === s;
      },
      { message: 'must be a date written YYYY-MM-DD, like 2025-05-01' },
    )
    .refine((s) => s >= ctx.firstDate && s <= ctx.lastDate, { message: `must be from ${ctx.firstDate} to ${ctx.lastDate}` });
}

function allowedText(name: ParamName, ctx: ScenarioContext): string {
  switch (name) {
    case 'date':
      return `a date from ${ctx.firstDate} to ${ctx.lastDate}, written YYYY-MM-DD; leave it out for the latest figures`;
    case 'loadFactor':
      return `a number from ${LOAD_FACTOR.min} to ${LOAD_FACTOR.max}, with at most 2 decimal places (default ${LOAD_FACTOR.default})`;
    case 'household':
      return `one of ${ctx.householdIds.join(', ')} (default ${ctx.defaultHouseholdId})`;
    case 'water':
      return `one of ${WATER_CASES.join(', ')} (default reported)`;
    case 'pue':
      return `a number from ${PUE.min} to ${PUE.max}, with at most 2 decimal places; leave it out for the sourced range`;
    case 'tons':
      return ctx.tons === undefined
        ? `no value: leave it out (${ctx.noTons ?? 'this page has no tons scenarios'})`
        : `one of ${ctx.tons.cases.join(', ')} (default ${ctx.tons.defaultCase ?? ctx.tonsDefaultIs ?? 'none'}): whose tons a year the health figures use`;
  }
}

/** A tons scenario this facility has; the message names what it allows, or why it has none. */
function tonsCase(ctx: ScenarioContext) {
  return z.string().superRefine((value, c) => {
    const t = ctx.tons;
    if (t === undefined)
      c.addIssue({ code: 'custom', message: `is not a setting here: ${ctx.noTons ?? 'this page has no tons scenarios'}` });
    else if (!t.cases.includes(value as TonsKind))
      c.addIssue({
        code: 'custom',
        message: (TONS_KINDS as readonly string[]).includes(value)
          ? `must be one of ${t.cases.join(', ')}: ${ctx.tonsDefaultIs === undefined ? 'this facility has' : 'no site has confirmed'} no "${value}" scenario`
          : `must be one of ${t.cases.join(', ')}`,
      });
  });
}

function valueSchema(name: ParamName, ctx: ScenarioContext) {
  switch (name) {
    case 'date':
      return isoDay(ctx);
    case 'loadFactor':
      return decimalIn(LOAD_FACTOR, 'the share of the time-averaged power to the full power');
    case 'household':
      return z.enum(ctx.householdIds as [string, ...string[]], { message: `must be one of ${ctx.householdIds.join(', ')}` });
    case 'water':
      return z.enum(WATER_CASES, { message: `must be one of ${WATER_CASES.join(', ')}` });
    case 'pue':
      return decimalIn(PUE, 'power usage effectiveness');
    case 'tons':
      return tonsCase(ctx);
  }
}

function suggestionFor(name: ParamName, value: string, ctx: ScenarioContext): string | undefined {
  if (name === 'household') return didYouMean(value, ctx.householdIds);
  if (name === 'water') return didYouMean(value, WATER_CASES);
  if (name === 'tons') return didYouMean(value, ctx.tons?.cases ?? []);
  if (name === 'loadFactor' || name === 'pue') {
    const n = Number(value.replace(',', '.').replace('%', ''));
    if (!Number.isFinite(n)) return undefined;
    const range = name === 'loadFactor' ? LOAD_FACTOR : PUE;
    const scaled = name === 'loadFactor' && value.includes('%') ? n / 100 : n;
    const clamped = Math.min(range.max, Math.max(range.min, Math.round(scaled * 100) / 100));
    return String(clamped);
  }
  return undefined;
}

type Entries = Iterable<[string, string]>;

/**
 * Parses query parameters into a scenario, or into a list of errors, one per bad
 * parameter. Never throws. Tracking parameters are ignored; an empty value (as a form
 * submits for an untouched field) means "use the default".
 */
export function parseScenario(params: URLSearchParams | Entries, ctx: ScenarioContext): ParseResult {
  const errors: ScenarioError[] = [];
  const seen = new Map<string, string[]>();
  let count = 0;
  for (const [rawName, rawValue] of params instanceof URLSearchParams ? params.entries() : params) {
    if (isTrackingParam(rawName)) continue;
    count++;
    const list = seen.get(rawName) ?? [];
    list.push(rawValue);
    seen.set(rawName, list);
  }
  if (count > MAX_PARAMS) {
    return {
      ok: false,
      errors: [
        {
          code: 'too-many',
          param: '(query)',
          message: `has ${count} parameters; at most ${MAX_PARAMS} are read`,
          allowed: `the parameters ${PARAM_NAMES.join(', ')}, once each`,
        },
      ],
    };
  }

  const scenario: Scenario = defaultScenario(ctx);
  for (const [name, values] of seen) {
    const known = (PARAM_NAMES as readonly string[]).includes(name) ? (name as ParamName) : undefined;
    if (known === undefined) {
      const suggestion = didYouMean(name, PARAM_NAMES);
      const e: ScenarioError = {
        code: 'unknown-param',
        param: name,
        message: 'is not a setting of this site',
        allowed: `the parameters ${PARAM_NAMES.join(', ')}`,
        received: values[0] ?? '',
      };
      if (suggestion !== undefined) e.suggestion = suggestion;
      errors.push(e);
      continue;
    }
    if (values.length > 1) {
      errors.push({
        code: 'repeated',
        param: name,
        message: `is given ${values.length} times; give it once`,
        allowed: allowedText(known, ctx),
        received: values.join(', '),
      });
      continue;
    }
    const value = (values[0] ?? '').trim();
    if (value === '') continue;
    if (value.length > MAX_VALUE_LENGTH) {
      errors.push({
        code: 'too-long',
        param: name,
        message: `is too long (${value.length} characters)`,
        allowed: allowedText(known, ctx),
        received: `${value.slice(0, 40)}…`,
      });
      continue;
    }
    const result = valueSchema(known, ctx).safeParse(value);
    if (!result.success) {
      const e: ScenarioError = {
        code: 'invalid',
        param: name,
        message: result.error.issues[0]?.message ?? 'is not allowed',
        allowed: allowedText(known, ctx),
        received: value,
      };
      const suggestion = suggestionFor(known, value, ctx);
      if (suggestion !== undefined && suggestion !== value) e.suggestion = suggestion;
      errors.push(e);
      continue;
    }
    const parsed = result.data;
    switch (known) {
      case 'date':
        scenario.date = String(parsed);
        break;
      case 'loadFactor':
        scenario.loadFactor = Number(parsed);
        break;
      case 'household':
        scenario.household = String(parsed);
        break;
      case 'water':
        scenario.water = parsed as WaterCase;
        break;
      case 'pue':
        scenario.pue = Number(parsed);
        break;
      case 'tons':
        scenario.tons = parsed as TonsKind;
        break;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario };
}

/** The canonical query string of a scenario: fixed order, defaults left out. "" for the defaults. */
export function scenarioToQuery(s: Scenario, ctx: ScenarioContext): string {
  const d = defaultScenario(ctx);
  const out = new URLSearchParams();
  if (s.date !== undefined) out.set('date', s.date);
  if (s.loadFactor !== d.loadFactor) out.set('loadFactor', String(s.loadFactor));
  if (s.household !== d.household) out.set('household', s.household);
  if (s.water !== d.water) out.set('water', s.water);
  if (s.pue !== undefined) out.set('pue', String(s.pue));
  if (s.tons !== undefined && s.tons !== d.tons) out.set('tons', s.tons);
  return out.toString();
}

export function isDefaultScenario(s: Scenario, ctx: ScenarioContext): boolean {
  return scenarioToQuery(s, ctx) === '';
}

/** The same query with each bad value replaced by its suggestion where there is one, and dropped otherwise. */
export function repairedQuery(params: URLSearchParams, errors: ScenarioError[]): string {
  const bad = new Map(errors.map((e) => [e.param, e]));
  const out = new URLSearchParams();
  const done = new Set<string>();
  for (const [name, value] of params.entries()) {
    if (isTrackingParam(name) || done.has(name)) continue;
    done.add(name);
    const e = bad.get(name);
    if (e === undefined || e.code === 'repeated') {
      if (value.trim() !== '') out.set(name, value);
    } else if (e.suggestion !== undefined) {
      const isNameFix = !(PARAM_NAMES as readonly string[]).includes(name);
      if (isNameFix) out.set(e.suggestion, value);
      else out.set(name, e.suggestion);
    }
  }
  return out.toString();
}
