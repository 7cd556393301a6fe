/**
 * A number that knows where it came from: a central value with its low–high range,
 * its unit, its as-of date, the ids of its sources and, when the site computed it,
 * the formula and the inputs it was computed from.
 *
 * Ranges are carried by interval arithmetic: a derived low is the lowest value the
 * inputs' ranges allow, a derived high the highest. All quantities here are
 * non-negative, which keeps that arithmetic simple.
 */
import { asShown, precisionOf } from './rounding';
import type { Unit } from './units';

/** How a source words a figure it gives only as a bound or an approximation ("more than 90 percent"). */
export const QUALIFIERS = ['about', 'nearly', 'up to', 'at least', 'more than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type NamedInput = { name: string; quantity: Quantity };

/** An input of a calculation, with its unit fixed: `Named<'MW'>` is a power with a name for the arithmetic. */
export type Named<U extends Unit> = NamedInput & { quantity: Quantity<U> };

export type Derivation = {
  /** The arithmetic in words and figures, e.g. "300 MW × 8,760 h a year × 1.0". */
  formula: string;
  inputs: NamedInput[];
  /** Inputs whose own arithmetic is worth showing; the others are listed by value only. Unset: all. */
  expand?: number[];
  /** The result is exact, as precise as its inputs (a sum of sourced figures): shown unrounded. */
  exact?: true;
  /** The fewest significant figures among the inputs (rounding.ts): the result is shown with no more. */
  precision?: number;
  /** A sum with a rounded part: shown rounded to this place value (rounding.ts, rule 3). */
  place?: number;
  /** Not arithmetic on the inputs but a summary of them (the spread of several estimates, a distance on the globe). */
  summary?: true;
};

export type KnownQuantity<U extends Unit = Unit> = {
  kind: 'known';
  unit: U;
  value: number;
  low: number;
  high: number;
  /** ISO date, possibly partial (YYYY or YYYY-MM) when the source gives no day. */
  asOf: string;
  sourceIds: string[];
  note?: string;
  derivation?: Derivation;
  /** The source's own wording when it gives a bound or an approximation: "more than 17". */
  qualifier?: Qualifier;
  /**
   * Unset for a sourced or computed figure. `assumed`: a value this site sets (a load factor, a
   * what-if case); `unsourced`: a figure someone gave for which no source was found (its note says
   * why). Both have an empty asOf, and only these may have no source.
   */
  basis?: 'assumed' | 'unsourced';
};

export type UnknownQuantity<U extends Unit = Unit> = {
  kind: 'unknown';
  unit: U;
  /** Why the figure is not known, in words a reader can act on. */
  reason: string;
  asOf?: string;
  sourceIds: string[];
};

export type Quantity<U extends Unit = Unit> = KnownQuantity<U> | UnknownQuantity<U>;

export function isKnown<U extends Unit>(q: Quantity<U>): q is KnownQuantity<U> {
  return q.kind === 'known';
}

export function hasRange(q: KnownQuantity): boolean {
  return q.low !== q.value || q.high !== q.value;
}

type Bounds = { value: number; low: number; high: number };

export type KnownMeta = {
  low?: number | undefined;
  high?: number | undefined;
  asOf: string;
  sourceIds: string[];
  note?: string | undefined;
  qualifier?: Qualifier | undefined;
};

/** A figure taken from its sources: at least one source and an as-of date. */
export function known<U extends Unit>(unit: U, value: number, meta: KnownMeta): KnownQuantity<U> {
  if (meta.sourceIds.length === 0)
    throw new Error(`A sourced figure needs at least one source (${value} ${unit}); use assumed() or unsourced()`);
  return build(unit, value, meta);
}

function build<U extends Unit>(unit: U, value: number, meta: KnownMeta & { basis?: KnownQuantity['basis'] }): KnownQuantity<U> {
  const q: KnownQuantity<U> = {
    kind: 'known',
    unit,
    value,
    low: meta.low ?? value,
    high: meta.high ?? value,
    asOf: meta.asOf,
    sourceIds: meta.sourceIds,
  };
  if (meta.note !== undefined) q.note = meta.note;
  if (meta.qualifier !== undefined) q.qualifier = meta.qualifier;
  if (meta.basis !== undefined) q.basis = meta.basis;
  assertBounds(q);
  return q;
}

/**
 * A value this site sets rather than takes from a source (a load factor, a what-if case), with
 * what it means in words. `sourceIds` names the sources an assumption rests on, where it rests on any.
 */
export function assumed<U extends Unit>(unit: U, value: number, note: string, sourceIds: string[] = []): KnownQuantity<U> {
  return build(unit, value, { asOf: '', sourceIds, note, basis: 'assumed' });
}

/** A figure someone gave for which no source was found: `why` says so, and nothing may rest on it as if sourced. */
export function unsourced<U extends Unit>(unit: U, value: number, why: string): KnownQuantity<U> {
  return build(unit, value, { asOf: '', sourceIds: [], note: why, basis: 'unsourced' });
}

/** The top of a figure's range as a single value, with its date and sources (the "highest figure sources give"). */
export function highEnd<U extends Unit>(q: KnownQuantity<U>, note: string): KnownQuantity<U> {
  return build(q.unit, q.high, { asOf: q.asOf, sourceIds: q.sourceIds, note, qualifier: q.qualifier, basis: q.basis });
}

export function unknown<U extends Unit>(unit: U, reason: string, sourceIds: string[] = [], asOf?: string): UnknownQuantity<U> {
  const q: UnknownQuantity<U> = { kind: 'unknown', unit, reason, sourceIds };
  if (asOf !== undefined) q.asOf = asOf;
  return q;
}

/** Every source a set of figures rests on, the inputs of derived figures included. */
export function sourceIdsOf(quantities: Quantity[]): string[] {
  const ids = new Set<string>();
  const visit = (q: Quantity) => {
    q.sourceIds.forEach((id) => ids.add(id));
    if (q.kind === 'known') q.derivation?.inputs.forEach((i) => visit(i.quantity));
  };
  quantities.forEach(visit);
  return [...ids];
}

/** The figure in `unit`, or an error naming both units: for data whose unit is only known at run time. */
export function inUnit<U extends Unit>(q: Quantity, unit: U, what: string): Quantity<U> {
  if (q.unit !== unit) throw new Error(`${what}: expected a figure in ${unit}, got ${q.unit}`);
  return q as Quantity<U>;
}

function assertBounds(b: Bounds): void {
  if (![b.value, b.low, b.high].every(Number.isFinite)) {
    throw new Error(`Quantity is not finite: ${b.low}–${b.value}–${b.high}`);
  }
  if (!(b.low <= b.value && b.value <= b.high)) {
    throw new Error(`Quantity range is out of order: low ${b.low}, value ${b.value}, high ${b.high}`);
  }
}

function latest(dates: (string | undefined)[]): string {
  return dates.filter((d): d is string => d !== undefined).reduce((a, b) => (b > a ? b : a), '');
}

function unionSources(qs: Quantity[]): string[] {
  return [...new Set(qs.flatMap((q) => q.sourceIds))];
}

/**
 * Builds a derived quantity from named inputs. If any input is unknown the result is
 * unknown too, and says which input is missing.
 */
type KnownOf<I extends readonly NamedInput[]> = { [K in keyof I]: KnownQuantity };

export function derive<U extends Unit, const I extends readonly NamedInput[]>(
  unit: U,
  given: I,
  compute: (known: KnownOf<I>) => Bounds,
  formula: (known: KnownOf<I>) => string,
  options: { summary?: true } = {},
): Quantity<U> {
  // a computed input enters the arithmetic as it is shown (rounding.ts, rule 4): the equation adds up as displayed
  const inputs = given.map((i) => ({ ...i, quantity: asShown(i.quantity) })) as unknown as I;
  const missing = inputs.find((i) => i.quantity.kind === 'unknown');
  if (missing) {
    const reason = missing.quantity.kind === 'unknown' ? missing.quantity.reason : '';
    return {
      kind: 'unknown',
      unit,
      reason: `Needs ${missing.name}, which is not known: ${reason}`,
      sourceIds: unionSources(inputs.map((i) => i.quantity)),
    };
  }
  const ks = inputs.map((i) => i.quantity) as unknown as KnownOf<I>;
  const list = ks as readonly KnownQuantity[];
  const bounds = compute(ks);
  assertBounds(bounds);
  return {
    kind: 'known',
    unit,
    ...bounds,
    asOf: latest(list.map((k) => k.asOf)),
    sourceIds: unionSources([...list]),
    derivation: {
      formula: formula(ks),
      inputs: [...inputs],
      precision: Math.min(...list.map(precisionOf)),
      ...(options.summary ? { summary: true as const } : {}),
    },
  };
}

/** a ÷ b, with the range running from a.low ÷ b.high to a.high ÷ b.low. */
export function divideBounds(a: Bounds, b: Bounds): Bounds {
  if (b.low <= 0) throw new Error(`Cannot divide by a range that reaches zero (${b.low}–${b.high})`);
  return { value: a.value / b.value, low: a.low / b.high, high: a.high / b.low };
}

export function multiplyBounds(a: Bounds, b: Bounds): Bounds {
  return { value: a.value * b.value, low: a.low * b.low, high: a.high * b.high };
}

/** Applies an increasing function (a unit conversion) to value, low and high. */
export function mapBounds(a: Bounds, f: (x: number) => number): Bounds {
  return { value: f(a.value), low: f(a.low), high: f(a.high) };
}

export function scaleBounds(a: Bounds, factor: number): Bounds {
  if (factor < 0) throw new Error(`Negative scale factor ${factor}`);
  return { value: a.value * factor, low: a.low * factor, high: a.high * factor };
}

/**
 * The spread of several estimates of the same thing: low is the lowest low, high the
 * highest high, and the central value is that of the estimate at `centralIndex`.
 */
export function envelope<U extends Unit>(unit: U, inputs: NamedInput[], centralIndex: number, why: string): Quantity<U> {
  if (inputs[centralIndex] === undefined) throw new Error(`No estimate at index ${centralIndex}`);
  const q = derive(
    unit,
    inputs,
    (ks) => {
      const all = ks as readonly KnownQuantity[];
      return {
        value: (all[centralIndex] as KnownQuantity).value,
        low: Math.min(...all.map((k) => k.low)),
        high: Math.max(...all.map((k) => k.high)),
      };
    },
    () => why,
    { summary: true },
  );
  // the arithmetic of the central estimate is shown; the others are listed by value
  if (q.kind === 'known' && q.derivation !== undefined) q.derivation.expand = [centralIndex];
  // a lower bound every input shares ("more than" in each count) bounds the spread too
  const bounds = new Set(inputs.map((i) => (i.quantity.kind === 'known' ? i.quantity.qualifier : undefined)));
  const [only] = [...bounds];
  if (q.kind === 'known' && bounds.size === 1 && (only === 'more than' || only === 'at least')) q.qualifier = only;
  return q;
}

/**
 * A result that grows with `input` keeps the input's lower bound: "more than 300 MW" gives "more than 219,000
 * households" and "more than 10%" of a load. Only for results that rise with the input (it is in a numerator).
 */
export function keepsLowerBound<U extends Unit>(input: Quantity, result: Quantity<U>): Quantity<U> {
  if (input.kind !== 'known' || result.kind !== 'known') return result;
  return input.qualifier === 'more than' || input.qualifier === 'at least' ? { ...result, qualifier: input.qualifier } : result;
}

/** The same derived quantity, marked as exact: as precise as its inputs, so shown unrounded (a sum of sourced figures). */
export function asExact<U extends Unit>(q: Quantity<U>): Quantity<U> {
  return q.kind === 'known' && q.derivation !== undefined ? { ...q, derivation: { ...q.derivation, exact: true } } : q;
}
