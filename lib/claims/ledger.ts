/**
 * The claims ledger: each public claim about a facility, checked against the data by
 * the same rule, whoever made it. The verdict is computed here from the data files;
 * none is typed in.
 *
 * The rule: the claimed figure is put in the unit of the data (if no conversion exists,
 * the claim confuses two different quantities: a unit error). It is consistent when it
 * falls within the range the data gives, widened by 10% either side because claims are
 * rounded ("about 100,000"); for "more than X", when the data's range reaches X; for "up to X",
 * when the data's range starts at or below X. It cannot be checked when a figure it needs is not
 * known or has no source.
 */
import { claimContext } from './context';
import { resolveRef } from './refs';
import { formatDate, formatNumber, formatRange, formatValue, styleFor } from '../core/format';
import { householdsAcrossBaselines, loadFactorFor } from '../power/power';
import { shareOf } from '../core/compare';
import {
  derive,
  divideBounds,
  envelope,
  hasRange,
  inUnit,
  known,
  type KnownQuantity,
  multiplyBounds,
  type NamedInput,
  type Qualifier,
  type Quantity,
  unsourced,
} from '../core/quantity';
import type { Claim, ClaimsFile, Operand } from '../data/schemas/claims';
import { convert, productUnit, quotientUnit, UNITS, type Unit } from '../core/units';
import type { RefContext } from './refs';
import { splitRef, stateAt } from '../data/claim-refs';
import type { FacilityStateKey } from '../data/schemas/facility';

export const ROUNDING_TOLERANCE = 0.1;

export const VERDICTS = ['consistent', 'inconsistent', 'cannot be checked'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type Judgement = { verdict: Verdict; reason: string };

/** One figure from the data that the claim is compared with, and how the claim fares against it alone (when that means something). */
export type CheckRow = NamedInput & Partial<Judgement>;

export type ClaimResult = Judgement & {
  claim: Claim;
  /** The claim's figure, with the claim's own source and date. */
  claimed: KnownQuantity;
  /** What the data says: one figure, or the spread of the rows. */
  figure: Quantity;
  rows: CheckRow[];
  /**
   * Why the check cannot stand on its own, each in a phrase: a figure with no source, or the
   * claimant's own figure (a check against it would be circular).
   */
  weak: string[];
  /**
   * Where the claim is checked against the estimates of its own time and a later estimate of the
   * same figure exists: that estimate, and how the claim compares with it, in words. The verdict
   * stays that of the claim's own time.
   */
  latest?: { quantity: KnownQuantity; text: string };
};

type Resolved = { input: NamedInput; weak?: string };

function operand(o: Operand, ctx: RefContext): Resolved {
  if ('ref' in o) {
    const q = resolveRef(o.ref, ctx);
    if (typeof q === 'string') throw new Error(`Claim reference ${o.ref}: ${q}`);
    const input = { name: o.label, quantity: q };
    return o.claimantsOwn === undefined
      ? { input }
      : { input, weak: `the claimant's own figure, so the check would be circular (${o.label}: ${o.claimantsOwn})` };
  }
  if ('unsourced' in o) {
    return {
      input: { name: o.label, quantity: unsourced(o.unit, o.value, o.unsourced) },
      weak: `a figure with no source (${o.label}: ${o.unsourced})`,
    };
  }
  return { input: { name: o.label, quantity: known(o.unit, o.value, o) } };
}

/** The unit of a product or quotient of two operands; the data check has already refused a pair with none. */
function unitOf(unit: Unit | undefined, what: string): Unit {
  if (unit === undefined) throw new Error(`${what} gives no unit this site knows`);
  return unit;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** How far the claim is from the data: "about 2.9 times the data's figure", or a span where the data is a range. */
export function describeRatio(claimed: number, data: { value: number; low: number; high: number }): string {
  const times = (r: number) => formatNumber(r, { significantFigures: 2 });
  const percent = (r: number) => formatNumber(r * 100, { significantFigures: 2 });
  if (data.low !== data.high && data.low > 0) {
    const [a, b] = [claimed / data.high, claimed / data.low];
    if (a >= 1) return times(a) === times(b) ? `about ${times(a)} times the data's figures` : `about ${times(a)} to ${times(b)} times the data's figures`;
    if (b < 1) return percent(a) === percent(b) ? `about ${percent(a)}% of the data's figures` : `about ${percent(a)}% to ${percent(b)}% of the data's figures`;
  }
  const r = claimed / data.value;
  if (r >= 1) return `about ${times(r)} times the data's figure`;
  return `about ${percent(r)}% of the data's figure`;
}

/** The one rule every claim is held to (see the top of this file). */
export function judge(claimed: KnownQuantity, qualifier: Qualifier | undefined, figure: Quantity, weak: string[] = []): Judgement {
  if (figure.kind === 'unknown') return { verdict: 'cannot be checked', reason: figure.reason };
  const low = convert(claimed.low, claimed.unit, figure.unit);
  const high = convert(claimed.high, claimed.unit, figure.unit);
  const value = convert(claimed.value, claimed.unit, figure.unit);
  if (low === undefined || high === undefined || value === undefined) {
    const c = UNITS[claimed.unit];
    const d = UNITS[figure.unit];
    return {
      verdict: 'inconsistent',
      reason: `A unit error: the claim is in ${c.long} (${article(c.kind)} ${c.kind}), but the figure it describes is in ${d.long} (${article(d.kind)} ${d.kind}); one cannot be turned into the other.`,
    };
  }
  const data = formatRange(figure, styleFor(figure));
  if (weak.length > 0) {
    return {
      verdict: 'cannot be checked',
      reason: `The arithmetic gives ${data}, but it rests on ${weak.join('; and on ')}.`,
    };
  }
  const lo = figure.low * (1 - ROUNDING_TOLERANCE);
  const hi = figure.high * (1 + ROUNDING_TOLERANCE);
  const asClaimed = formatRange(claimed, { significantFigures: 3 });
  const shown = claimed.unit === figure.unit ? asClaimed : `${asClaimed} (${formatValue(value, figure.unit, { significantFigures: 3 })})`;
  if (qualifier === 'more than' || qualifier === 'at least') {
    return hi >= low
      ? { verdict: 'consistent', reason: `The data gives ${data}: it reaches ${qualifier} ${shown} (allowing 10% for rounding).` }
      : { verdict: 'inconsistent', reason: `The data gives ${data}: short of the claimed ${shown} even allowing 10% for rounding.` };
  }
  if (qualifier === 'up to') {
    return lo <= high
      ? { verdict: 'consistent', reason: `The data gives ${data}: within "up to ${shown}" (allowing 10% for rounding).` }
      : { verdict: 'inconsistent', reason: `The data gives ${data}: above the claimed "up to ${shown}" even allowing 10% for rounding.` };
  }
  const within = hasRange(figure) ? 'is within' : 'matches';
  return low <= hi && high >= lo
    ? { verdict: 'consistent', reason: `The claimed ${shown} ${within} the data's ${data} (allowing 10% for rounding).` }
    : {
        verdict: 'inconsistent',
        reason: `The claimed ${shown} is outside the data's ${data}, even allowing 10% for rounding: ${describeRatio(value, figure)}.`,
      };
}

function claimedQuantity(
  claim: Claim,
  c: { value: number; low?: number; high?: number; unit: Unit; qualifier?: Qualifier },
): KnownQuantity {
  return known(c.unit, c.value, { low: c.low, high: c.high, qualifier: c.qualifier, asOf: claim.date, sourceIds: claim.sourceIds });
}

function spread(unit: Unit, inputs: NamedInput[], why: string): Quantity {
  if (inputs.length === 1) return (inputs[0] as NamedInput).quantity;
  return envelope(unit, inputs, 0, why);
}

function rowsFor(claimed: KnownQuantity, inputs: NamedInput[], weak: string[]): CheckRow[] {
  return inputs.map((input) => ({ ...input, ...judge(claimed, claimed.qualifier, input.quantity, weak) }));
}

/**
 * The latest estimate of the one facility figure a claim is checked against (every row a
 * `state:<key>@<date>` of the same key), when it is later than every row: for "the first gigawatt"
 * of January 2026, Epoch AI's estimate of July 2026.
 */
function latestEstimate(claimed: KnownQuantity, against: Operand[], inputs: NamedInput[], ctx: RefContext): ClaimResult['latest'] {
  const refs = against.map((o) => ('ref' in o ? splitRef(o.ref) : undefined));
  const key = refs[0]?.path;
  if (key === undefined || refs.some((r) => r === undefined || r.kind !== 'state' || r.path !== key)) return undefined;
  const latest = stateAt(ctx, key as FacilityStateKey, '9999-12-31');
  if (latest?.kind !== 'known') return undefined;
  if (inputs.some((i) => i.quantity.kind === 'known' && i.quantity.asOf >= latest.asOf)) return undefined;
  const value = convert(claimed.value, claimed.unit, latest.unit);
  if (value === undefined) return undefined;
  const shown = formatRange(claimed, { significantFigures: 3 });
  const { verdict } = judge(claimed, claimed.qualifier, latest);
  const how =
    verdict === 'consistent'
      ? `is consistent with the claimed ${shown} (allowing 10% for rounding)`
      : latest.low > value
        ? `is above the claimed ${shown}`
        : `is below the claimed ${shown}`;
  return { quantity: latest, text: `The latest estimate, ${formatRange(latest, styleFor(latest))} (${formatDate(latest.asOf)}), ${how}.` };
}

function outcome(claim: Claim, claimed: KnownQuantity, figure: Quantity, rows: CheckRow[], weak: string[]): ClaimResult {
  return { claim, claimed, figure, rows, weak, ...judge(claimed, claimed.qualifier, figure, weak) };
}

export function checkClaim(claim: Claim, ctx: RefContext): ClaimResult {
  const c = claim.check;
  switch (c.kind) {
    case 'figure': {
      const resolved = c.against.map((o) => operand(o, ctx));
      const weak = resolved.flatMap((r) => (r.weak ? [r.weak] : []));
      const inputs = resolved.map((r) => r.input);
      const claimed = claimedQuantity(claim, c.claimed);
      const unit = (inputs[0] as NamedInput).quantity.unit;
      const figure = spread(unit, inputs, 'the spread of the figures in the data');
      const latest = latestEstimate(claimed, c.against, inputs, ctx);
      const result = outcome(claim, claimed, figure, inputs.length > 1 ? rowsFor(claimed, inputs, weak) : [], weak);
      return latest === undefined ? result : { ...result, latest };
    }
    case 'homes': {
      // at full use all year (load factor 1), by every household baseline: the same arithmetic as the pages
      const power = operand(c.power, ctx);
      const weak = power.weak ? [power.weak] : [];
      const { overall, byBaseline } = householdsAcrossBaselines(
        { name: power.input.name, quantity: inUnit(power.input.quantity, 'MW', `claim ${claim.id}: power`) },
        loadFactorFor(1),
        ctx.place.householdBaselines,
        ctx.place.defaultHouseholdBaselineId,
      );
      const inputs = byBaseline.map(({ baseline, households }) => ({
        name: `homes by the ${baseline.label}`,
        quantity: households as Quantity,
      }));
      const claimed = claimedQuantity(claim, c.claimed);
      return outcome(claim, claimed, overall, rowsFor(claimed, inputs, weak), weak);
    }
    case 'share': {
      const part = operand(c.part, ctx);
      const wholes = c.wholes.map((o) => operand(o, ctx));
      const weak = [part, ...wholes].flatMap((r) => (r.weak ? [r.weak] : []));
      const inputs = wholes.map((w) => ({ name: `share of ${w.input.name}`, quantity: shareOf(part.input, w.input) as Quantity }));
      const claimed = claimedQuantity(claim, c.claimed);
      const figure = spread('share', inputs, 'the spread of the shares');
      return outcome(claim, claimed, figure, inputs.length > 1 ? rowsFor(claimed, inputs, weak) : [], weak);
    }
    case 'product': {
      const [a, b] = c.factors.map((o) => operand(o, ctx)) as [Resolved, Resolved];
      const weak = [a, b].flatMap((r) => (r.weak ? [r.weak] : []));
      const claimed = claimedQuantity(claim, c.claimed);
      const figure = derive(
        unitOf(productUnit(a.input.quantity.unit, b.input.quantity.unit), `claim ${claim.id}: the product`),
        [a.input, b.input],
        ([x, y]) => multiplyBounds(x, y),
        ([x, y]) => `${formatRange(x)} × ${formatRange(y)}`,
      );
      return outcome(claim, claimed, figure, [], weak);
    }
    case 'ratio': {
      const n = operand(c.numerator, ctx);
      const d = operand(c.denominator, ctx);
      const weak = [n, d].flatMap((r) => (r.weak ? [r.weak] : []));
      const claimed = claimedQuantity(claim, c.claimed);
      const figure = derive(
        unitOf(quotientUnit(n.input.quantity.unit, d.input.quantity.unit), `claim ${claim.id}: the ratio`),
        [n.input, d.input],
        ([x, y]) => divideBounds(x, y),
        ([x, y]) => `${formatRange(x)} ÷ ${formatRange(y)}`,
      );
      return outcome(claim, claimed, figure, [], weak);
    }
    case 'per unit': {
      const claimedTotal = {
        name: 'claimed total',
        quantity: known(c.total.unit, c.total.value, { asOf: claim.date, sourceIds: claim.sourceIds }),
      };
      const claimedCount = {
        name: 'claimed count',
        quantity: known(c.count.unit, c.count.value, { asOf: claim.date, sourceIds: claim.sourceIds }),
      };
      const perUnit = derive(
        c.perUnit,
        [claimedTotal, claimedCount],
        ([t, n]) => divideBounds(t, n),
        ([t, n]) => `${formatRange(t)} ÷ ${formatRange(n)}`,
      );
      if (perUnit.kind !== 'known') throw new Error('a claimed total and count are always known');
      const resolved = c.against.map((o) => operand(o, ctx));
      const weak = resolved.flatMap((r) => (r.weak ? [r.weak] : []));
      const inputs = resolved.map((r) => r.input);
      const figure = spread(c.perUnit, inputs, 'from the lowest to the highest rating in the data');
      // each rating alone is not a test: a site can mix turbine models, so only the spread is
      return outcome(claim, perUnit, figure, inputs.length > 1 ? inputs : [], weak);
    }
  }
}

export type ClaimsLedger = {
  facilityId: string;
  results: ClaimResult[];
  notFigures: ClaimsFile['notFigures'];
  counts: Record<Verdict, number>;
};

/** How many of the results have each verdict, counted from the verdicts themselves. */
export function countVerdicts(results: readonly ClaimResult[]): Record<Verdict, number> {
  return Object.fromEntries(VERDICTS.map((v) => [v, results.filter((r) => r.verdict === v).length])) as Record<Verdict, number>;
}

export function ledgerFor(file: ClaimsFile, ctx: RefContext): ClaimsLedger {
  const results = file.claims.map((claim) => checkClaim(claim, ctx));
  return { facilityId: file.facilityId, results, notFigures: file.notFigures, counts: countVerdicts(results) };
}

/** The ledger of a facility, or undefined when it has no claims file. */
export function getClaims(facilityId: string): ClaimsLedger | undefined {
  const found = claimContext(facilityId);
  return found === undefined ? undefined : ledgerFor(found.file, found.ctx);
}
