/**
 * Air concerns as arithmetic: the CO2 of the same energy taken from the grid, a tonnage in
 * metric tonnes, an estimate as a multiple of the permit's cap, and the turbine counts over
 * time. Tons here are short tons (2,000 lb), the unit of the air permit.
 */
import { formatNumber, formatRange } from '../core/format';
import { derive, divideBounds, mapBounds, type Named, type Quantity } from '../core/quantity';
import type { Facility, TimelineEvent } from '../data/schemas/facility';
import { statesOverTime } from '../data/timeline';
import { LB_PER_METRIC_TONNE, LB_PER_SHORT_TON, lbPerMwhToShortTonsPerYear, shortTonsToMetricTonnes } from '../core/units';

/** Tons a year emitted for `energy` at a grid's rate of pounds per MWh: energy × rate ÷ 2,000 lb per short ton. */
export function gridEmissions(energy: Named<'MWh/yr'>, rate: Named<'lb/MWh'>): Quantity<'short tons/yr'> {
  return derive(
    'short tons/yr',
    [energy, rate],
    ([e, r]) => ({
      value: lbPerMwhToShortTonsPerYear(e.value, r.value),
      low: lbPerMwhToShortTonsPerYear(e.low, r.low),
      high: lbPerMwhToShortTonsPerYear(e.high, r.high),
    }),
    ([e, r]) => `${formatRange(e)} × ${formatRange(r)} ÷ ${formatNumber(LB_PER_SHORT_TON)} lb per short ton`,
  );
}

/** The same mass in metric tonnes (1,000 kg), as most international and EPA greenhouse-gas figures are given. */
export function inMetricTonnes(tons: Named<'short tons/yr'>): Quantity<'tonnes/yr'> {
  return derive(
    'tonnes/yr',
    [tons],
    ([t]) => mapBounds(t, shortTonsToMetricTonnes),
    ([t]) =>
      `${formatRange(t)} × ${formatNumber(LB_PER_SHORT_TON)} lb ÷ ${formatNumber(LB_PER_METRIC_TONNE)} lb per metric tonne`,
  );
}

/** An estimate as a multiple of a cap in the same unit (how many times the cap it is). */
export function timesCap(estimate: Named<'short tons/yr'>, cap: Named<'short tons/yr'>): Quantity<'ratio'> {
  return derive(
    'ratio',
    [estimate, cap],
    ([e, c]) => divideBounds(e, c),
    ([e, c]) => `${formatRange(e)} ÷ ${formatRange(c)}`,
  );
}

export type TurbineRow = {
  event: TimelineEvent;
  reportedCount: Quantity<'turbines'> | undefined;
  reportedMw: Quantity<'MW'> | undefined;
  /** Turbines seen or reported running at one time, where a report gives that apart from those on site. */
  runningCount: Quantity<'turbines'> | undefined;
  permittedCount: Quantity<'turbines'> | undefined;
  permittedMw: Quantity<'MW'> | undefined;
};

const TURBINE_KEYS = [
  'onsiteTurbinesReportedCount',
  'onsiteTurbinesReportedMw',
  'onsiteTurbinesRunningCount',
  'onsiteTurbinesPermittedCount',
  'onsiteTurbinesPermittedMw',
] as const;

/**
 * The gas turbines on site after each event that changed a turbine figure, up to `upTo`:
 * the number reported running and the number permitted, with their capacity. A figure
 * an event does not change carries forward from the event before.
 */
export function turbineHistory(facility: Facility, upTo?: string): TurbineRow[] {
  return statesOverTime(facility, upTo)
    .filter(({ event }) => TURBINE_KEYS.some((k) => event.changes[k] !== undefined))
    .map(({ event, state }) => ({
      event,
      reportedCount: state.onsiteTurbinesReportedCount,
      reportedMw: state.onsiteTurbinesReportedMw,
      runningCount: state.onsiteTurbinesRunningCount,
      permittedCount: state.onsiteTurbinesPermittedCount,
      permittedMw: state.onsiteTurbinesPermittedMw,
    }));
}

/**
 * A multiple of a cap as a resident would say it, rounded: "about 24 times", "about twice",
 * "about 1.5 times", "a little over". Whole numbers from 3 up, halves below; `undefined` at or
 * under the cap (within 5%), which the caller words itself.
 */
export function multipleInWords(times: number): string | undefined {
  if (!Number.isFinite(times) || times < 0) throw new Error(`Not a multiple: ${times}`);
  if (times < 1.05) return undefined;
  if (times < 1.25) return 'a little over';
  const rounded = times < 3 ? Math.round(times * 2) / 2 : Math.round(times);
  return rounded === 2 ? 'about twice' : `about ${formatNumber(rounded)} times`;
}

/** Where a multiple falls against the cap: under it, about at it (within 5%), or over it. */
function side(times: number): 'under' | 'at' | 'over' {
  return times < 0.95 ? 'under' : times < 1.05 ? 'at' : 'over';
}

/**
 * Figures set against a cap, in words, from the lowest multiple to the highest: "about 14 to 23
 * times the cap", "from under the cap to about 24 times it", "about twice the cap", "under the cap".
 */
export function againstCapInWords(lowest: number, highest: number): string {
  if (lowest > highest) throw new Error(`The lowest multiple (${lowest}) is above the highest (${highest})`);
  const [a, b] = [side(lowest), side(highest)];
  const top = multipleInWords(highest);
  if (b === 'under') return 'under the cap';
  if (b === 'at') return a === 'at' ? 'about the same as the cap' : 'from under the cap to about the cap';
  if (a !== 'over') return `from ${a === 'under' ? 'under' : 'about'} the cap to ${top} it`;
  const bottom = multipleInWords(lowest);
  if (bottom === top) return `${top} the cap`;
  // "about 14 to 24 times": both ends whole numbers or halves, said once
  const n = (x: number) => (x < 3 ? Math.round(x * 2) / 2 : Math.round(x));
  if (lowest >= 1.25) return `about ${formatNumber(n(lowest))} to ${formatNumber(n(highest))} times the cap`;
  return `from ${bottom} the cap to ${top} it`;
}
