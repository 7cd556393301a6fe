/**
 * The printable report of any facility for a scenario, from one model that keeps only what the
 * facility's data has: the answers first (power as homes and, where the utility supplies it, as
 * shares of the utility; water; the air, where there is a concerns file), then the charts it has
 * with their data, where the records disagree, what residents have raised, the legal record, the
 * dated events of a site with nothing to chart, and every source, numbered in the order the
 * report first cites them.
 *
 * Its figures are rows the other pages declared, picked by id (or, for figures that a page's
 * rows hold, by the row's own figure): the report shows them again and types none of them anew.
 */
import { type Quantity, sourceIdsOf } from '../core/quantity';
import type { TimelineEvent } from '../data/schemas/facility';
import { citedSourceIdsOf } from '../data/event-dating';
import { GROWTH_POWER_SERIES, type GrowthPoint, type SeriesOf } from '../power/growth';
import type { Scenario } from '../scenario/scenario';
import { type ConcernsDetail, getConcernsDetail } from './concerns';
import { type FigureRow, FigureList } from './figures';
import { getOverview, type Overview } from './overview';
import { getPowerDetail, type PowerDetail } from './power';
import { airAnswer, type PowerAnswer, powerAnswer, type ReportAirAnswer, type WaterAnswer, waterAnswer } from './report-answers';
import {
  type Disagreement,
  disagreements,
  disagreementSources,
  eventsWithoutChart,
  legal,
  type Legal,
  type Raised,
  raised,
  type WaterReport,
} from './report-records';
import { getWaterDetail, type WaterDetail } from './water';

export type Report = {
  overview: Overview;
  answers: { power: PowerAnswer; water: WaterAnswer; air: ReportAirAnswer | undefined };
  charts: {
    /** The power step chart: the series the facility has a figure for, and the dated points where one changed. */
    power: { series: SeriesOf[]; rows: GrowthPoint[] } | undefined;
    /** The bar chart of every report of daily water use. */
    water: WaterReport[] | undefined;
  };
  disagreements: Disagreement[];
  /** Disagreements the concerns file states about figures the report does not show: on the Concerns page. */
  disagreementsLeftOut: number;
  raised: Raised | undefined;
  legal: Legal | undefined;
  /** The dated events, for a site with no power figure to chart. */
  events: TimelineEvent[];
  /** Every figure the report shows, declared once (as rows of the pages it repeats). */
  figures: FigureRow[];
  /** Source ids in the order the report cites them; a source's number is its index + 1. */
  sourceIds: string[];
};

/** The ids of the rows that hold these figures (the first row of each): a figure a page declares is named by that page's id. */
function idsOf(rows: FigureRow[], qs: (Quantity | undefined)[]): string[] {
  return qs.flatMap((q) => (q === undefined ? [] : (rows.find((r) => r.q === q)?.id ?? [])));
}

/** The page models the report draws on; each is undefined where the facility has no such page. */
type Parts = { o: Overview; power: PowerDetail | undefined; water: WaterDetail | undefined; concerns: ConcernsDetail | undefined };

export function getReport(facilityId: string, scenario?: Scenario): Report | undefined {
  const o = getOverview(facilityId, scenario);
  if (o === undefined) return undefined;
  const s = o.scenario;
  // a site with no power figure (MACROHARDRR, or a view dated before the first) gets a Power model with no homes counted
  const power = getPowerDetail(facilityId, s);
  return buildReport({ o, power, water: getWaterDetail(facilityId, s), concerns: getConcernsDetail(facilityId, s) });
}

function buildReport({ o, power, water, concerns }: Parts): Report {
  const answers = { power: powerAnswer(o, power), water: waterAnswer(o, water), air: airAnswer(o, concerns) };
  const series = GROWTH_POWER_SERIES.filter((k) => o.growth.some((p) => p[k] !== null));
  const charts: Report['charts'] = {
    power: series.length === 0 ? undefined : { series, rows: o.growthRows.filter((p) => series.some((k) => p.changed.includes(k))) },
    water: water?.reports.map(({ label, kind, perDay }) => ({ label, kind, perDay })),
  };
  const rest = { answers, charts, raised: raised(concerns), legal: legal(concerns), events: eventsWithoutChart(o) };
  // the sources of everything else the report shows, for the disagreements to keep those about its figures
  const before = declare({ o, power, water, concerns }, { ...rest, disagreements: [], disagreementsLeftOut: 0 }).sourceIds;
  const differ = disagreements(o, power, water, concerns, before);
  const model = { ...rest, disagreements: differ.list, disagreementsLeftOut: differ.leftOut };
  const { figures, sourceIds } = declare({ o, power, water, concerns }, model);
  return { overview: o, ...model, figures, sourceIds };
}

/**
 * The report's rows and its sources, in reading order: the address, the answers, the charts'
 * events and figures, the disagreements, what residents raised, the legal record and the events.
 * Each part adds its rows, then the sources it cites beside them; a source keeps its first place.
 */
function declare(
  { o, power, water, concerns }: Parts,
  m: Omit<Report, 'overview' | 'figures' | 'sourceIds'>,
): { figures: FigureRow[]; sourceIds: string[] } {
  const list = new FigureList();
  const order: string[] = [...o.facility.addressSourceIds];
  const part = (add: (l: FigureList) => void, cited: string[] = []) => {
    const before = list.rows.length;
    add(list);
    order.push(...sourceIdsOf(list.rows.slice(before).map((r) => r.q)), ...cited);
  };
  const p = m.answers.power;
  const pageRows = power?.figures ?? [];
  part(
    (l) =>
      l
        .reuse(o.figures, ['scenario.loadFactor'])
        .reuse(
          pageRows,
          p.baselines.map((b) => `household.${b.id}.electricityMonthly`),
        )
        .reuse(o.figures, p.utilityLoads ? ['utility.averageLoadMw', 'utility.summerPeakMw'] : [])
        .reuse(
          o.figures,
          o.power.filter((x) => x.power.kind === 'unknown').map((x) => `power.${x.key}.mw`),
        )
        .reuse(
          o.figures,
          p.rows.map((r) => `power.${r.key}.mw`),
        )
        .reuse(
          pageRows,
          p.rows.flatMap((r) => p.baselines.map((b) => `power.${r.key}.households.byEnergy.${b.id}`)),
        )
        .reuse(
          o.figures,
          p.rows.flatMap((r) => (r.shares ? [`power.${r.key}.shareOfAverageLoad`, `power.${r.key}.shareOfSummerPeak`] : [])),
        )
        .reuse(o.figures, p.gpus ? ['facility.gpus'] : [])
        .reuse(o.figures, p.utilityStated ? ['power.utilityStatedElectricShare'] : []),
    [
      ...p.unknown.flatMap((x) => x.sourceIds),
      ...[...p.suppliedBy, ...p.supplies].flatMap((x) => x.sourceIds),
      ...(p.countedWithin?.sourceIds ?? []),
      ...p.takesIn.flatMap((x) => x.sourceIds),
    ],
  );
  const w = m.answers.water;
  part(
    (l) =>
      l
        .reuse(o.figures, w.known ? ['water.onsiteUse', 'water.households', 'water.people', 'water.shareOfPumping'] : [])
        .reuse(o.figures, w.known && w.utilityStated ? ['water.utilityStatedShare'] : [])
        .reuse(water?.figures ?? [], w.known && w.recycling ? ['water.recycling.capacity'] : []),
    w.known ? (w.recycling?.sourceIds ?? []) : w.sourceIds,
  );
  const a = m.answers.air;
  if (a !== undefined) {
    const rows = concerns?.figures ?? [];
    part((l) =>
      l
        .reuse(rows, idsOf(rows, [a.turbines.most, a.turbines.latest, a.turbines.permitted, a.permit.units]))
        .reuse(
          o.figures,
          idsOf(
            o.figures,
            a.turbineMw.map((t) => t.q),
          ),
        )
        .reuse(
          rows,
          idsOf(
            rows,
            a.nox.flatMap((n) => [n.figure.tonsPerYear, n.times]),
          ),
        ),
    );
    order.push(...(a.inShort?.sourceIds ?? []), ...a.permit.sourceIds);
    if (a.health !== undefined) part((l) => l.reuse(rows, ['healthDamage.damage', 'healthDamage.deaths']), a.health.epaDecision.sourceIds);
  }
  part(() => undefined, m.charts.power?.rows.flatMap((r) => r.sourceIds) ?? []);
  const waterRows = water?.figures ?? [];
  part((l) =>
    l.reuse(
      waterRows,
      idsOf(
        waterRows,
        (m.charts.water ?? []).map((r) => r.perDay),
      ),
    ),
  );
  part(
    (l) =>
      l
        .reuse(o.figures, m.disagreements.some((d) => d.kind === 'claim and estimate') ? ['power.claimGap'] : [])
        .reuse(
          pageRows,
          m.disagreements.flatMap((d) =>
            d.kind === 'bills'
              ? idsOf(pageRows, [
                  d.bills.reported,
                  d.bills.expected,
                  d.bills.reportedAverageMw,
                  d.bills.expectedAverageMw,
                  d.bills.gridInServiceAtBillsStart,
                  d.bills.gridInServiceAtBills,
                ])
              : [],
          ),
        )
        .reuse(
          waterRows,
          idsOf(
            waterRows,
            m.disagreements.flatMap((d) => (d.kind === 'water' ? [...d.expected, ...d.reported, ...d.implied].map((r) => r.perDay) : [])),
          ),
        ),
    disagreementSources(m.disagreements),
  );
  const r = m.raised;
  part(
    (l) =>
      l.reuse(
        r?.figures ?? [],
        (r?.figures ?? []).map((x) => x.id),
      ),
    [...(r?.air?.sourceIds ?? []), ...(r?.health ?? []).flatMap((x) => x.sourceIds)],
  );
  part(
    () => undefined,
    [
      ...(m.legal?.events ?? []).flatMap(citedSourceIdsOf),
      ...(m.legal?.related ?? []).flatMap((x) => x.events.flatMap(citedSourceIdsOf)),
      ...m.events.flatMap(citedSourceIdsOf),
    ],
  );
  return { figures: list.rows, sourceIds: [...new Set(order)] };
}
