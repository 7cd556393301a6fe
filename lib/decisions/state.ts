/**
 * Where a decision stands on a given day. The data says what is known (a date, an outcome); the
 * clock says whether the date is still ahead. A date that has passed with no outcome in the data
 * is said to have passed, never shown as coming and never dropped. Pages that show these states
 * are cached only until the next day on which one of them changes (`nextChange`).
 */
import { lastDayOf, nextDay } from '../core/clock';
import type { Decision } from '../data/schemas/decisions';

/**
 * `decided`: its outcome is in the data. `upcoming`: its date is today or later. `passed`: its
 * date has gone by and no outcome is in the data. `undated`: no source gives a date.
 */
export type DecisionState = 'decided' | 'upcoming' | 'passed' | 'undated';

export function stateOn(decision: Pick<Decision, 'outcome' | 'when'>, today: string): DecisionState {
  if (decision.outcome !== undefined) return 'decided';
  if (decision.when === undefined) return 'undated';
  return lastDayOf(decision.when.date) >= today ? 'upcoming' : 'passed';
}

/** The first day after `today` on which any decision's state changes (its date has gone by), or undefined when none will. */
export function nextChange(decisions: Pick<Decision, 'outcome' | 'when'>[], today: string): string | undefined {
  const days = decisions.flatMap((d) => (stateOn(d, today) === 'upcoming' && d.when ? [nextDay(lastDayOf(d.when.date))] : []));
  return days.length === 0 ? undefined : days.reduce((a, b) => (b < a ? b : a));
}

const ORDER: Record<DecisionState, number> = { upcoming: 0, passed: 1, undated: 2, decided: 3 };

/**
 * What comes next first: dated decisions still ahead (soonest first), then those whose date
 * passed with no outcome (latest first), then those with no date, then those decided.
 */
export function byWhatComesNext<D extends Pick<Decision, 'outcome' | 'when'>>(decisions: D[], today: string): D[] {
  const key = (d: D) => (d.when ? lastDayOf(d.when.date) : '');
  return [...decisions].sort((a, b) => {
    const sa = stateOn(a, today);
    const sb = stateOn(b, today);
    if (sa !== sb) return ORDER[sa] - ORDER[sb];
    const [ka, kb] = [key(a), key(b)];
    if (ka === kb) return 0;
    return (ka < kb ? -1 : 1) * (sa === 'passed' ? -1 : 1);
  });
}
