/**
 * The facility's history as a series of dated states: each event changes some
 * figures, and every other figure carries forward from the event before.
 */
import { derive, multiplyBounds, type Quantity } from '../core/quantity';
import type { Facility, FacilityStateChanges, FacilityStateKey, TimelineEvent } from './schemas/facility';
import { formatValue } from '../core/format';

export type FacilityState = FacilityStateChanges;

export type DatedState = { event: TimelineEvent; state: FacilityState };

/**
 * The facility's state after each event, up to and including `upTo` (an ISO date) when
 * given. An event dated only by month or year counts from the start of that month or year.
 */
export function statesOverTime(facility: Facility, upTo?: string): DatedState[] {
  let state: FacilityState = {};
  return facility.timeline
    .filter((event) => upTo === undefined || event.date <= upTo)
    .map((event) => {
      state = { ...state, ...event.changes };
      return { event, state };
    });
}

export function latestState(facility: Facility, upTo?: string): DatedState {
  const all = statesOverTime(facility, upTo);
  const last = all[all.length - 1];
  if (last === undefined) throw new Error(`Facility "${facility.id}" has no event on or before ${upTo ?? 'today'}`);
  return last;
}

/** The most recent event (up to `upTo`) that set `key`, i.e. where the current value of `key` comes from. */
export function lastChangeOf(facility: Facility, key: FacilityStateKey, upTo?: string): TimelineEvent | undefined {
  return facility.timeline.findLast((e) => e.changes[key] !== undefined && (upTo === undefined || e.date <= upTo));
}

/**
 * Capacity of the gas turbines reported on site: the published total where there is
 * one, otherwise our product of the reported count and one turbine's rating.
 */
export function reportedTurbineMw(state: FacilityState): Quantity<'MW'> | undefined {
  if (state.onsiteTurbinesReportedMw !== undefined) return state.onsiteTurbinesReportedMw;
  const count = state.onsiteTurbinesReportedCount;
  const unitMw = state.onsiteTurbineUnitMw;
  if (count === undefined || unitMw === undefined) return undefined;
  return derive(
    'MW',
    [
      { name: 'turbines reported on site', quantity: count },
      { name: 'capacity of one turbine', quantity: unitMw },
    ],
    ([c, u]) => multiplyBounds(c, u),
    ([c, u]) => `${formatValue(c.value, 'turbines')} × ${formatValue(u.value, 'MW/turbine')} (our arithmetic; no total was published)`,
  );
}

/** ISO date (possibly partial) → milliseconds at the start of that day, month or year, in UTC. */
export function isoDateToUtcMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y as number, (m ?? 1) - 1, d ?? 1);
}
