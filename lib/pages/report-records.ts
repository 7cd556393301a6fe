/**
 * The parts of a facility's report after its answers and charts, each present only where the
 * data has it: where the records disagree (the concerns file's own list, the company's figure
 * against the outside estimate, the bills against the grid power, the reports of water use
 * against each other), what residents have raised, the dated legal record, and, for a site with
 * no power figure to chart, its dated events.
 */
import type { Quantity } from '../core/quantity';
import type { Unit } from '../core/units';
import type { SourcedStatement } from '../data/schemas/common';
import type { Concerns } from '../data/schemas/concerns';
import type { Facility, TimelineEvent } from '../data/schemas/facility';
import type { ConcernsDetail } from './concerns';
import type { RelatedLegal } from './concerns-legal';
import type { FigureRow } from './figures';
import type { Overview } from './overview';
import type { PowerDetail } from './power';
import type { UseReport, WaterDetail } from './water';

/** A figure as the report names it: the label its page gives it, and the figure. */
export type Labelled<U extends Unit = Unit> = { label: string; q: Quantity<U> };

/** A report of daily water use, as the report shows it (its kind and figure). */
export type WaterReport = Pick<UseReport, 'label' | 'kind' | 'perDay'>;

/** What the bills pay for, set against the grid power in service and the bill expected (the figures the report shows). */
export type Bills = Pick<
  NonNullable<PowerDetail['bills']>,
  'reported' | 'expected' | 'reportedAverageMw' | 'expectedAverageMw' | 'gridInServiceAtBillsStart' | 'gridInServiceAtBills'
> & { from: string | undefined };

export type Disagreement =
  /** The company's own figure against the latest outside estimate. */
  | { kind: 'claim and estimate'; claimed: Labelled<'MW'>; estimated: Labelled<'MW'>; gap: Quantity<'ratio'> }
  | { kind: 'bills'; bills: Bills }
  /** The reports of daily water use: expected, reported (lowest and highest), and our arithmetic on records. */
  | { kind: 'water'; expected: WaterReport[]; reported: WaterReport[]; implied: WaterReport[] }
  /** A disagreement the concerns file states in words, with its sources. */
  | { kind: 'statement'; statement: SourcedStatement };

export type Raised = {
  /** The short answer to "is the air near me worse?", in the data's words. */
  air: NonNullable<Concerns['air']>['inShort'] | undefined;
  health: SourcedStatement[];
  /** The neighbourhood's name, where the concerns file has one. */
  neighbourhood: string | undefined;
  /** The figures of the neighbourhood and of energy burden, as the Concerns page declares them. */
  figures: FigureRow[];
};

/** Legal events at another site that bear on this one, with the site named as a sentence names it, and why. */
export type RelatedEvents = { site: Pick<Facility, 'id' | 'kind' | 'shortName'>; why: string; events: Concerns['legalTimeline'] };

export type Legal = { events: Concerns['legalTimeline']; related: RelatedEvents[] };

const known = (r: WaterReport) => r.perDay.kind === 'known';
const low = (r: WaterReport) => (r.perDay.kind === 'known' ? r.perDay.low : Infinity);
const high = (r: WaterReport) => (r.perDay.kind === 'known' ? r.perDay.high : -Infinity);

/** The lowest and the highest of some reports (one when there is one), in that order. */
function ends(reports: WaterReport[]): WaterReport[] {
  const shown = reports.filter(known);
  if (shown.length <= 1) return shown;
  const lo = shown.reduce((a, r) => (low(r) < low(a) ? r : a));
  const hi = shown.reduce((a, r) => (high(r) > high(a) ? r : a));
  return lo === hi ? [lo] : [lo, hi];
}

/**
 * Where the records disagree, as far as the report's figures go. A disagreement the concerns file
 * states is kept where the report cites one of its sources elsewhere (its figures, events or
 * records): one about figures the report does not show (a grid's CO2 rates) is left to the
 * Concerns page, and `leftOut` counts it.
 */
export function disagreements(
  o: Overview,
  power: PowerDetail | undefined,
  water: WaterDetail | undefined,
  concerns: ConcernsDetail | undefined,
  citedElsewhere: string[],
): { list: Disagreement[]; leftOut: number } {
  const out: Disagreement[] = [];
  const claimed = o.power.find((p) => p.key === 'claimed');
  const estimated = o.power.find((p) => p.key === 'estimated');
  if (claimed && estimated && o.claimGap?.kind === 'known')
    out.push({
      kind: 'claim and estimate',
      claimed: { label: claimed.label, q: claimed.power },
      estimated: { label: estimated.label, q: estimated.power },
      gap: o.claimGap,
    });
  const b = power?.bills;
  if (b)
    out.push({
      kind: 'bills',
      bills: {
        reported: b.reported,
        expected: b.expected,
        reportedAverageMw: b.reportedAverageMw,
        expectedAverageMw: b.expectedAverageMw,
        gridInServiceAtBillsStart: b.gridInServiceAtBillsStart,
        gridInServiceAtBills: b.gridInServiceAtBills,
        from: o.facility.power?.reportedBillsFrom,
      },
    });
  if (water !== undefined) {
    const of = (kind: UseReport['kind']) =>
      water.reports.filter((r) => r.kind === kind).map(({ label, kind: k, perDay }) => ({ label, kind: k, perDay }));
    const reported = ends(of('reported'));
    // only where there is something to set against something else
    if (reported.length + of('implied').length > 0 && of('expected').length > 0)
      out.push({ kind: 'water', expected: ends(of('expected')), reported, implied: ends(of('implied')) });
  }
  const stated = concerns?.concerns.disagreements ?? [];
  const shown = stated.filter((d) => d.sourceIds.some((id) => citedElsewhere.includes(id)));
  for (const statement of shown) out.push({ kind: 'statement', statement });
  return { list: out, leftOut: stated.length - shown.length };
}

export function raised(concerns: ConcernsDetail | undefined): Raised | undefined {
  if (concerns === undefined) return undefined;
  const c = concerns.concerns;
  return {
    air: c.air?.inShort,
    health: c.health.statements,
    neighbourhood: c.neighbourhood?.name,
    figures: concerns.figures.filter(
      (r) => (r.id.startsWith('neighbourhood.') && r.id !== 'neighbourhood.mapDistance') || r.id.startsWith('energyBurden.'),
    ),
  };
}

export function legal(concerns: ConcernsDetail | undefined): Legal | undefined {
  if (concerns === undefined) return undefined;
  const related = concerns.related.map(({ facility: { id, kind, shortName }, why, events }: RelatedLegal) => ({
    site: { id, kind, shortName },
    why,
    events,
  }));
  return { events: concerns.concerns.legalTimeline, related };
}

/** The dated events up to the view's date, for a site with no power figure to chart (its story is its events). */
export function eventsWithoutChart(o: Overview): TimelineEvent[] {
  return o.uncharted ?? [];
}

/** Every source the disagreements cite beside their figures (the statements' own). */
export function disagreementSources(list: Disagreement[]): string[] {
  return list.flatMap((d) => (d.kind === 'statement' ? d.statement.sourceIds : []));
}
