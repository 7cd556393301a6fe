/**
 * Everything the overview page of a facility shows, computed from the data files.
 * The page only lays these quantities out; no arithmetic happens in app/.
 */
import { shareOf } from '../core/compare';
import { formatDate, formatValue } from '../core/format';
import { findFacility, getPlace } from '../data/load';
import { BoundedCache } from '../core/bounded-cache';
import { householdAverageKw, type HouseholdComparison, householdsAcrossBaselines, loadFactorFor } from '../power/power';
import { isKnown, type KnownQuantity, type Quantity } from '../core/quantity';
import type { Facility, TimelineEvent } from '../data/schemas/facility';
import type { HouseholdBaseline, Place } from '../data/schemas/place';
import { type FigureRow, FigureList, pageSourceIds } from './figures';
import { isoDateToUtcMs, lastChangeOf, latestState, reportedTurbineMw, statesOverTime } from '../data/timeline';
import { defaultScenario, type Scenario, type ScenarioContext, scenarioToQuery } from '../scenario/scenario';
import { scenarioContext } from '../scenario/context';
import { householdsByWater, peopleByWater, waterBaseline, waterUseForCase } from '../water/water';

export type PowerFigure = {
  key: 'gridSupplied' | 'gridApproved' | 'turbinesPermitted' | 'turbinesReported';
  label: string;
  /** What the figure is, in a phrase: "approved by TVA". */
  description: string;
  power: Quantity<'MW'>;
  event: TimelineEvent | undefined;
  households: HouseholdComparison;
  shareOfAverageLoad: Quantity<'share'>;
  shareOfSummerPeak: Quantity<'share'>;
};

export type GrowthPoint = {
  /** UTC milliseconds, for the chart's time axis. */
  t: number;
  date: string;
  title: string;
  /** The sources of the event. */
  sourceIds: string[];
  gridSupplied: number | null;
  gridApproved: number | null;
  turbinesReported: number | null;
  turbinesPermitted: number | null;
  gpus: number | null;
  battery: number | null;
  /** Series whose value changed at this event (the chart marks only these). */
  changed: SeriesOf[];
  /** Series whose value here is our calculation, with its formula. */
  derived: Partial<Record<SeriesOf, string>>;
};

const SERIES_KEYS = ['gridSupplied', 'gridApproved', 'turbinesReported', 'turbinesPermitted', 'gpus', 'battery'] as const;
export type SeriesOf = (typeof SERIES_KEYS)[number];

/** The power series of the growth chart and its table. */
export const GROWTH_POWER_SERIES = ['gridSupplied', 'gridApproved', 'turbinesReported', 'turbinesPermitted'] as const satisfies SeriesOf[];

export type Overview = {
  facility: Facility;
  place: Place;
  /** Date of the latest event in the facility's timeline, up to the scenario's date. */
  asOf: string;
  scenario: Scenario;
  /** The scenario's canonical query string ("" for the defaults). */
  scenarioQuery: string;
  scenarioContext: ScenarioContext;
  loadFactor: KnownQuantity<'load factor'>;
  defaultBaseline: HouseholdBaseline;
  /** Average power one home of the default baseline draws over a year. */
  defaultHouseholdKw: Quantity<'kW'>;
  gpus: Quantity<'GPUs'> | undefined;
  power: PowerFigure[];
  utilityStatedElectricShare: Quantity<'share'>;
  water: {
    use: Quantity<'gal/day'>;
    baseline: HouseholdBaseline | undefined;
    households: Quantity<'households'> | undefined;
    people: Quantity<'people'>;
    shareOfPumping: Quantity<'share'>;
    shareOfRecordDay: Quantity<'share'>;
    utilityStatedShare: Quantity<'share'>;
  };
  growth: GrowthPoint[];
  growthSummary: { power: string; gpus: string };
  /** The sources of the GPU counts the growth summary gives (the first and the last). */
  growthGpuSourceIds: string[];
  /** The points the growth table lists: those where a power figure changed. */
  growthRows: GrowthPoint[];
  /** Every figure the page shows, declared once. */
  figures: FigureRow[];
  /** Every source the page rests on: its figures', the address's and the timeline's. */
  sourceIds: string[];
};

const numberOrNull = (q: Quantity | undefined): number | null => (q !== undefined && isKnown(q) ? q.value : null);

function growthPoints(facility: Facility): GrowthPoint[] {
  const points: GrowthPoint[] = [];
  for (const { event, state } of statesOverTime(facility)) {
    const turbines = reportedTurbineMw(state);
    const quantities: Record<SeriesOf, Quantity | undefined> = {
      gridSupplied: state.gridPowerSuppliedMw,
      gridApproved: state.gridPowerApprovedMw,
      turbinesReported: turbines,
      turbinesPermitted: state.onsiteTurbinesPermittedMw,
      gpus: state.gpuCount,
      battery: state.batteryPowerMw,
    };
    const values = Object.fromEntries(SERIES_KEYS.map((k) => [k, numberOrNull(quantities[k])])) as Record<SeriesOf, number | null>;
    const prev = points[points.length - 1];
    const derived: GrowthPoint['derived'] = {};
    for (const k of SERIES_KEYS) {
      const q = quantities[k];
      if (q !== undefined && isKnown(q) && q.derivation !== undefined) derived[k] = q.derivation.formula;
    }
    points.push({
      t: isoDateToUtcMs(event.date),
      date: event.date,
      title: event.title,
      sourceIds: event.sourceIds,
      ...values,
      changed: SERIES_KEYS.filter((k) => values[k] !== null && values[k] !== (prev ? prev[k] : null)),
      derived,
    });
  }
  return points;
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
  const power = parts.length > 0 ? `${parts.join('; ')}.` : 'No power figures are recorded for this facility.';
  const g = firstAndLast(points, 'gpus');
  const gpus =
    g.first && g.last
      ? `The GPU count went from ${formatValue(g.first.gpus ?? 0, 'GPUs')} (${when(g.first)}) to ${formatValue(g.last.gpus ?? 0, 'GPUs')} (${when(g.last)}).`
      : 'No GPU counts are recorded for this facility.';
  return { power: power.charAt(0).toUpperCase() + power.slice(1), gpus };
}

/** The largest turbine capacity reported on site (up to `upTo`), with the event that reported it. */
function peakReportedTurbines(facility: Facility, upTo?: string): { power: Quantity<'MW'>; event: TimelineEvent } | undefined {
  let best: { power: KnownQuantity<'MW'>; event: TimelineEvent } | undefined;
  for (const { event, state } of statesOverTime(facility, upTo)) {
    const q = reportedTurbineMw(state);
    if (q !== undefined && isKnown(q) && (best === undefined || q.value > best.power.value)) best = { power: q, event };
  }
  return best;
}

const cache = new BoundedCache<Overview | undefined>(200);

/** The overview of a facility for a scenario (the defaults when none is given), memoised by facility and scenario. */
export function getOverview(facilityId: string, scenario?: Scenario): Overview | undefined {
  const ctx = scenarioContext(facilityId);
  if (ctx === undefined) return undefined;
  const s = scenario ?? defaultScenario(ctx);
  return cache.getOrSet(`${facilityId}?${scenarioToQuery(s, ctx)}`, () => computeOverview(facilityId, s, ctx));
}

function computeOverview(facilityId: string, scenario: Scenario, ctx: ScenarioContext): Overview | undefined {
  const facility = findFacility(facilityId);
  if (facility === undefined) return undefined;
  const place = getPlace(facility.placeId);
  const upTo = scenario.date;
  const { event: latestEvent, state } = latestState(facility, upTo);
  const u = place.utility;
  const baselineId = scenario.household;
  const defaultBaseline = place.householdBaselines.find((b) => b.id === baselineId);
  if (defaultBaseline === undefined) throw new Error(`Place "${place.id}" has no baseline "${baselineId}"`);
  const loadFactor = loadFactorFor(scenario.loadFactor);

  const candidates: {
    key: PowerFigure['key'];
    label: string;
    description: string;
    power: Quantity<'MW'> | undefined;
    event: TimelineEvent | undefined;
  }[] = [
    {
      key: 'gridSupplied',
      label: 'Grid power in service',
      description: `delivered from the ${u.shortName}/${place.grid.shortName} grid, as last reported`,
      power: state.gridPowerSuppliedMw,
      event: lastChangeOf(facility, 'gridPowerSuppliedMw', upTo),
    },
    {
      key: 'gridApproved',
      label: 'Grid power approved',
      description: `the most ${place.grid.shortName} has approved for the site`,
      power: state.gridPowerApprovedMw,
      event: lastChangeOf(facility, 'gridPowerApprovedMw', upTo),
    },
    {
      key: 'turbinesPermitted',
      label: 'Gas turbines permitted',
      description: 'on-site turbines allowed by the air permit',
      power: state.onsiteTurbinesPermittedMw,
      event: lastChangeOf(facility, 'onsiteTurbinesPermittedMw', upTo),
    },
  ];
  const peak = peakReportedTurbines(facility, upTo);
  if (peak) {
    candidates.push({
      key: 'turbinesReported',
      label: 'Most gas turbines reported running',
      description: 'the most turbine capacity reported on site at one time, without an air permit',
      power: peak.power,
      event: peak.event,
    });
  }

  const power: PowerFigure[] = candidates
    .filter((c): c is typeof c & { power: Quantity<'MW'> } => c.power !== undefined)
    .map((c) => {
      const named = { name: c.label.toLowerCase(), quantity: c.power };
      return {
        ...c,
        households: householdsAcrossBaselines(named, loadFactor, place.householdBaselines, baselineId),
        shareOfAverageLoad: shareOf(named, { name: `${u.shortName}'s load on an average day`, quantity: u.averageLoadMw }),
        shareOfSummerPeak: shareOf(named, { name: `${u.shortName}'s normal summer peak`, quantity: u.summerPeakMw }),
      };
    });

  const use = waterUseForCase(facility.water.onsiteUseGallonsPerDay, scenario.water, facility.water.recyclingPlant.capacityGallonsPerDay);
  const namedUse = { name: 'on-site water drawn from the aquifer', quantity: use };
  const baseline = waterBaseline(place.householdBaselines, baselineId);
  const water: Overview['water'] = {
    use,
    baseline,
    households:
      baseline && householdsByWater(namedUse, { name: `water use of one home (${baseline.label})`, quantity: baseline.waterGallonsPerDay }),
    people: peopleByWater(namedUse, { name: 'water use of one person at home', quantity: place.personWaterGallonsPerDay }),
    shareOfPumping: shareOf(namedUse, { name: `${u.shortName}'s daily pumping`, quantity: u.waterPumpingGallonsPerDay }),
    shareOfRecordDay: shareOf(namedUse, { name: `${u.shortName}'s record day`, quantity: u.recordWaterDemandGallonsPerDay }),
    utilityStatedShare: facility.utilityEstimates.waterUseShare,
  };

  const growth = growthPoints(facility);
  const growthRows = growth.filter((p) => GROWTH_POWER_SERIES.some((k) => p.changed.includes(k)));
  const gpus = firstAndLast(growth, 'gpus');
  const model = {
    facility,
    place,
    asOf: latestEvent.date,
    scenario,
    scenarioQuery: scenarioToQuery(scenario, ctx),
    scenarioContext: ctx,
    loadFactor,
    defaultBaseline,
    defaultHouseholdKw: householdAverageKw(defaultBaseline),
    gpus: state.gpuCount,
    power,
    utilityStatedElectricShare: facility.utilityEstimates.electricLoadShare,
    water,
    growth,
    growthSummary: describeGrowth(growth),
    growthGpuSourceIds: [...new Set([gpus.first, gpus.last].flatMap((p) => p?.sourceIds ?? []))],
    growthRows,
  };
  const figures = overviewFigures(model);
  // the address, the events the growth table lists, and those whose GPU counts the growth summary gives
  const cited = [...facility.addressSourceIds, ...growthRows.flatMap((p) => p.sourceIds), ...model.growthGpuSourceIds];
  return { ...model, figures, sourceIds: pageSourceIds(figures, cited) };
}

/** The figures the overview shows, declared once (see figures.ts). */
function overviewFigures(o: Omit<Overview, 'figures' | 'sourceIds'>): FigureRow[] {
  const u = o.place.utility.shortName;
  const list = new FigureList()
    .add('scenario.loadFactor', 'Load factor (average power ÷ each figure), set by this view', o.loadFactor)
    .add('facility.gpus', 'GPUs on site', o.gpus);
  for (const p of o.power) {
    const id = `power.${p.key}`;
    list
      .add(`${id}.mw`, p.label, p.power)
      .add(
        `${id}.households`,
        `${p.label}: homes using as much electricity in a year (${o.defaultBaseline.label}; range over all baselines)`,
        p.households.overall,
      )
      .add(`${id}.shareOfAverageLoad`, `${p.label}: share of ${u}'s load on an average day`, p.shareOfAverageLoad)
      .add(`${id}.shareOfSummerPeak`, `${p.label}: share of ${u}'s normal summer peak`, p.shareOfSummerPeak);
  }
  const w = o.water;
  const utility = o.place.utility;
  return list
    .add(
      'power.utilityStatedElectricShare',
      `${u}'s own estimate of the facility's share of its daily electric load`,
      o.utilityStatedElectricShare,
    )
    .add('water.onsiteUse', 'On-site water drawn from the aquifer, a day (this view’s water case)', w.use)
    .add('water.households', `Homes using as much water (${w.baseline?.label ?? 'no baseline with a water figure'})`, w.households)
    .add('water.people', 'People using as much water at home', w.people)
    .add('water.shareOfPumping', `Share of ${u}'s daily pumping`, w.shareOfPumping)
    .add('water.shareOfRecordDay', `Share of ${u}'s record day of water demand`, w.shareOfRecordDay)
    .add('water.utilityStatedShare', `${u}'s own estimate of the facility's share of its water`, w.utilityStatedShare)
    .add('utility.averageLoadMw', `${u}'s load on an average day`, utility.averageLoadMw)
    .add('utility.summerPeakMw', `${u}'s normal summer peak`, utility.summerPeakMw)
    .add('utility.waterPumping', `${u}'s daily water pumping`, utility.waterPumpingGallonsPerDay)
    .add('utility.recordWaterDemand', `${u}'s record day of water demand`, utility.recordWaterDemandGallonsPerDay)
    .add('place.personWater', 'Water one person uses at home, a day', o.place.personWaterGallonsPerDay).rows;
}

/** The scenario in words, one phrase per setting, for "Showing: …" and for print. */
export function describeScenario(o: Overview): string[] {
  const s = o.scenario;
  const pue = s.pue === undefined ? 'the sourced range' : String(s.pue);
  const water = {
    expected: 'expected demand, with its range',
    high: 'the highest figure sources give',
    recycling: 'none from the aquifer (recycling plant running)',
  }[s.water];
  return [
    s.date === undefined ? `the facility as of its latest event (${formatDate(o.asOf)})` : `the facility as of ${formatDate(s.date)}`,
    `load factor ${s.loadFactor}${s.loadFactor === 1 ? ' (running at each figure all year)' : ''}`,
    `homes compared with the ${o.defaultBaseline.label}`,
    `on-site water: ${water}`,
    `PUE for the bottom-up check: ${pue}`,
  ];
}

/** What the on-site water figure is under the scenario's water case, in a phrase. */
export function waterCaseText(o: Overview): string {
  switch (o.scenario.water) {
    case 'expected':
      return 'expected daily use for cooling';
    case 'high':
      return 'daily use for cooling, at the highest figure the sources give';
    case 'recycling':
      return 'drawn from the aquifer if the recycling plant supplied all of the cooling water (it is not known to be running)';
  }
}
