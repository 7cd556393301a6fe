/**
 * Everything the power page of a facility shows: the grid and on-site supply over time,
 * households counted two ways, the facility against its utility, a bottom-up check from
 * the GPU count, and what the utility bills imply.
 */
import { shareOf } from '../core/compare';
import { formatNumber, formatValue } from '../core/format';
import { derive, mapBounds, type Quantity } from '../core/quantity';
import { HOURS_PER_YEAR } from '../core/units';
import { findFacility, getFactors, getPlace } from '../data/load';
import type { Facility } from '../data/schemas/facility';
import type { Factors } from '../data/schemas/factors';
import type { Place } from '../data/schemas/place';
import { statesOverTime } from '../data/timeline';
import { citedSourceIdsOf } from '../data/event-dating';
import {
  type BottomUpRow,
  bottomUpRows,
  type CityRow,
  cityRows,
  gridInServiceOn,
  type HouseholdSection,
  householdSection,
  type NamedPower,
  type SupplyRow,
  supplyRows,
} from '../power/detail';
import { annualEnergyMwh, assumedPue, averagePowerFromMonthlyEnergy, energyFromBill, statePriceRange } from '../power/power';
import { type Scenario, scenarioToQuery } from '../scenario/scenario';
import { type FigureRow, FigureList, pageSourceIds, uniqueKeys } from './figures';
import { getMethodology } from './methodology';
import { getOverview, type Overview, type PowerFigure } from './overview';

/**
 * A view dated before the facility's first power figure (Colossus 2 on 1 Mar 2025): homes and
 * shares of the utility are counted from a power figure, so the page says none was known yet,
 * and when the first came.
 */
export type PowerNotYet = {
  /** The view's date. */
  date: string;
  /** The first power figure homes are counted for, after the view's date; undefined if none has been published since. */
  first:
    | {
        label: string;
        power: Quantity<'MW'>;
        /** The date of the event it came with, as the timeline gives it ("2025-09"). */
        eventDate: string;
        /** The query of this view moved to that date, for a link to the page as it stood then. */
        query: string;
      }
    | undefined;
  /** The query of this view at its latest date (the date left out). */
  latestQuery: string;
};

export type PowerDetail = {
  overview: Overview;
  facility: Facility;
  place: Place;
  households: HouseholdSection;
  /** Undefined exactly when `notYet` is set: there is no power figure to set against the utility. */
  city:
    | {
        rows: CityRow[];
        annualEnergy: Quantity<'MWh/yr'>;
        shareOfAnnualSales: Quantity<'share'>;
        annualEnergyLabel: string;
        /** The utility's yearly sales as an average power, to set beside the load it quotes for an average day. */
        salesAverageMw: Quantity<'MW'>;
      }
    | undefined;
  notYet: PowerNotYet | undefined;
  bottomUp: { rows: BottomUpRow[]; gpuModels: Factors['gpuModels']; pue: Quantity<'ratio'> };
  supply: SupplyRow[];
  /** What the utility bills imply; undefined where no bills were found. */
  bills:
    | {
        reported: Quantity<'USD/month'>;
        expected: Quantity<'USD/month'>;
        price: Quantity<'USD/kWh'>;
        reportedEnergy: Quantity<'kWh/month'>;
        reportedAverageMw: Quantity<'MW'>;
        expectedAverageMw: Quantity<'MW'>;
        /** Grid power in service when the period of the reported bills began, and when it ended. */
        gridInServiceAtBillsStart: Quantity<'MW'> | undefined;
        gridInServiceAtBills: Quantity<'MW'> | undefined;
      }
    | undefined;
  /** Every figure the page shows, declared once. */
  figures: FigureRow[];
  sourceIds: string[];
};
/** The power figures a facility's homes and shares are counted for (a power plant's: its permitted generation too). */
export function powerFigureKeys(kind: Facility['kind']): readonly (keyof Facility['timeline'][number]['changes'])[] {
  const keys = ['gridPowerSuppliedMw', 'gridPowerApprovedMw', 'claimedPowerMw', 'estimatedPowerMw', 'estimatedItPowerMw'] as const;
  return kind === 'power plant' ? [...keys, 'onsiteTurbinesPermittedMw'] : keys;
}

/** Whether homes are counted for an overview power figure: grid power, the power claimed and estimated, a plant's permitted output. */
function countsHomes(key: PowerFigure['key'], kind: Facility['kind']): boolean {
  return (
    key === 'gridSupplied' ||
    key === 'gridApproved' ||
    key === 'claimed' ||
    key === 'estimated' ||
    (kind === 'power plant' && key === 'turbinesPermitted')
  );
}

/** "2025-09" → "2025-09-01": the first whole day of an event dated by month or year, as a view's date. */
function wholeDay(iso: string): string {
  return iso.length === 10 ? iso : iso.length === 7 ? `${iso}-01` : `${iso}-01-01`;
}

/** What a view dated before the facility's first power figure cannot show, and where the first figure is. */
function powerNotYet(facility: Facility, overview: Overview): PowerNotYet {
  const s = overview.scenario;
  const ctx = overview.scenarioContext;
  const date = s.date ?? ctx.lastDate;
  const keys = powerFigureKeys(facility.kind);
  // the first later event that brings a power figure: the page as it stood then has homes and shares to show
  const event = facility.timeline.find((e) => e.date > date && keys.some((k) => e.changes[k]?.kind === 'known'));
  const later = event === undefined ? undefined : getOverview(facility.id, { ...s, date: wholeDay(event.date) });
  const figure = later?.power.find((p) => countsHomes(p.key, facility.kind) && p.power.kind === 'known');
  return {
    date,
    first:
      event === undefined || later === undefined || figure === undefined
        ? undefined
        : { label: figure.label, power: figure.power, eventDate: event.date, query: later.scenarioQuery },
    latestQuery: scenarioToQuery({ ...s, date: undefined }, ctx),
  };
}

export function getPowerDetail(facilityId: string, scenario?: Scenario): PowerDetail | undefined {
  const facility = findFacility(facilityId);
  const overview = getOverview(facilityId, scenario);
  if (facility === undefined || overview === undefined) return undefined;
  const upTo = overview.scenario.date;
  const pue = overview.scenario.pue === undefined ? getFactors().powerUsageEffectiveness : assumedPue(overview.scenario.pue);
  const place = getPlace(facility.placeId);
  const factors = getFactors();
  const figures: NamedPower[] = overview.power
    // a figure that is not known (Colossus 2's grid power in service) has no homes or shares to give: it is left out, not shown empty
    .filter((p) => countsHomes(p.key, facility.kind) && p.power.kind === 'known')
    .map((p) => ({ key: p.key, label: p.label, power: p.power, event: p.event }));
  const households = householdSection(figures, place, factors, overview.loadFactor, overview.defaultBaseline.id);

  const approved = figures.find((f) => f.key === 'gridApproved') ?? figures.find((f) => f.key === 'estimated') ?? figures[0];
  const price = statePriceRange(place);
  const p = facility.power;
  const bills: PowerDetail['bills'] =
    p?.expectedMonthlyBillUsd === undefined || p.reportedMonthlyElectricBillUsd === undefined
      ? undefined
      : billsImply(facility, p.reportedMonthlyElectricBillUsd, p.expectedMonthlyBillUsd, price, p.reportedBillsFrom);

  const salesAverageMw = derive(
    'MW',
    [{ name: `${place.utility.shortName}'s yearly sales`, quantity: place.utility.annualSalesMwh }],
    ([sales]) => mapBounds(sales, (mwh) => mwh / HOURS_PER_YEAR),
    ([sales]) => `${formatValue(sales.value, 'MWh/yr')} ÷ ${formatNumber(HOURS_PER_YEAR)} hours`,
  );
  // a view dated before the first power figure has none to set against the utility: the page says so (no homes, no shares)
  const city =
    approved === undefined
      ? undefined
      : (() => {
          const annualEnergy = annualEnergyMwh({ name: approved.label.toLowerCase(), quantity: approved.power }, overview.loadFactor);
          const shareOfAnnualSales = shareOf(
            { name: `yearly energy at ${approved.label.toLowerCase()}`, quantity: annualEnergy },
            { name: `${place.utility.shortName}'s yearly sales`, quantity: place.utility.annualSalesMwh },
          );
          return {
            rows: cityRows(figures, facility, place),
            annualEnergy,
            shareOfAnnualSales,
            annualEnergyLabel: approved.label,
            salesAverageMw,
          };
        })();
  const notYet = approved === undefined ? powerNotYet(facility, overview) : undefined;
  const bottomUp = {
    rows: bottomUpRows(facility, factors, pue, upTo),
    gpuModels: factors.gpuModels,
    pue,
  };
  const supply = supplyRows(facility, upTo);

  const model = { overview, facility, place, households, city, notYet, bottomUp, supply, bills };
  const rows = powerFigures(model);
  const events = statesOverTime(facility, upTo).flatMap(({ event }) => citedSourceIdsOf(event));
  // a view before the first power figure names that figure, with its sources
  const first = notYet?.first?.power.sourceIds ?? [];
  return { ...model, figures: rows, sourceIds: pageSourceIds(rows, [...events, ...first]) };
}

/** The figures the power page shows, declared once (see figures.ts). */
function powerFigures(d: Omit<PowerDetail, 'figures' | 'sourceIds'>): FigureRow[] {
  const list = new FigureList();
  const h = d.households;
  for (const row of h.rows) {
    const b = row.baseline;
    list
      .add(`household.${b.id}.electricityMonthly`, `${b.label}: electricity a month`, b.electricityKwhPerMonth)
      .add(`household.${b.id}.annualKwh`, `${b.label}: electricity a year`, row.annualKwh)
      .add(`household.${b.id}.averageKw`, `${b.label}: average power over a year`, row.averageKw);
    h.figures.forEach((f, i) => {
      list
        .add(`power.${f.key}.households.byPower.${b.id}`, `${f.label}: homes by average power (${b.label})`, row.byPower[i])
        .add(`power.${f.key}.households.byEnergy.${b.id}`, `${f.label}: homes by yearly energy (${b.label})`, row.byEnergy[i]);
    });
  }
  const u = d.place.utility.shortName;
  const g = d.place.grid.shortName;
  if (h.ruleOfThumb.length > 0) list.add('factor.homesPerMw', `${h.ruleOfThumbOwner}'s rule of thumb: homes per MW`, h.homesPerMw);
  h.figures.forEach((f, i) => {
    list
      .add(`power.${f.key}.households.ruleOfThumb`, `${f.label}: homes by ${h.ruleOfThumbOwner}'s homes per MW`, h.ruleOfThumb[i])
      .add(`power.${f.key}.households`, `${f.label}: homes (spread over the household baselines)`, h.spread[i]);
  });
  for (const s of h.shareOfHomes) {
    list.add(`place.homes.${s.baseline.id}`, `Homes the ${s.baseline.label} is taken over`, s.homes);
    h.figures.forEach((f, i) =>
      list.add(
        `power.${f.key}.shareOfHomes.${s.baseline.id}`,
        `${f.label}: homes as a share of the homes behind the ${s.baseline.label}`,
        s.shares[i],
      ),
    );
  }
  for (const c of d.city?.rows ?? []) {
    const id = c.kind === 'facility' ? `power.${c.key}` : `power.${c.key === 'estimated' ? 'estimatedWholeSite' : c.key}`;
    const what = c.kind === 'other site' ? `${c.label} (another site)` : c.label;
    list
      .add(`${id}.mw`, what, c.power)
      .add(`${id}.shareOfAverageLoad`, `${what}: share of ${u}'s load on an average day`, c.shareOfAverageLoad)
      .add(`${id}.shareOfSummerPeak`, `${what}: share of ${u}'s normal summer peak`, c.shareOfSummerPeak)
      .add(`${id}.shareOfRecordPeak`, `${what}: share of ${u}'s record peak`, c.shareOfRecordPeak)
      .add(`${id}.shareOfGridRecordPeak`, `${what}: share of ${g}'s record peak`, c.shareOfGridRecordPeak);
  }
  if (d.city !== undefined) {
    const energyOf = d.city.annualEnergyLabel;
    const key = d.households.figures.find((f) => f.label === energyOf)?.key ?? 'gridApproved';
    list
      .add('utility.recordPeakMw', `${u}'s record peak`, d.place.utility.recordPeakMw)
      .add('grid.recordPeakMw', `${g}'s record peak`, d.place.grid.recordPeakMw)
      .add('utility.annualSalesMwh', `${u}'s yearly electricity sales`, d.place.utility.annualSalesMwh)
      .add('utility.salesAverageMw', `${u}'s yearly sales as an average power`, d.city.salesAverageMw)
      .add(`power.${key}.annualEnergy`, `Yearly energy at ${energyOf.toLowerCase()} (at this view's load factor)`, d.city.annualEnergy)
      .add(
        `power.${key}.shareOfAnnualSales`,
        `Yearly energy at ${energyOf.toLowerCase()}: share of ${u}'s yearly sales`,
        d.city.shareOfAnnualSales,
      );
  }
  const b = d.bottomUp;
  // the bottom-up check is shown only where there are GPU counts to check from
  if (b.rows.length > 0)
    list
      .reuse(getMethodology().figures, (id) => id.startsWith('factor.gpu.'))
      .add('factor.pue', 'Power usage effectiveness (PUE) for the bottom-up check', b.pue);
  const dates = uniqueKeys(b.rows.map((row) => row.date));
  b.rows.forEach((row, i) => {
    const id = `power.bottomUp.${dates[i]}`;
    list
      .add(`${id}.gpus`, `${row.label}: GPUs`, row.gpus)
      .add(`${id}.gpuOnlyMw`, `${row.label}: power of the GPUs alone`, row.gpuOnlyMw)
      .add(`${id}.computersMw`, `${row.label}: power of the computers`, row.computersMw)
      .add(`${id}.facilityMw`, `${row.label}: power of the whole facility (computers × PUE)`, row.facilityMw);
  });
  const supplyDates = uniqueKeys(d.supply.map((row) => row.event.date));
  d.supply.forEach((row, i) => {
    const id = `power.supply.${supplyDates[i]}`;
    const what = `${row.event.date}: ${row.event.title}`;
    list
      .add(`${id}.gridMw`, `${what}: grid power in service`, row.grid)
      .add(`${id}.turbinesMw`, `${what}: gas turbines ${row.turbineBasis}`, row.turbines)
      .add(`${id}.gridShare`, `${what}: grid's share of the supply`, row.gridShare);
  });
  const bills = d.bills;
  if (bills === undefined)
    return list.add(
      'power.utilityStatedElectricShare',
      `${u}'s own estimate of the facility's share of its daily electric load`,
      d.overview.utilityStatedElectricShare,
    ).rows;
  return list
    .add('power.bills.reportedMonthly', 'Reported monthly electricity bill', bills.reported)
    .add('power.bills.expectedMonthly', 'Expected monthly electricity bill', bills.expected)
    .add('power.bills.price', 'Price of electricity assumed for the bills', bills.price)
    .add('power.bills.reportedEnergy', 'Energy the reported bills pay for, a month', bills.reportedEnergy)
    .add('power.bills.reportedAverageMw', 'Average power the reported bills pay for', bills.reportedAverageMw)
    .add('power.bills.expectedAverageMw', 'Average power the expected bill pays for', bills.expectedAverageMw)
    .add(
      'power.bills.gridInServiceAtBillsStart',
      'Grid power in service when the period of the reported bills began',
      bills.gridInServiceAtBillsStart,
    )
    .add('power.bills.gridInServiceAtBills', 'Grid power in service when the bills were reported', bills.gridInServiceAtBills)
    .add(
      'power.utilityStatedElectricShare',
      `${u}'s own estimate of the facility's share of its daily electric load`,
      d.overview.utilityStatedElectricShare,
    ).rows;
}

function billsImply(
  facility: Facility,
  reported: Quantity<'USD/month'>,
  expected: Quantity<'USD/month'>,
  price: Quantity<'USD/kWh'>,
  from: string | undefined,
): NonNullable<PowerDetail['bills']> {
  const reportedEnergy = energyFromBill(
    { name: 'reported monthly electricity bill', quantity: reported },
    { name: 'price per kWh', quantity: price },
  );
  const expectedEnergy = energyFromBill({ name: 'expected monthly bill', quantity: expected }, { name: 'price per kWh', quantity: price });
  return {
    reported,
    expected,
    price,
    reportedEnergy,
    reportedAverageMw: averagePowerFromMonthlyEnergy({ name: 'energy the reported bills pay for', quantity: reportedEnergy }),
    expectedAverageMw: averagePowerFromMonthlyEnergy({ name: 'energy the expected bill pays for', quantity: expectedEnergy }),
    gridInServiceAtBillsStart: from === undefined ? undefined : gridInServiceOn(facility, from),
    gridInServiceAtBills: reported.kind === 'known' ? gridInServiceOn(facility, reported.asOf) : undefined,
  };
}
