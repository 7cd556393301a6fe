/**
 * Everything the power page of a facility shows: the grid and on-site supply over time,
 * households counted two ways, the facility against its utility, a bottom-up check from
 * the GPU count, and what the utility bills imply.
 */
import { shareOf } from '../core/compare';
import { findFacility, getFactors, getPlace } from '../data/load';
import { formatDate, formatNumber, formatValue } from '../core/format';
import { getOverview, type Overview } from './overview';
import {
  annualEnergyMwh,
  assumedPue,
  averagePowerFromMonthlyEnergy,
  energyFromBill,
  facilityPowerFromIt,
  gpuPowerMw,
  gridShareOfSupply,
  householdAnnualKwh,
  householdAverageKw,
  householdsByEnergy,
  householdsByPower,
  householdsByRuleOfThumb,
  statePriceRange,
} from '../power/power';
import { derive, envelope, isKnown, type KnownQuantity, mapBounds, type Quantity } from '../core/quantity';
import type { Scenario } from '../scenario/scenario';
import type { Facility, HouseholdBaseline, Place, TimelineEvent } from '../data/schemas';
import { sourceIdsOf } from '../core/sources';
import { reportedTurbineMw, statesOverTime } from '../data/timeline';
import { HOURS_PER_YEAR } from '../core/units';

type NamedPower = { key: string; label: string; power: Quantity<'MW'>; event?: TimelineEvent | undefined; kind?: CityRow['kind'] };

export type BaselineRow = {
  baseline: HouseholdBaseline;
  annualKwh: Quantity<'kWh/yr'>;
  averageKw: Quantity<'kW'>;
  /** One entry per power figure, in the order of `HouseholdSection.figures`. */
  byPower: Quantity<'households'>[];
  byEnergy: Quantity<'households'>[];
};

export type HouseholdSection = {
  figures: NamedPower[];
  rows: BaselineRow[];
  ruleOfThumb: Quantity<'households'>[];
  homesPerMw: Quantity<'households/MW'>;
  /** Spread across baselines (by energy) for each figure. */
  spread: Quantity<'households'>[];
};

export type CityRow = {
  /** Stable key: the power figure's key, `estimated`, or `related-<n>` for another site. */
  key: string;
  label: string;
  /** This facility's own figure, an outside estimate of it, or another site's request. */
  kind: 'facility' | 'estimate' | 'other site';
  power: Quantity<'MW'>;
  shareOfAverageLoad: Quantity<'share'>;
  shareOfSummerPeak: Quantity<'share'>;
  shareOfRecordPeak: Quantity<'share'>;
  shareOfGridRecordPeak: Quantity<'share'>;
};

export type BottomUpRow = {
  /** Date of the event that set the GPU count. */
  date: string;
  label: string;
  gpus: Quantity<'GPUs'>;
  gpuOnlyMw: Quantity<'MW'>;
  computersMw: Quantity<'MW'>;
  facilityMw: Quantity<'MW'>;
};

export type SupplyRow = {
  event: TimelineEvent;
  grid: Quantity<'MW'>;
  turbines: Quantity<'MW'>;
  turbineBasis: 'reported running' | 'permitted';
  gridShare: Quantity<'share'>;
};

export type PowerDetail = {
  overview: Overview;
  facility: Facility;
  place: Place;
  households: HouseholdSection;
  city: {
    rows: CityRow[];
    annualEnergy: Quantity<'MWh/yr'>;
    shareOfAnnualSales: Quantity<'share'>;
    annualEnergyLabel: string;
    /** The utility's yearly sales as an average power, to set beside its quoted average load. */
    salesAverageMw: Quantity<'MW'>;
  };
  bottomUp: { rows: BottomUpRow[]; gpuBoardKw: Quantity<'kW/GPU'>; gpuSystemKw: Quantity<'kW/GPU'>; pue: Quantity<'ratio'> };
  supply: SupplyRow[];
  bills: {
    reported: Quantity<'USD/month'>;
    expected: Quantity<'USD/month'>;
    price: Quantity<'USD/kWh'>;
    reportedEnergy: Quantity<'kWh/month'>;
    reportedAverageMw: Quantity<'MW'>;
    expectedAverageMw: Quantity<'MW'>;
    gridInServiceAtBills: Quantity<'MW'> | undefined;
  };
  sourceIds: string[];
};

function gridFigures(overview: Overview): NamedPower[] {
  return overview.power
    .filter((p) => p.key === 'gridSupplied' || p.key === 'gridApproved')
    .map((p) => ({ key: p.key, label: p.label, power: p.power, event: p.event }));
}

function householdSection(figures: NamedPower[], place: Place, overview: Overview): HouseholdSection {
  const factors = getFactors();
  const named = (f: NamedPower) => ({ name: f.label.toLowerCase(), quantity: f.power });
  const rows = place.householdBaselines.map((baseline) => ({
    baseline,
    annualKwh: householdAnnualKwh(baseline),
    averageKw: householdAverageKw(baseline),
    byPower: figures.map((f) => householdsByPower(named(f), baseline)),
    byEnergy: figures.map((f) => householdsByEnergy(named(f), overview.loadFactor, baseline)),
  }));
  const centralIndex = place.householdBaselines.findIndex((b) => b.id === overview.defaultBaseline.id);
  return {
    figures,
    rows,
    homesPerMw: factors.mlgwHomesPerMw,
    ruleOfThumb: figures.map((f) =>
      householdsByRuleOfThumb(named(f), { name: `${place.utility.shortName}'s homes per MW`, quantity: factors.mlgwHomesPerMw }),
    ),
    spread: figures.map((_, i) =>
      envelope(
        'households',
        rows.map((r) => ({ name: `homes by ${r.baseline.label}`, quantity: r.byEnergy[i] as Quantity<'households'> })),
        centralIndex,
        'central value from the default baseline; range from the lowest to the highest baseline',
      ),
    ),
  };
}

function cityRows(figures: NamedPower[], facility: Facility, place: Place): CityRow[] {
  const u = place.utility;
  const all: NamedPower[] = [
    ...figures,
    { key: 'estimated', label: 'Whole site, estimated', power: facility.power.estimatedFacilityPowerMw, kind: 'estimate' },
    ...facility.power.relatedLoads.map((r, i) => ({ key: `related-${i}`, label: r.label, power: r.powerMw, kind: 'other site' as const })),
  ];
  return all.map((f) => {
    const part = { name: f.label.toLowerCase(), quantity: f.power };
    return {
      key: f.key,
      label: f.label,
      kind: f.kind ?? 'facility',
      power: f.power,
      shareOfAverageLoad: shareOf(part, { name: `${u.shortName}'s average load`, quantity: u.averageLoadMw }),
      shareOfSummerPeak: shareOf(part, { name: `${u.shortName}'s normal summer peak`, quantity: u.summerPeakMw }),
      shareOfRecordPeak: shareOf(part, { name: `${u.shortName}'s record peak`, quantity: u.recordPeakMw }),
      shareOfGridRecordPeak: shareOf(part, { name: `${place.grid.shortName}'s record peak`, quantity: place.grid.recordPeakMw }),
    };
  });
}

function bottomUpRows(facility: Facility, pue: Quantity<'ratio'>, upTo?: string): BottomUpRow[] {
  const factors = getFactors();
  const rows: BottomUpRow[] = [];
  for (const { event, state } of statesOverTime(facility, upTo)) {
    if (event.changes.gpuCount === undefined || state.gpuCount === undefined) continue;
    const gpus = { name: 'GPUs', quantity: state.gpuCount };
    const computers = gpuPowerMw(gpus, { name: 'power per GPU, whole server', quantity: factors.gpuSystemPowerKw });
    rows.push({
      date: event.date,
      label: `${formatDate(event.date)}: ${event.title}`,
      gpus: state.gpuCount,
      gpuOnlyMw: gpuPowerMw(gpus, { name: 'power per GPU, chip only', quantity: factors.gpuBoardPowerKw }),
      computersMw: computers,
      facilityMw: facilityPowerFromIt(
        { name: 'power of the computers', quantity: computers },
        { name: 'power usage effectiveness', quantity: pue },
      ),
    });
  }
  return rows;
}

/** Grid against on-site turbines, at each event where the pair of figures changes and both are known. */
function supplyRows(facility: Facility, upTo?: string): SupplyRow[] {
  const rows: SupplyRow[] = [];
  let previous = '';
  for (const { event, state } of statesOverTime(facility, upTo)) {
    const grid = state.gridPowerSuppliedMw;
    const reported = reportedTurbineMw(state);
    const permitted = state.onsiteTurbinesPermittedMw;
    const [turbines, basis] =
      reported !== undefined && isKnown(reported)
        ? ([reported, 'reported running'] as const)
        : permitted !== undefined && isKnown(permitted)
          ? ([permitted, 'permitted'] as const)
          : [undefined, undefined];
    if (grid === undefined || !isKnown(grid) || turbines === undefined || basis === undefined) continue;
    const key = `${grid.value}/${turbines.value}/${basis}`;
    if (key === previous) continue;
    previous = key;
    rows.push({
      event,
      grid,
      turbines,
      turbineBasis: basis,
      gridShare: gridShareOfSupply(
        { name: 'grid power in service', quantity: grid },
        { name: `gas turbines ${basis}`, quantity: turbines },
      ),
    });
  }
  return rows;
}

function gridInServiceOn(facility: Facility, isoDate: string): Quantity<'MW'> | undefined {
  const states = statesOverTime(facility, isoDate);
  return states[states.length - 1]?.state.gridPowerSuppliedMw;
}

export function getPowerDetail(facilityId: string, scenario?: Scenario): PowerDetail | undefined {
  const facility = findFacility(facilityId);
  const overview = getOverview(facilityId, scenario);
  if (facility === undefined || overview === undefined) return undefined;
  const upTo = overview.scenario.date;
  const pue = overview.scenario.pue === undefined ? getFactors().powerUsageEffectiveness : assumedPue(overview.scenario.pue);
  const place = getPlace(facility.placeId);
  const factors = getFactors();
  const figures = gridFigures(overview);
  const households = householdSection(figures, place, overview);

  const approved = figures.find((f) => f.key === 'gridApproved') ?? figures[0];
  if (approved === undefined) throw new Error(`Facility "${facility.id}" has no grid power figure`);
  const annualEnergy = annualEnergyMwh({ name: approved.label.toLowerCase(), quantity: approved.power }, overview.loadFactor);
  const shareOfAnnualSales = shareOf(
    { name: `yearly energy at ${approved.label.toLowerCase()}`, quantity: annualEnergy },
    { name: `${place.utility.shortName}'s yearly sales`, quantity: place.utility.annualSalesMwh },
  );

  const price = statePriceRange(place);
  const reportedEnergy = energyFromBill(
    { name: 'reported monthly electricity bill', quantity: facility.power.reportedMonthlyElectricBillUsd },
    { name: 'price per kWh', quantity: price },
  );
  const expectedEnergy = energyFromBill(
    { name: 'expected monthly bill', quantity: facility.power.expectedMonthlyBillUsd },
    { name: 'price per kWh', quantity: price },
  );
  const bills: PowerDetail['bills'] = {
    reported: facility.power.reportedMonthlyElectricBillUsd,
    expected: facility.power.expectedMonthlyBillUsd,
    price,
    reportedEnergy,
    reportedAverageMw: averagePowerFromMonthlyEnergy({ name: 'energy the reported bills pay for', quantity: reportedEnergy }),
    expectedAverageMw: averagePowerFromMonthlyEnergy({ name: 'energy the expected bill pays for', quantity: expectedEnergy }),
    gridInServiceAtBills:
      facility.power.reportedMonthlyElectricBillUsd.kind === 'known'
        ? gridInServiceOn(facility, facility.power.reportedMonthlyElectricBillUsd.asOf)
        : undefined,
  };

  const salesAverageMw = derive(
    'MW',
    [{ name: `${place.utility.shortName}'s yearly sales`, quantity: place.utility.annualSalesMwh }],
    ([sales]) => mapBounds(sales, (mwh) => mwh / HOURS_PER_YEAR),
    ([sales]) => `${formatValue(sales.value, 'MWh/yr')} ÷ ${formatNumber(HOURS_PER_YEAR)} hours`,
  );
  const city = {
    rows: cityRows(figures, facility, place),
    annualEnergy,
    shareOfAnnualSales,
    annualEnergyLabel: approved.label,
    salesAverageMw,
  };
  const bottomUp = {
    rows: bottomUpRows(facility, pue, upTo),
    gpuBoardKw: factors.gpuBoardPowerKw,
    gpuSystemKw: factors.gpuSystemPowerKw,
    pue,
  };
  const supply = supplyRows(facility, upTo);

  const shown: Quantity[] = [
    ...households.rows.flatMap((r) => [r.annualKwh, ...r.byPower, ...r.byEnergy]),
    ...households.ruleOfThumb,
    ...city.rows.flatMap((r) => [r.shareOfAverageLoad, r.shareOfSummerPeak, r.shareOfRecordPeak, r.shareOfGridRecordPeak]),
    shareOfAnnualSales,
    ...bottomUp.rows.map((r) => r.facilityMw),
    ...bottomUp.rows.map((r) => r.gpuOnlyMw),
    ...supply.map((r) => r.gridShare),
    bills.reportedAverageMw,
    bills.expectedAverageMw,
    overview.utilityStatedElectricShare,
    facility.power.estimatedFacilityPowerMw,
    place.grid.recordPeakMw,
    place.utility.annualSalesMwh,
    bottomUp.pue,
    bottomUp.gpuBoardKw,
    bottomUp.gpuSystemKw,
  ];
  return {
    overview,
    facility,
    place,
    households,
    city,
    bottomUp,
    supply,
    bills,
    sourceIds: [...new Set([...sourceIdsOf(shown), ...statesOverTime(facility, upTo).flatMap(({ event }) => event.sourceIds)])],
  };
}

/** "From 85,300 (Tennessee average home) to 127,000 (U.S. average home)": the spread in words. */
export function describeSpread(rows: BaselineRow[], index: number): string {
  const known = rows
    .map((r) => ({ label: r.baseline.label, q: r.byEnergy[index] }))
    .filter((r): r is { label: string; q: KnownQuantity<'households'> } => r.q !== undefined && isKnown(r.q));
  if (known.length < 2) return '';
  const sorted = [...known].sort((a, b) => a.q.value - b.q.value);
  const lo = sorted[0] as (typeof sorted)[number];
  const hi = sorted[sorted.length - 1] as (typeof sorted)[number];
  return `from ${formatValue(lo.q.value, 'households', { significantFigures: 3 })} (${lo.label}) to ${formatValue(hi.q.value, 'households', { significantFigures: 3 })} (${hi.label})`;
}
