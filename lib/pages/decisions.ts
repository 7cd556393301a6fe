/**
 * The decisions register as pages show it: each decision with where it stands today (by the
 * site's clock), its date in words, and the sites it concerns. The region page and each site's
 * page lead with the next few; /next lists them all.
 */
import { localDate, now } from '../core/clock';
import { formatDate } from '../core/format';
import { listDecisions, listFacilities } from '../data/load';
import type { Decision } from '../data/schemas/decisions';
import { byWhatComesNext, type DecisionState, nextChange, stateOn } from '../decisions/state';

export type DecisionView = Decision & {
  state: DecisionState;
  /** The date in words: "2 Jan 2027", or "by the end of Mar 2027" for a month. */
  dateLabel: string | undefined;
  /** Where it stands, in words that are true on the day they are read. */
  stateLabel: string;
  /** The sites it concerns, by name; empty for the whole region. */
  sites: { id: string; name: string }[];
};

/** How many of the next decisions a page leads with; the rest are on the What's next page. */
export const NEXT_SHOWN = 3;

/** The sources a decision's one-line entry cites: its date's, else its own. */
export function decisionCites(d: Decision): string[] {
  return d.when?.sourceIds ?? d.sourceIds;
}

/** The site's date today (Central time; frozen by CLOCK_NOW in tests). */
export function siteToday(): string {
  return localDate(now());
}

/** A date of the data in words: a day, or "by the end of" a month or year. */
export function decisionDateLabel(date: string): string {
  return date.length === 10 ? formatDate(date) : `by the end of ${formatDate(date)}`;
}

/** Where a decision stands on `today`, in words. */
export function stateLabel(d: Decision, state: DecisionState): string {
  switch (state) {
    case 'decided':
      return `Decided ${formatDate(d.outcome?.date ?? '')}`;
    case 'upcoming':
      return d.status === 'scheduled' ? 'Scheduled' : 'Pending';
    case 'passed':
      return 'Date passed; outcome not yet in our data';
    case 'undated':
      return 'Pending; no date set';
  }
}

export function toView(d: Decision, today: string): DecisionView {
  const state = stateOn(d, today);
  const names = new Map(listFacilities().map((f) => [f.id, f.shortName]));
  return {
    ...d,
    state,
    dateLabel: d.when === undefined ? undefined : decisionDateLabel(d.when.date),
    stateLabel: stateLabel(d, state),
    sites: d.facilityIds.map((id) => ({ id, name: names.get(id) ?? id })),
  };
}

/**
 * The decisions about `facilityIds` (every decision when undefined: the region, whose own rules
 * concern every site), what comes next first.
 */
export function decisionsFor(today: string, facilityIds?: string[]): DecisionView[] {
  const all = listDecisions().filter((d) => facilityIds === undefined || d.facilityIds.some((id) => facilityIds.includes(id)));
  return byWhatComesNext(all, today).map((d) => toView(d, today));
}

/** The first day after `today` on which what the pages say of any decision changes; pages are cached until then. */
export function decisionsChangeOn(today: string): string | undefined {
  return nextChange(listDecisions(), today);
}

/** How many decisions stand in each state. */
export function countByState(views: DecisionView[]): Record<DecisionState, number> {
  const counts: Record<DecisionState, number> = { upcoming: 0, passed: 0, undated: 0, decided: 0 };
  for (const v of views) counts[v.state]++;
  return counts;
}

/** Every source a decision's full entry cites. */
export function decisionSourceIds(decisions: Decision[]): string[] {
  return [
    ...new Set(
      decisions.flatMap((d) => [
        ...d.sourceIds,
        ...(d.when?.sourceIds ?? []),
        ...(d.takePart?.sourceIds ?? []),
        ...(d.outcome?.sourceIds ?? []),
        ...d.reports.flatMap((r) => r.sourceIds),
      ]),
    ),
  ];
}
