/**
 * Everything the overview page of a facility shows, computed from the data files.
 * The page only lays these quantities out; no arithmetic happens in app/.
 */
import { shareOf } from '../core/compare';
import { formatDate, formatRange } from '../core/format';
import { findClaims, findConcerns, findFacility, getFactors, getPlace, listFacilities } from '../data/load';
import {
  householdAverageKw,
  type HouseholdComparison,
  householdsAcrossBaselines,
  loadFactorFor,
  siteEstimateEvent,
  siteEstimateMw,
} from '../power/power';
import { derive, divideBounds, type KnownQuantity, type Quantity } from '../core/quantity';
import type { Facility, TimelineEvent } from '../data/schemas/facility';
import type { HouseholdBaseline, Place } from '../data/schemas/place';
import { type DecisionView, decisionCites, decisionsFor, NEXT_SHOWN, siteToday } from './decisions';
import { type FigureRow, FigureList, pageSourceIds } from './figures';
import { describeGrowth, firstAndLast, GROWTH_POWER_SERIES, type GrowthPoint, growthPoints, peakReportedTurbines } from '../power/growth';

import { lastChangeOf, latestState } from '../data/timeline';
import { citedSourceIdsOf } from '../data/event-dating';
import { defaultScenario, type Scenario, type ScenarioContext, scenarioToQuery } from '../scenario/scenario';
import { regionScenarioContext, scenarioContext } from '../scenario/context';
import { householdsByWater, latestReportedUse, peopleByWater, type ReportedUse, waterBaseline, waterUseForCase } from '../water/water';

export type PowerFigure = {
  key: 'gridSupplied' | 'gridApproved' | 'claimed' | 'estimated' | 'turbinesPermitted' | 'turbinesReported';
  label: string;
  /** What the figure is, in a phrase: "approved by TVA". */
  description: string;
  power: Quantity<'MW'>;
  event: TimelineEvent | undefined;
  households: HouseholdComparison;
  shareOfAverageLoad: Quantity<'share'>;
  shareOfSummerPeak: Quantity<'share'>;
};

export type SupplyLink = { facilityId: string; name: string; what: string; sourceIds: string[] };

export type Overview = {
  facility: Facility;
  /** A site that burns no gas: why it has no health figures, and the plant whose page has them (each ton counted once, there). */
  healthElsewhere: { facilityId: string; name: string } | undefined;
  place: Place;
  /** Date of the latest event in the facility's timeline, up to the scenario's date. */
  asOf: string;
  scenario: Scenario;
  /** The scenario's canonical query string ("" for the defaults). */
  scenarioQuery: string;
  /** The query for a link to another facility: without \`tons\`, whose scenarios are each site's own (a kind one site has, another may not). */
  otherFacilityQuery: string;
  scenarioContext: ScenarioContext;
  loadFactor: KnownQuantity<'load factor'>;
  defaultBaseline: HouseholdBaseline;
  /** Average power one home of the default baseline draws over a year. */
  defaultHouseholdKw: Quantity<'kW'>;
  gpus: Quantity<'GPUs'> | undefined;
  power: PowerFigure[];
  /** The utility's own estimate of the facility's share of its load, where it gave one. */
  utilityStatedElectricShare: Quantity<'share'> | undefined;
  /** Undefined for a facility with no water figure (see `waterNotFound`). */
  water:
    | {
        use: Quantity<'gal/day'>;
        /** What `use` is when it is the latest reported use ("the total reported for a month, as a daily average"). */
        reported: ReportedUse | undefined;
        /** The expectation the sources give, shown beside a reported figure. */
        expected: Quantity<'gal/day'>;
        baseline: HouseholdBaseline | undefined;
        households: Quantity<'households'> | undefined;
        people: Quantity<'people'>;
        shareOfPumping: Quantity<'share'>;
        shareOfRecordDay: Quantity<'share'>;
        utilityStatedShare: Quantity<'share'> | undefined;
      }
    | undefined;
  waterNotFound: Facility['waterNotFound'];
  growth: GrowthPoint[];
  growthSummary: { power: string; gpus: string };
  /** Facilities that supply this one with power, and those it supplies: their megawatts are one and the same. */
  suppliedBy: SupplyLink[];
  supplies: SupplyLink[];
  /** The date of the latest dated event in the data for this facility (its timeline, legal record and claims): how current it is. */
  checkedTo: string;
  /** The decisions about this facility, what comes next first, as they stand today (lib/pages/decisions.ts). */
  next: DecisionView[];
  /** The company's claimed power ÷ the independent estimate, where both are known. */
  claimGap: Quantity<'ratio'> | undefined;
  /** The sources of the GPU counts the growth summary gives (the first and the last). */
  growthGpuSourceIds: string[];
  /** The points the growth table lists: those where a power figure changed. */
  growthRows: GrowthPoint[];
  /** The dated events up to the view's date, listed in place of the chart when no power figure is known at any date (MACROHARDRR). */
  uncharted: TimelineEvent[] | undefined;
  /** Every figure the page shows, declared once. */
  figures: FigureRow[];
  /** Every source the page rests on: its figures', the address's and the timeline's. */
  sourceIds: string[];
};

/**
 * The last few overviews computed, by facility, scenario, settings and day: a page asks for the same
 * one several times (the report, through the models it draws on). Callers only read what it hands out.
 */
const recent = new Map<string, Overview | undefined>();

/** The overview of a facility for a scenario (the defaults when none is given). */
export function getOverview(facilityId: string, scenario?: Scenario, settings: 'facility' | 'region' = 'facility'): Overview | undefined {
  // the region's pages read the featured facility's overview with the region's settings (its tons cases)
  const ctx = scenarioContext(facilityId) && (settings === 'region' ? regionScenarioContext(facilityId) : scenarioContext(facilityId));
  if (ctx === undefined) return undefined;
  const s = scenario ?? defaultScenario(ctx);
  // what it says of decisions to come depends on the day
  const key = JSON.stringify([facilityId, s, settings, siteToday()]);
  if (recent.has(key)) return recent.get(key);
  const overview = computeOverview(facilityId, s, ctx);
  if (recent.size >= 8) recent.delete(recent.keys().next().value as string);
  recent.set(key, overview);
  return overview;
}

/** The facility's daily water set against homes, people and the utility's pumping, for the scenario's water case. */
function waterComparisons(
  w: NonNullable<Facility['water']>,
  scenario: Scenario,
  place: Place,
  baselineId: string,
  facility: Facility,
): NonNullable<Overview['water']> {
  const u = place.utility;
  const use = waterUseForCase(w, scenario.water, scenario.date);
  const reported = scenario.water === 'reported' ? latestReportedUse(w, scenario.date) : undefined;
  const namedUse = { name: 'on-site water drawn from the aquifer', quantity: use };
  const baseline = waterBaseline(place.householdBaselines, baselineId);
  return {
    use,
    reported,
    expected: w.onsiteUseGallonsPerDay,
    baseline,
    households:
      baseline && householdsByWater(namedUse, { name: `water use of one home (${baseline.label})`, quantity: baseline.waterGallonsPerDay }),
    people: peopleByWater(namedUse, { name: 'water use of one person at home', quantity: place.personWaterGallonsPerDay }),
    shareOfPumping: shareOf(namedUse, { name: `${u.shortName}'s daily pumping`, quantity: u.waterPumpingGallonsPerDay }),
    shareOfRecordDay: shareOf(namedUse, { name: `${u.shortName}'s record day`, quantity: u.recordWaterDemandGallonsPerDay }),
    utilityStatedShare: facility.utilityEstimates?.waterUseShare,
  };
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
  const loadFactor = loadFactorFor(scenario.loadFactor, facility.kind);

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
      description: `delivered from the ${u.shortName === place.grid.shortName ? u.shortName : `${u.shortName}/${place.grid.shortName}`} grid, as last reported`,
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
      key: 'claimed',
      label: 'Power the companies state',
      description: 'what the company itself says the site has or uses',
      power: state.claimedPowerMw,
      event: lastChangeOf(facility, 'claimedPowerMw', upTo),
    },
    {
      key: 'estimated',
      label: 'Power estimated by independent analysts',
      description: 'estimated from satellite imagery, equipment and filings, not metered',
      power: siteEstimateMw(state, getFactors().powerUsageEffectiveness),
      event: siteEstimateEvent(facility, upTo),
    },
    {
      key: 'turbinesPermitted',
      label: 'Gas turbines permitted',
      description: facility.kind === 'power plant' ? 'turbines allowed by the air permit' : 'on-site turbines allowed by the air permit',
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

  const water = facility.water === undefined ? undefined : waterComparisons(facility.water, scenario, place, baselineId, facility);

  const others = listFacilities();
  const suppliedBy = others.flatMap((f) =>
    f.supplies
      .filter((x) => x.facilityId === facility.id)
      .map((x) => ({ facilityId: f.id, name: f.name, what: x.what, sourceIds: x.sourceIds })),
  );
  const supplies = facility.supplies.map((x) => ({
    facilityId: x.facilityId,
    name: others.find((f) => f.id === x.facilityId)?.name ?? x.facilityId,
    what: x.what,
    sourceIds: x.sourceIds,
  }));
  const claimed = power.find((p) => p.key === 'claimed');
  const estimated = power.find((p) => p.key === 'estimated');
  const claimGap =
    claimed === undefined || estimated === undefined
      ? undefined
      : derive(
          'ratio',
          [
            { name: claimed.label.toLowerCase(), quantity: claimed.power },
            { name: estimated.label.toLowerCase(), quantity: estimated.power },
          ],
          ([c, e]) => divideBounds(c, e),
          ([c, e]) => `${formatRange(c)} ÷ ${formatRange(e)}`,
        );
  const growth = growthPoints(facility, getFactors().powerUsageEffectiveness);
  const growthRows = growth.filter((p) => GROWTH_POWER_SERIES.some((k) => p.changed.includes(k)));
  const gpus = firstAndLast(growth, 'gpus');
  const model = {
    facility,
    place,
    asOf: latestEvent.date,
    scenario,
    scenarioQuery: scenarioToQuery(scenario, ctx),
    otherFacilityQuery: scenarioToQuery({ ...scenario, tons: undefined }, ctx),
    scenarioContext: ctx,
    loadFactor,
    defaultBaseline,
    defaultHouseholdKw: householdAverageKw(defaultBaseline),
    gpus: state.gpuCount,
    power,
    utilityStatedElectricShare: facility.utilityEstimates?.electricLoadShare,
    water,
    waterNotFound: facility.waterNotFound,
    healthElsewhere: healthElsewhere(facility),
    growth,
    growthSummary: describeGrowth(growth),
    suppliedBy,
    supplies,
    claimGap,
    next: decisionsFor(siteToday(), [facility.id]),
    checkedTo: [
      ...facility.timeline.map((e) => e.date),
      ...(findConcerns(facility.id)?.legalTimeline.map((e) => e.date) ?? []),
      ...(findClaims(facility.id)?.claims.map((c) => c.date) ?? []),
    ].reduce((a, b) => (b > a ? b : a), ''),
    growthGpuSourceIds: [...new Set([gpus.first, gpus.last].flatMap((p) => p?.sourceIds ?? []))],
    growthRows,
    uncharted: growth.some((p) => GROWTH_POWER_SERIES.some((k) => p[k] !== null))
      ? undefined
      : facility.timeline.filter((e) => upTo === undefined || e.date <= upTo),
  };
  const figures = overviewFigures(model);
  // the address, the events the growth table lists, and those whose GPU counts the growth summary gives
  const cited = [
    ...facility.addressSourceIds,
    ...growthRows.flatMap((p) => p.sourceIds),
    ...model.growthGpuSourceIds,
    ...(facility.waterNotFound?.sourceIds ?? []),
    ...(model.uncharted ?? []).flatMap(citedSourceIdsOf),
    ...[...suppliedBy, ...supplies].flatMap((x) => x.sourceIds),
    ...model.next.slice(0, NEXT_SHOWN).flatMap(decisionCites),
  ];
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
    list.add(`${id}.mw`, p.label, p.power);
    // a figure that is not known is shown with why, and nothing is computed from it
    if (p.power.kind === 'unknown') continue;
    list
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
  list.add('power.claimGap', 'Power claimed by the company ÷ power estimated by independent analysts', o.claimGap);
  list.add(
    'power.utilityStatedElectricShare',
    `${u}'s own estimate of the facility's share of its daily electric load`,
    o.utilityStatedElectricShare,
  );
  if (w !== undefined) {
    list
      .add('water.onsiteUse', 'On-site water drawn from the aquifer, a day (this view’s water case)', w.use)
      // shown beside the latest reported use
      .add('water.expected', 'On-site water expected by the sources, a day', w.reported ? w.expected : undefined)
      .add('water.households', `Homes using as much water (${w.baseline?.label ?? 'no baseline with a water figure'})`, w.households)
      .add('water.people', 'People using as much water at home', w.people)
      .add('water.shareOfPumping', `Share of ${u}'s daily pumping`, w.shareOfPumping)
      .add('water.shareOfRecordDay', `Share of ${u}'s record day of water demand`, w.shareOfRecordDay)
      .add('water.utilityStatedShare', `${u}'s own estimate of the facility's share of its water`, w.utilityStatedShare);
  }
  list
    .add('utility.averageLoadMw', `${u}'s load on an average day`, utility.averageLoadMw)
    .add('utility.summerPeakMw', `${u}'s normal summer peak`, utility.summerPeakMw);
  if (w !== undefined) {
    list
      .add('utility.waterPumping', `${u}'s daily water pumping`, utility.waterPumpingGallonsPerDay)
      .add('utility.recordWaterDemand', `${u}'s record day of water demand`, utility.recordWaterDemandGallonsPerDay)
      .add('place.personWater', 'Water one person uses at home, a day', o.place.personWaterGallonsPerDay);
  }
  return list.rows;
}

/** The scenario in words, one phrase per setting that applies to the facility (no water case without a water figure, no PUE without GPUs), for "Showing: …", print and downloads. */
export function describeScenario(o: Overview): string[] {
  const s = o.scenario;
  const pue = s.pue === undefined ? 'the sourced range' : String(s.pue);
  const water = {
    reported: 'the latest reported use',
    expected: 'expected demand, with its range',
    high: 'the highest figure sources give',
    recycling: 'none from the aquifer (recycling plant running)',
  }[s.water];
  return [
    s.date === undefined ? `the facility as of its latest event (${formatDate(o.asOf)})` : `the facility as of ${formatDate(s.date)}`,
    `load factor ${s.loadFactor}${s.loadFactor === 1 ? ' (running at each figure all year)' : ''}`,
    `homes compared with the ${o.defaultBaseline.label}`,
    ...(o.water === undefined ? [] : [`on-site water: ${water}`]),
    ...(o.gpus === undefined ? [] : [`PUE for the bottom-up check: ${pue}`]),
  ];
}

/** What the on-site water figure is under the scenario's water case, in a phrase. */
export function waterCaseText(o: Overview): string {
  switch (o.scenario.water) {
    case 'reported':
      return 'the latest reported daily use';
    case 'expected':
      return 'expected daily use for cooling';
    case 'high':
      return 'daily use for cooling, at the highest figure the sources give';
    case 'recycling':
      return 'drawn from the aquifer if the recycling plant supplied all of the cooling water (it is not known to be running)';
  }
}

/** Where a site that burns no gas has its health figures counted: the plant that supplies its power, if any. */
function healthElsewhere(facility: Facility): Overview['healthElsewhere'] {
  if (findConcerns(facility.id)?.tons !== undefined) return undefined;
  const plant = listFacilities().find((f) => f.supplies.some((s) => s.facilityId === facility.id));
  if (plant === undefined || findConcerns(plant.id)?.tons === undefined) return undefined;
  return { facilityId: plant.id, name: plant.shortName };
}
