/**
 * The tons and dollars set against things people know: the area's largest sources of NOx (from EPA's
 * inventory, as the data gives them), dollars per resident of the county, and how far apart the
 * sources' tons are.
 */
import { formatRange } from '../core/format';
import { derive, divideBounds, type KnownQuantity, mapBounds, type Named, type Quantity } from '../core/quantity';
import { KWH_PER_MWH } from '../core/units';
import { asShown, ratioInWords } from '../core/rounding';

export type SourceComparison = {
  name: string;
  tons: Quantity<'short tons/yr'>;
  /** The scenario's NOx as a multiple of this source's. */
  times: Quantity<'ratio'>;
  /** "about 8% of Memphis International Airport's"; undefined where a figure is not known. */
  inWords: string | undefined;
};

export type AgainstSources = {
  /** The inventory the sources come from, the area it covers, and where it was read. */
  inventory: { inventory: string; area: string; reportedVia?: string | undefined };
  rows: SourceComparison[];
  /** Where the tons would rank among the sources by their central value (1: the largest); undefined where not known. */
  rank: number | undefined;
  of: number;
};

/** a ÷ b in the same unit, as a ratio with its arithmetic. */
export function ratioOf(a: Named<'short tons/yr'>, b: Named<'short tons/yr'>): Quantity<'ratio'> {
  return derive(
    'ratio',
    [a, b],
    ([x, y]) => divideBounds(x, y),
    ([x, y]) => `${formatRange(x)} ÷ ${formatRange(y)}`,
  );
}

const words = (q: Quantity<'ratio'>, of: string) => (q.kind === 'known' && q.value > 0 ? ratioInWords(asShown(q).value, of) : undefined);

/** NOx tons a year against each of the area's largest sources, and where they would rank among them. */
export function againstSources(
  nox: Named<'short tons/yr'>,
  list: AgainstSources['inventory'] & { sources: { name: string; tonsPerYear: Quantity<'short tons/yr'> }[] },
): AgainstSources {
  const { sources, ...inventory } = list;
  const rows = sources.map((s) => {
    const times = ratioOf(nox, { name: `NOx of ${s.name}`, quantity: s.tonsPerYear });
    return { name: s.name, tons: s.tonsPerYear, times, inWords: words(times, s.name) };
  });
  const n = nox.quantity;
  const rank =
    n.kind === 'known' && sources.every((s) => s.tonsPerYear.kind === 'known')
      ? 1 + sources.filter((s) => (s.tonsPerYear as KnownQuantity).value > n.value).length
      : undefined;
  return { inventory, rows, rank, of: sources.length };
}

/** Dollars a year for each resident of a county: damage ÷ people (an illustration of scale: the harm falls across the region). */
export function perResident(total: Named<'USD2025/yr'>, people: Named<'people'>): Quantity<'USD2025/person/yr'> {
  return derive(
    'USD2025/person/yr',
    [total, people],
    ([d, p]) => divideBounds(d, p),
    ([d, p]) => `${formatRange(d)} ÷ ${formatRange(p)}`,
  );
}

/**
 * Dollars of health damage for each kWh the turbines make: damage a year ÷ their electricity a year. Set
 * beside what a kWh costs, it says how large the cost that neighbours bear is against the power's price.
 */
export function perKwh(total: Named<'USD2025/yr'>, energy: Named<'MWh/yr'>): Quantity<'USD2025/kWh'> {
  return derive(
    'USD2025/kWh',
    [total, energy],
    ([d, e]) => mapBounds(divideBounds(d, e), (perMwh) => perMwh / KWH_PER_MWH),
    ([d, e]) => `${formatRange(d)} ÷ (${formatRange(e)} × 1,000 kWh per MWh)`,
  );
}

/** A county's households, estimated: its residents ÷ its state's persons per household (the Census Bureau's ACS). */
export function countyHouseholds(people: Named<'people'>, size: Named<'people/household'>): Quantity<'households'> {
  return derive(
    'households',
    [people, size],
    ([p, n]) => divideBounds(p, n),
    ([p, n]) => `${formatRange(p)} ÷ ${formatRange(n)}`,
  );
}

/** Dollars a year for each household of the county (or counties): damage ÷ households. */
export function perHousehold(total: Named<'USD2025/yr'>, households: Named<'households'>): Quantity<'USD2025/household/yr'> {
  return derive(
    'USD2025/household/yr',
    [total, households],
    ([d, h]) => divideBounds(d, h),
    ([d, h]) => `${formatRange(d)} ÷ ${formatRange(h)}`,
  );
}

export type Spread = {
  lowest: Named<'short tons/yr'>;
  highest: Named<'short tons/yr'>;
  times: Quantity<'ratio'>;
  inWords: string | undefined;
};

/** How far apart figures of the same tons are: the highest central value ÷ the lowest; undefined with fewer than two known. */
export function spreadOf(figures: Named<'short tons/yr'>[]): Spread | undefined {
  const knownOnes = figures.filter((f) => f.quantity.kind === 'known' && f.quantity.value > 0);
  if (knownOnes.length < 2) return undefined;
  const value = (f: Named<'short tons/yr'>) => (f.quantity as KnownQuantity).value;
  const lowest = knownOnes.reduce((a, f) => (value(f) < value(a) ? f : a));
  const highest = knownOnes.reduce((a, f) => (value(f) > value(a) ? f : a));
  const times = ratioOf(highest, lowest);
  return { lowest, highest, times, inWords: words(times, 'the lowest') };
}
