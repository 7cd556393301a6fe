/**
 * The printable report of a facility for a scenario: the headline figures, the key
 * comparisons with their arithmetic, where the records disagree, and every source,
 * numbered in the order the report first cites them. Its figures are rows the other pages
 * declared, picked by id: the report shows them again, and types none of them anew.
 */
import type { Quantity } from '../core/quantity';
import type { Scenario } from '../scenario/scenario';
import { type ConcernsDetail, getConcernsDetail } from './concerns';
import { type FigureRow, FigureList, pageSourceIds } from './figures';
import { describeScenario, type Overview, waterCaseText } from './overview';
import { getPowerDetail, type PowerDetail } from './power';
import { getWaterDetail, type WaterDetail } from './water';

export type ReportRow = { label: string; q: Quantity; note?: string };

export type Report = {
  overview: Overview;
  /** What the report needs that not every facility has: its water, its bills, its utility's own estimates. */
  water: WaterDetail;
  ownWater: NonNullable<Overview['water']>;
  bills: NonNullable<PowerDetail['bills']>;
  stated: { electric: Quantity<'share'>; water: Quantity<'share'> };
  power: PowerDetail;
  /** Emission figures and the grid's CO2 (undefined for a facility with no concerns file yet). */
  concerns: ConcernsDetail | undefined;
  scenarioText: string[];
  headline: ReportRow[];
  /** Every figure the report shows, declared once (as rows of the pages it repeats). */
  figures: FigureRow[];
  /** Source ids in the order the report cites them; a source's number is its index + 1. */
  sourceIds: string[];
};

export function getReport(facilityId: string, scenario?: Scenario): Report | undefined {
  const power = getPowerDetail(facilityId, scenario);
  const water = getWaterDetail(facilityId, scenario);
  if (power === undefined || water === undefined) return undefined;
  const concerns = getConcernsDetail(facilityId, scenario);
  const o = power.overview;
  const ownWater = o.water;
  const bills = power.bills;
  const electric = o.utilityStatedElectricShare;
  const stated = ownWater?.utilityStatedShare;
  // the report sets a data center's power and water against its city: a facility without them has none
  if (ownWater === undefined || bills === undefined || electric === undefined || stated === undefined) return undefined;
  const headline: ReportRow[] = [
    ...o.power.map((p) => ({ label: p.label, q: p.power as Quantity })),
    ...(o.gpus ? [{ label: 'GPUs', q: o.gpus as Quantity }] : []),
    { label: `Water drawn on site: ${waterCaseText(o)}`, q: ownWater.use as Quantity },
  ];
  // in the order the report first cites them, which numbers its references
  const keys = o.power.map((p) => p.key);
  const figures = new FigureList()
    .reuse(o.figures, [...keys.map((k) => `power.${k}.mw`), 'facility.gpus', 'water.onsiteUse'])
    .reuse(
      o.figures,
      keys.flatMap((k) => [`power.${k}.households`, `power.${k}.shareOfAverageLoad`, `power.${k}.shareOfSummerPeak`]),
    )
    .reuse(o.figures, [
      'water.households',
      'water.people',
      'water.shareOfPumping',
      'power.utilityStatedElectricShare',
      'water.utilityStatedShare',
    ])
    .reuse(power.figures, ['power.bills.reportedAverageMw', 'power.bills.expectedAverageMw'])
    .reuse(water.figures, (id) => /^water\.report\..+\.perDay$/.test(id) || id === 'water.recycling.capacity')
    .reuse(concerns?.figures ?? [], (id) => (concerns?.nox ?? []).some((e) => id === `air.emissions.${e.id}`)).rows;
  const eventSources = o.facility.timeline
    .filter((e) => o.scenario.date === undefined || e.date <= o.scenario.date)
    .flatMap((e) => e.sourceIds);
  const sourceIds = pageSourceIds(figures, eventSources);
  const first = [...o.facility.addressSourceIds];
  return {
    overview: o,
    power,
    water,
    ownWater,
    bills,
    stated: { electric, water: stated },
    concerns,
    scenarioText: describeScenario(o),
    headline,
    figures,
    sourceIds: [...new Set([...first, ...sourceIds, ...water.recycling.plant.statusSourceIds])],
  };
}
