/**
 * The printable report of a facility for a scenario: the headline figures, the key
 * comparisons with their arithmetic, where the records disagree, and every source,
 * numbered in the order the report first cites them.
 */
import { findFacility } from '../data/load';
import { describeScenario } from './overview';
import { getPowerDetail, type PowerDetail } from './power';
import type { Quantity } from '../core/quantity';
import type { Scenario } from '../scenario/scenario';
import { sourceIdsOf } from '../core/sources';
import { getWaterDetail, type WaterDetail } from './water';
import { type ConcernsDetail, getConcernsDetail } from './concerns';

export type ReportRow = { label: string; q: Quantity; note?: string };

export type Report = {
  power: PowerDetail;
  /** Emission figures and the grid's CO2 (undefined for a facility with no concerns file yet). */
  concerns: ConcernsDetail | undefined;
  water: WaterDetail;
  scenarioText: string[];
  headline: ReportRow[];
  /** Source ids in the order the report cites them; a source's number is its index + 1. */
  sourceOrder: string[];
};

export function getReport(facilityId: string, scenario?: Scenario): Report | undefined {
  if (findFacility(facilityId) === undefined) return undefined;
  const power = getPowerDetail(facilityId, scenario);
  const water = getWaterDetail(facilityId, scenario);
  if (power === undefined || water === undefined) return undefined;
  const concerns = getConcernsDetail(facilityId, scenario);
  const o = power.overview;
  const headline: ReportRow[] = [
    ...o.power.map((p) => ({ label: p.label, q: p.power as Quantity })),
    ...(o.gpus ? [{ label: 'GPUs', q: o.gpus as Quantity }] : []),
    { label: 'Water drawn on site (expected)', q: o.water.use as Quantity },
  ];
  const cited: Quantity[] = [
    ...headline.map((r) => r.q),
    ...o.power.flatMap((p) => [p.households.overall, p.shareOfAverageLoad, p.shareOfSummerPeak]),
    ...(o.water.households ? [o.water.households] : []),
    o.water.people,
    o.water.shareOfPumping,
    o.utilityStatedElectricShare,
    o.water.utilityStatedShare,
    power.bills.reportedAverageMw,
    power.bills.expectedAverageMw,
    ...water.reports.map((r) => r.perDay),
    water.recycling.plant.capacityGallonsPerDay,
    ...(concerns ? concerns.nox.map((e) => e.tonsPerYear as Quantity) : []),
  ];
  const eventSources = o.facility.timeline
    .filter((e) => o.scenario.date === undefined || e.date <= o.scenario.date)
    .flatMap((e) => e.sourceIds);
  const sourceOrder = [
    ...new Set([...o.facility.addressSourceIds, ...sourceIdsOf(cited), ...eventSources, ...water.recycling.plant.statusSourceIds]),
  ];
  return { power, water, concerns, scenarioText: describeScenario(o), headline, sourceOrder };
}
