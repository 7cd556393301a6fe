/**
 * Everything the water page of a facility shows: each report of its daily use, what the
 * bills imply, the facility against homes, people and the utility's pumping, the aquifer,
 * the recycling plant, and the water consumed at power plants for its electricity.
 * On-site and off-site water are kept apart, and so are withdrawal and consumption.
 */
import { shareOf } from '../core/compare';
import { findFacility, getFactors, getPlace } from '../data/load';
import { getOverview, type Overview } from './overview';
import { derive, divideBounds, isKnown, type Quantity } from '../core/quantity';
import type { Scenario } from '../scenario/scenario';
import type { Facility } from '../data/schemas/facility';
import type { Place } from '../data/schemas/place';
import { type FigureRow, FigureList, pageSourceIds, slugify, uniqueKeys } from './figures';
import { formatDate, formatRange } from '../core/format';
import { dailyAverageOfMonth, dailyWaterFromBill, gallonsPerYear, litresPerKwhAsGallonsPerMwh, offsiteWaterPerDay } from '../water/water';

/** What each kind of water report is, in words, for the Water page and the report. */
export const REPORT_KIND_LABEL = { expected: 'expected demand', reported: 'reported use', implied: 'our arithmetic on records' } as const;

export type UseReport = {
  label: string;
  /** What the figure is: an expectation, a report of actual use, or our arithmetic on records. */
  kind: 'expected' | 'reported' | 'implied';
  perDay: Quantity<'gal/day'>;
  /** Absent for a single day's figure, which says nothing about a year. */
  perYear: Quantity<'gal/yr'> | undefined;
};

export type OffsiteRow = {
  label: string;
  /** Consumption (evaporated, not returned) or withdrawal (taken, mostly returned). */
  measure: 'consumption' | 'withdrawal';
  perMwh: Quantity<'gal/MWh'>;
  perDay: Quantity<'gal/day'>;
};

export type WaterDetail = {
  overview: Overview;
  /** The overview's water comparisons (a facility without water figures has no water page). */
  own: NonNullable<Overview['water']>;
  facility: Facility;
  place: Place;
  reports: UseReport[];
  comparisons: {
    shareOfCountyWithdrawals: Quantity<'share'>;
  };
  aquifer: Place['aquifer'];
  recycling: {
    plant: NonNullable<Facility['water']>['recyclingPlant'];
    capacityPerYear: Quantity<'gal/yr'>;
    shareOfPumping: Quantity<'share'>;
    timesFacilityUse: Quantity<'ratio'>;
  };
  offsite: { power: Quantity<'MW'>; powerLabel: string; rows: OffsiteRow[] };
  /** Every figure the page shows, declared once. */
  figures: FigureRow[];
  sourceIds: string[];
};

function report(
  label: string,
  kind: UseReport['kind'],
  perDay: Quantity<'gal/day'>,
  period: 'average' | 'single day' = 'average',
): UseReport {
  return {
    label,
    kind,
    perDay,
    perYear: period === 'single day' ? undefined : gallonsPerYear({ name: label.toLowerCase(), quantity: perDay }),
  };
}

export function getWaterDetail(facilityId: string, scenario?: Scenario): WaterDetail | undefined {
  const facility = findFacility(facilityId);
  const overview = getOverview(facilityId, scenario);
  if (facility === undefined || overview === undefined) return undefined;
  const place = getPlace(facility.placeId);
  const factors = getFactors();
  const w = facility.water;
  const own = overview.water;
  if (w === undefined || own === undefined) return undefined;
  const u = place.utility;

  const reports: UseReport[] = [
    ...w.reports.map((r) => report(r.label, r.kind, r.gallonsPerDay, r.period)),
    report(
      w.monthlyDrawGallons.kind === 'known'
        ? `Daily average of the total reported for ${formatDate(w.monthlyDrawGallons.asOf)}`
        : 'Daily average of a month',
      // a reported total, divided by us: our arithmetic on a record, not a reported daily figure
      'implied',
      dailyAverageOfMonth({ name: 'water drawn in the month', quantity: w.monthlyDrawGallons }),
    ),
    report(
      'What the water bills pay for',
      'implied',
      dailyWaterFromBill(
        { name: 'monthly water bill', quantity: w.reportedMonthlyWaterBillUsd },
        { name: 'price of water', quantity: w.waterPriceUsdPer100Gallons },
      ),
    ),
  ];

  const use = { name: 'on-site water drawn from the aquifer', quantity: own.use };
  const plant = w.recyclingPlant;
  const capacity = { name: `${plant.name}'s capacity`, quantity: plant.capacityGallonsPerDay };
  const recycling: WaterDetail['recycling'] = {
    plant,
    capacityPerYear: gallonsPerYear(capacity),
    shareOfPumping: shareOf(capacity, { name: `${u.shortName}'s daily pumping`, quantity: u.waterPumpingGallonsPerDay }),
    timesFacilityUse: derive(
      'ratio',
      [capacity, { name: "the facility's expected water use", quantity: w.onsiteUseGallonsPerDay }],
      ([c, f]) => divideBounds(c, f),
      ([c, f]) => `${formatRange(c)} ÷ ${formatRange(f)}`,
    ),
  };

  const supplied = overview.power.find((p) => p.key === 'gridSupplied');
  const power = supplied?.power ?? overview.power[0]?.power;
  if (power === undefined) throw new Error(`Facility "${facility.id}" has no power figure for off-site water`);
  const powerLabel = supplied?.label ?? 'Power';
  const named = { name: powerLabel.toLowerCase(), quantity: power };
  const ow = factors.offsiteWater;
  const usGrid = litresPerKwhAsGallonsPerMwh({ name: 'U.S. grid water consumption per kWh', quantity: ow.usGridConsumptionLitresPerKwh });
  const offsiteRows: OffsiteRow[] = [
    {
      label: 'Gas combined-cycle plant with cooling towers',
      measure: 'consumption',
      perMwh: ow.gasCombinedCycleTowerConsumptionGallonsPerMwh,
      perDay: offsiteWaterPerDay(named, overview.loadFactor, {
        name: 'water consumed per MWh',
        quantity: ow.gasCombinedCycleTowerConsumptionGallonsPerMwh,
      }),
    },
    {
      label: 'U.S. average electricity',
      measure: 'consumption',
      perMwh: usGrid,
      perDay: offsiteWaterPerDay(named, overview.loadFactor, { name: 'water consumed per MWh', quantity: usGrid }),
    },
    {
      label: 'Gas combined-cycle plant with cooling towers',
      measure: 'withdrawal',
      perMwh: ow.gasCombinedCycleTowerWithdrawalGallonsPerMwh,
      perDay: offsiteWaterPerDay(named, overview.loadFactor, {
        name: 'water withdrawn per MWh',
        quantity: ow.gasCombinedCycleTowerWithdrawalGallonsPerMwh,
      }),
    },
  ];

  const comparisons = {
    shareOfCountyWithdrawals: shareOf(use, {
      name: 'groundwater withdrawals in the county',
      quantity: place.aquifer.countyWithdrawalsGallonsPerDay,
    }),
  };

  const model = {
    overview,
    own,
    facility,
    place,
    reports,
    comparisons,
    aquifer: place.aquifer,
    recycling,
    offsite: { power, powerLabel, rows: offsiteRows },
  };
  const figures = waterFigures(model);
  return { ...model, figures, sourceIds: pageSourceIds(figures, [...plant.groundbreakingSourceIds, ...plant.statusSourceIds]) };
}

/** The figures the water page shows, declared once (see figures.ts); the overview's water figures are shown here too. */
function waterFigures(d: Omit<WaterDetail, 'figures' | 'sourceIds'>): FigureRow[] {
  const list = new FigureList();
  const ids = uniqueKeys(d.reports.map((x) => slugify(x.label)));
  d.reports.forEach((x, i) => {
    const id = `water.report.${ids[i]}`;
    const note = { note: `Kind: ${x.kind}.` };
    list.add(`${id}.perDay`, `${x.label}, a day`, x.perDay, note).add(`${id}.perYear`, `${x.label}, a year`, x.perYear, note);
  });
  list.add(
    'water.shareOfCountyWithdrawals',
    'On-site water: share of groundwater withdrawals in the county',
    d.comparisons.shareOfCountyWithdrawals,
  );
  const a = d.aquifer;
  list
    .add('aquifer.volume', 'Water held in the aquifer', a.volumeGallons)
    .add('aquifer.countyWithdrawals', 'Groundwater withdrawals in the county, a day', a.countyWithdrawalsGallonsPerDay)
    .add('aquifer.maxDecline', 'Largest decline of the water level, a year', a.maxDeclineFeetPerYear)
    .add('aquifer.utilityPumpingDecline', 'Decline in the utility’s pumping, a day', a.utilityPumpingDeclineGallonsPerDay)
    .add('aquifer.recharge', 'Recharge of the aquifer, a day', a.rechargeGallonsPerDay);
  const rc = d.recycling;
  const name = rc.plant.name;
  list
    .add('water.recycling.capacity', `${name}: capacity, a day`, rc.plant.capacityGallonsPerDay, { note: `Status: ${rc.plant.status}.` })
    .add('water.recycling.capacityPerYear', `${name}: capacity, a year`, rc.capacityPerYear)
    .add('water.recycling.shareOfPumping', `${name}: capacity as a share of the utility's daily pumping`, rc.shareOfPumping)
    .add('water.recycling.timesFacilityUse', `${name}: capacity ÷ the facility's expected water use`, rc.timesFacilityUse)
    .add('water.recycling.cost', `${name}: cost`, rc.plant.costUsd)
    .add(
      'water.recycling.claimedSavingsPerYear',
      `${name}: claimed saving of aquifer water, a year`,
      rc.plant.claimedAquiferSavingsGallonsPerYear,
    )
    .add(
      'water.recycling.claimedShareOfAquiferDraw',
      `${name}: claimed share of the aquifer draw it replaces`,
      rc.plant.claimedShareOfAquiferDraw,
    );
  const rows = d.offsite.rows;
  const keys = uniqueKeys(rows.map((x) => `${x.measure}.${slugify(x.label)}`));
  rows.forEach((x, i) => {
    const id = `water.offsite.${keys[i]}`;
    const verb = x.measure === 'consumption' ? 'consumed' : 'withdrawn';
    list
      .add(`${id}.perMwh`, `${x.label}: water ${verb} per MWh`, x.perMwh)
      .add(
        `${id}.perDay`,
        `${x.label}: water ${verb} a day for the facility's electricity (${d.offsite.powerLabel.toLowerCase()})`,
        x.perDay,
      );
  });
  return list.reuse(d.overview.figures, [
    'water.onsiteUse',
    'water.households',
    'water.people',
    'water.shareOfPumping',
    'water.shareOfRecordDay',
    'water.utilityStatedShare',
  ]).rows;
}

/** Whether a claimed yearly saving equals the plant's capacity running every day of the year. */
export function savingsMatchCapacity(detail: WaterDetail): boolean | undefined {
  const claimed = detail.recycling.plant.claimedAquiferSavingsGallonsPerYear;
  const perYear = detail.recycling.capacityPerYear;
  if (!isKnown(claimed) || !isKnown(perYear)) return undefined;
  return Math.abs(claimed.value - perYear.value) / perYear.value < 0.01;
}
