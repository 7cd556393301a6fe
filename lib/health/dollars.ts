/**
 * Dollar values per ton, brought to one dollar year. A value is taken as its source gives it (dollars of
 * its own year, per short ton or per metric tonne), converted to the short ton where needed, then
 * multiplied by a CPI-U factor (the target year's index ÷ the value's year's), shown as its own step.
 * Only values in 2025 dollars (units `USD2025…`) are ever added up: a sum across dollar years cannot be
 * written without passing through here.
 */
import { sumOf } from '../core/compare';
import { formatNumber, formatRange } from '../core/format';
import { asExact, derive, divideBounds, known, type KnownQuantity, mapBounds, type Named, type Quantity } from '../core/quantity';
import { styleFor } from '../core/rounding';
import { METRIC_TONNES_PER_SHORT_TON, perMetricTonneToPerShortTon } from '../core/units';
import { type Case, CASES, HEALTH_DOLLAR_YEAR, type HealthData, type PerTonValue, type Pollutant } from '../data/schemas/health';

/** A figure as it is shown, without its unit: "1.36", for a factor written after "×". */
export function bare(q: KnownQuantity): string {
  return formatNumber(q.value, styleFor(q));
}

/** CPI-U's annual average for a year, with its sources; an error names the year where the data has none. */
export function cpiOf(cpi: HealthData['cpi'], year: number): Named<'CPI-U'> {
  const row = cpi.values.find((v) => v.year === year);
  if (row === undefined) throw new Error(`No CPI-U for ${year} in data/health.json (years: ${cpi.values.map((v) => v.year).join(', ')})`);
  const q = known('CPI-U', row.index, { asOf: String(year), sourceIds: row.sourceIds, note: row.note });
  return { name: `CPI-U, annual average of ${year}`, quantity: q };
}

/** Dollars of `from` into dollars of `to`: CPI-U of `to` ÷ CPI-U of `from`, shown as its own step. */
export function cpiFactor(from: Named<'CPI-U'>, to: Named<'CPI-U'>): Quantity<'ratio'> {
  return derive(
    'ratio',
    [to, from],
    ([t, f]) => divideBounds(t, f),
    ([t, f]) => `${bare(t)} ÷ ${bare(f)}`,
  );
}

/** A value per short ton in its own year's dollars, in 2025 dollars: value × CPI-U factor. */
export function inTargetDollars(value: Named<'USD/short ton'>, factor: Named<'ratio'>): Quantity<'USD2025/short ton'> {
  return derive(
    'USD2025/short ton',
    [value, factor],
    ([v, f]) => ({ value: v.value * f.value, low: v.low * f.value, high: v.high * f.value }),
    ([v, f]) => `${formatRange(v)} × ${bare(f)}`,
  );
}

/** A value per metric tonne as a value per short ton (a short ton is 0.90718474 of a metric tonne), in the same dollars. */
export function perShortTon(value: Named<'USD/metric tonne'>): Quantity<'USD/short ton'> {
  return derive(
    'USD/short ton',
    [value],
    ([v]) => mapBounds(v, perMetricTonneToPerShortTon),
    ([v]) => `${formatRange(v)} × ${formatNumber(METRIC_TONNES_PER_SHORT_TON, { decimals: 8 })} metric tonne per short ton`,
  );
}

/** A value per ton in 2025 dollars, with the published value(s) it comes from. */
export type ResolvedValue = {
  pollutant: Pollutant;
  case: Case | 'cross-check';
  value: Quantity<'USD2025/short ton'>;
  /** The published value, or its fine-particle and ozone parts, each with its source, scope, dollar year and discount rate. */
  records: PerTonValue[];
  /** Who and what, in words: "EPA, industrial point sources, fine particles only (2015 dollars, 3% discount rate)". */
  label: string;
};

const EFFECTS = { 'PM2.5': 'fine particles', ozone: 'ozone' } as const;

function describe(records: PerTonValue[]): string {
  const first = records[0] as PerTonValue;
  const who = first.scope.kind === 'place' ? `EASIUR, ${first.scope.where}` : `EPA, ${first.scope.sector}`;
  const effects = records.length > 1 ? records.map((r) => EFFECTS[r.effects]).join(' and ') : `${EFFECTS[first.effects]} only`;
  const rate = first.discountRate === null ? 'no discount rate stated' : `${formatNumber(first.discountRate * 100)}% discount rate`;
  return `${who}, ${effects} (${first.dollarYear} dollars, ${rate})`;
}

/**
 * The published value(s) of one pollutant and case in 2025 dollars per short ton: the parts (fine particles,
 * ozone) added as published, per metric tonne turned into per short ton, then the CPI-U factor.
 */
export function resolveValue(records: PerTonValue[], cpi: HealthData['cpi']): ResolvedValue {
  const first = records[0];
  if (first === undefined) throw new Error('A dollar value per ton needs at least one published value');
  if (records.some((r) => r.dollarYear !== first.dollarYear || r.per !== first.per || r.pollutant !== first.pollutant))
    throw new Error(
      `${first.pollutant}: values of different dollar years or tons cannot be added before converting (${records.map((r) => r.id).join(', ')})`,
    );
  const what = `${first.pollutant}, ${first.case === 'cross-check' ? 'cross-check' : `${first.case} case`}`;
  const parts = records.map((r) => ({
    name: `${describe([r])}, per ${r.per}`,
    quantity: known(r.per === 'short ton' ? 'USD/short ton' : 'USD/metric tonne', r.dollars, { asOf: r.asOf, sourceIds: r.sourceIds }),
  }));
  const published =
    first.per === 'short ton'
      ? asExact(sumOf('USD/short ton', parts as Named<'USD/short ton'>[]))
      : perShortTon({
          name: `${what}, per metric tonne`,
          quantity: asExact(sumOf('USD/metric tonne', parts as Named<'USD/metric tonne'>[])),
        });
  const factor = cpiFactor(cpiOf(cpi, first.dollarYear), cpiOf(cpi, HEALTH_DOLLAR_YEAR));
  const label = describe(records);
  const value = inTargetDollars(
    { name: `${what}: ${label}, per short ton`, quantity: published },
    { name: `CPI-U factor, ${first.dollarYear} dollars to ${HEALTH_DOLLAR_YEAR} dollars`, quantity: factor },
  );
  return { pollutant: first.pollutant, case: first.case, value, records, label };
}

/** One value per pollutant: a case's, or a place's cross-check. */
export type PerTonValues = Partial<Record<Pollutant, ResolvedValue>>;
export type PerTonCases = Record<Case, PerTonValues>;

function byPollutant(records: PerTonValue[], cpi: HealthData['cpi']): PerTonValues {
  const out: PerTonValues = {};
  for (const p of new Set(records.map((r) => r.pollutant)))
    out[p] = resolveValue(
      records.filter((r) => r.pollutant === p),
      cpi,
    );
  return out;
}

/** The national low, central and high values per pollutant, in 2025 dollars: the same for every place. */
export function nationalCases(health: HealthData): PerTonCases {
  const of = (c: Case) =>
    byPollutant(
      health.perTonValues.filter((v) => v.case === c),
      health.cpi,
    );
  return Object.fromEntries(CASES.map((c) => [c, of(c)])) as PerTonCases;
}

/** A place's own values (EASIUR's grid cell), shown beside the cases as a cross-check; empty where the data has none. */
export function placeValues(health: HealthData, placeId: string): PerTonValues {
  return byPollutant(
    health.perTonValues.filter((v) => v.case === 'cross-check' && v.scope.kind === 'place' && v.scope.placeId === placeId),
    health.cpi,
  );
}

/** EPA's value of a statistical life in 2025 dollars: its published value × the CPI-U factor from its dollar year. */
export function vslIn2025(health: HealthData): Quantity<'USD2025'> {
  const v = health.vsl;
  const factor = cpiFactor(cpiOf(health.cpi, v.dollarYear), cpiOf(health.cpi, HEALTH_DOLLAR_YEAR));
  return derive(
    'USD2025',
    [
      { name: `${v.who} (${v.dollarYear} dollars)`, quantity: known('USD', v.dollars, { asOf: v.asOf, sourceIds: v.sourceIds }) },
      { name: `CPI-U factor, ${v.dollarYear} dollars to ${HEALTH_DOLLAR_YEAR} dollars`, quantity: factor },
    ],
    ([d, f]) => ({ value: d.value * f.value, low: d.low * f.value, high: d.high * f.value }),
    ([d, f]) => `${formatRange(d)} × ${bare(f)}`,
  );
}
