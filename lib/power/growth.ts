/**
 * A facility's figures over time, for the growth charts and their tables: one point per dated
 * event, the series that changed there, and one sentence per chart written from the same points.
 */
import { formatDate, formatValue } from '../core/format';
import { isKnown, type KnownQuantity, type Qualifier, type Quantity } from '../core/quantity';
import type { Facility, TimelineEvent } from '../data/schemas/facility';
import { isoDateToUtcMs, reportedTurbineMw, statesOverTime } from '../data/timeline';
import { citedSourceIdsOf } from '../data/event-dating';
import { siteEstimateMw } from './power';

export type GrowthPoint = {
  /** UTC milliseconds, for the chart's time axis. */
  t: number;
  date: string;
  title: string;
  /** The sources of the event. */
  sourceIds: string[];
  gridSupplied: number | null;
  gridApproved: number | null;
  claimed: number | null;
  estimated: number | null;
  turbinesReported: number | null;
  turbinesPermitted: number | null;
  gpus: number | null;
  battery: number | null;
  /** Series whose value changed at this event (the chart marks only these). */
  changed: SeriesOf[];
  /** Series whose value here is our calculation, with its formula. */
  derived: Partial<Record<SeriesOf, string>>;
  /** Series whose source gives a bound or an approximation here ("more than"). */
  qualified: Partial<Record<SeriesOf, Qualifier>>;
};

const SERIES_KEYS = [
  'gridSupplied',
  'gridApproved',
  'claimed',
  'estimated',
  'turbinesReported',
  'turbinesPermitted',
  'gpus',
  'battery',
] as const;
export type SeriesOf = (typeof SERIES_KEYS)[number];

/** The power series of the growth chart and its table. */
export const GROWTH_POWER_SERIES = [
  'gridSupplied',
  'gridApproved',
  'claimed',
  'estimated',
  'turbinesReported',
  'turbinesPermitted',
] as const satisfies SeriesOf[];

const numberOrNull = (q: Quantity | undefined): number | null => (q !== undefined && isKnown(q) ? q.value : null);

export function growthPoints(facility: Facility, pue: Quantity<'ratio'>): GrowthPoint[] {
  const points: GrowthPoint[] = [];
  for (const { event, state } of statesOverTime(facility)) {
    const turbines = reportedTurbineMw(state);
    const quantities: Record<SeriesOf, Quantity | undefined> = {
      gridSupplied: state.gridPowerSuppliedMw,
      gridApproved: state.gridPowerApprovedMw,
      claimed: state.claimedPowerMw,
      estimated: siteEstimateMw(state, pue),
      turbinesReported: turbines,
      turbinesPermitted: state.onsiteTurbinesPermittedMw,
      gpus: state.gpuCount,
      battery: state.batteryPowerMw,
    };
    const values = Object.fromEntries(SERIES_KEYS.map((k) => [k, numberOrNull(quantities[k])])) as Record<SeriesOf, number | null>;
    const prev = points[points.length - 1];
    const derived: GrowthPoint['derived'] = {};
    const qualified: GrowthPoint['qualified'] = {};
    for (const k of SERIES_KEYS) {
      const q = quantities[k];
      if (q !== undefined && isKnown(q) && q.derivation !== undefined) derived[k] = q.derivation.formula;
      if (q !== undefined && isKnown(q) && q.qualifier !== undefined) qualified[k] = q.qualifier;
    }
    points.push({
      t: isoDateToUtcMs(event.date),
      date: event.date,
      title: event.title,
      sourceIds: citedSourceIdsOf(event),
      ...values,
      changed: SERIES_KEYS.filter((k) => values[k] !== null && values[k] !== (prev ? prev[k] : null)),
      derived,
      qualified,
    });
  }
  return points;
}

/** Each formula behind a computed value of these series, once (for the footnote under a table of the points). */
export function formulasOf(points: GrowthPoint[], keys: readonly SeriesOf[]): string[] {
  return [...new Set(points.flatMap((p) => keys.flatMap((k) => (p.derived[k] === undefined ? [] : [p.derived[k]]))))];
}

/** The first point with a value, the point where the final value was reached, and the highest point. */
export function firstAndLast(points: GrowthPoint[], key: SeriesOf) {
  const withValue = points.filter((p) => p[key] !== null);
  const first = withValue[0];
  const last = [...points].reverse().find((p) => p.changed.includes(key));
  const peak = withValue.reduce<GrowthPoint | undefined>((a, p) => (a === undefined || (p[key] ?? 0) > (a[key] ?? 0) ? p : a), undefined);
  return { first, last, peak };
}

/** One sentence per chart, written from the same points the chart draws. */
export function describeGrowth(points: GrowthPoint[]): { power: string; gpus: string } {
  const mw = (n: number | null) => formatValue(n ?? 0, 'MW');
  // a value we computed (an IT power estimate × PUE) is rounded, as computed figures are
  const est = (p: GrowthPoint) =>
    p.derived.estimated === undefined ? mw(p.estimated) : `about ${formatValue(p.estimated ?? 0, 'MW', { significantFigures: 3 })}`;
  const when = (p: GrowthPoint) => formatDate(p.date);
  const grid = firstAndLast(points, 'gridSupplied');
  const approved = firstAndLast(points, 'gridApproved');
  const reported = firstAndLast(points, 'turbinesReported');
  const permitted = firstAndLast(points, 'turbinesPermitted');
  const parts: string[] = [];
  if (grid.first && grid.last)
    parts.push(
      `Grid power in service rose from ${mw(grid.first.gridSupplied)} (${when(grid.first)}) to ${mw(grid.last.gridSupplied)} (${when(grid.last)})`,
    );
  if (approved.last) parts.push(`the grid power approved reached ${mw(approved.last.gridApproved)} (${when(approved.last)})`);
  if (reported.peak) parts.push(`gas turbines reported on site peaked at ${mw(reported.peak.turbinesReported)} (${when(reported.peak)})`);
  if (permitted.last) parts.push(`${mw(permitted.last.turbinesPermitted)} of turbines are permitted (${when(permitted.last)})`);
  const claimed = firstAndLast(points, 'claimed');
  const estimated = firstAndLast(points, 'estimated');
  if (claimed.last) {
    const bound = claimed.last.qualified.claimed;
    parts.push(`the company's claim reached ${bound ? `${bound} ` : ''}${mw(claimed.last.claimed)} (${when(claimed.last)})`);
  }
  if (estimated.first && estimated.last)
    parts.push(
      estimated.first === estimated.last
        ? `independent analysts estimated ${est(estimated.last)} (${when(estimated.last)})`
        : `independent estimates went from ${est(estimated.first)} (${when(estimated.first)}) to ${est(estimated.last)} (${when(estimated.last)})`,
    );
  const power = parts.length > 0 ? `${parts.join('; ')}.` : 'No power figures are recorded for this facility.';
  const g = firstAndLast(points, 'gpus');
  const gpus =
    g.first && g.last
      ? `The GPU count went from ${formatValue(g.first.gpus ?? 0, 'GPUs')} (${when(g.first)}) to ${formatValue(g.last.gpus ?? 0, 'GPUs')} (${when(g.last)}).`
      : 'No GPU counts are recorded for this facility.';
  return { power: power.charAt(0).toUpperCase() + power.slice(1), gpus };
}

/** The largest turbine capacity reported on site (up to `upTo`), with the event that reported it. */
export function peakReportedTurbines(facility: Facility, upTo?: string): { power: Quantity<'MW'>; event: TimelineEvent } | undefined {
  let best: { power: KnownQuantity<'MW'>; event: TimelineEvent } | undefined;
  for (const { event, state } of statesOverTime(facility, upTo)) {
    const q = reportedTurbineMw(state);
    if (q !== undefined && isKnown(q) && (best === undefined || q.value > best.power.value)) best = { power: q, event };
  }
  return best;
}
