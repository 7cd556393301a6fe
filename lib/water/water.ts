/**
 * Water: a facility's daily on-site use set against homes, people and the utility's
 * pumping. All figures here are flows (gallons a day), never totals.
 */
import { formatNumber, formatRange } from '../core/format';
import {
  assumed,
  derive,
  divideBounds,
  highEnd,
  mapBounds,
  multiplyBounds,
  type Named,
  type NamedInput,
  type Quantity,
} from '../core/quantity';
import type { WaterCase } from '../scenario/scenario';
import type { Facility } from '../data/schemas/facility';
import type { HouseholdBaseline } from '../data/schemas/place';
import {
  DAYS_PER_YEAR,
  daysInMonth,
  gallonsPerDayToGallonsPerYear,
  LITRES_PER_GALLON,
  litresPerKwhToGallonsPerMwh,
  mwToMwhPerDay,
} from '../core/units';

type Flow = NamedInput & { quantity: Quantity<'gal/day'> };

export function householdsByWater(water: Flow, perHousehold: Flow): Quantity<'households'> {
  return derive(
    'households',
    [water, perHousehold],
    ([w, h]) => divideBounds(w, h),
    ([w, h]) => `${formatRange(w)} ÷ ${formatRange(h)} per home`,
  );
}

export function peopleByWater(water: Flow, perPerson: Flow): Quantity<'people'> {
  return derive(
    'people',
    [water, perPerson],
    ([w, p]) => divideBounds(w, p),
    ([w, p]) => `${formatRange(w)} ÷ ${formatRange(p)} per person`,
  );
}

/**
 * The household baseline to use for water: the default one if its water figure is
 * known, otherwise the first baseline whose water figure is known.
 */
export function waterBaseline(baselines: HouseholdBaseline[], defaultId: string): HouseholdBaseline | undefined {
  const preferred = baselines.find((b) => b.id === defaultId);
  if (preferred?.waterGallonsPerDay.kind === 'known') return preferred;
  return baselines.find((b) => b.waterGallonsPerDay.kind === 'known');
}

/** The daily average of a month's total, over the days of that month. */
export function dailyAverageOfMonth(month: Named<'gal/month'>): Quantity<'gal/day'> {
  const days =
    month.quantity.kind === 'known' && month.quantity.asOf.length >= 7 ? daysInMonth(month.quantity.asOf.slice(0, 7)) : DAYS_PER_YEAR / 12;
  return derive(
    'gal/day',
    [month],
    ([m]) => mapBounds(m, (g) => g / days),
    ([m]) => `${formatRange(m)} ÷ ${formatNumber(days)} days in the month`,
  );
}

/** The water a monthly bill pays for at a price per 100 gallons, as a daily average. */
export function dailyWaterFromBill(bill: Named<'USD/month'>, price: Named<'USD/100 gal'>): Quantity<'gal/day'> {
  const daysPerMonth = DAYS_PER_YEAR / 12;
  return derive(
    'gal/day',
    [bill, price],
    ([b, p]) => mapBounds(divideBounds(b, p), (hundreds) => (hundreds * 100) / daysPerMonth),
    ([b, p]) => `${formatRange(b)} ÷ ${formatRange(p)} × 100 gallons ÷ ${formatNumber(daysPerMonth)} days in an average month`,
  );
}

export function gallonsPerYear(flow: Named<'gal/day'>): Quantity<'gal/yr'> {
  return derive(
    'gal/yr',
    [flow],
    ([f]) => mapBounds(f, gallonsPerDayToGallonsPerYear),
    ([f]) => `${formatRange(f)} × ${DAYS_PER_YEAR} days`,
  );
}

/**
 * Water consumed at power plants to make the facility's electricity, per day:
 * MW × 24 h × load factor × gallons consumed per MWh generated.
 */
export function offsiteWaterPerDay(power: Named<'MW'>, loadFactor: Quantity<'load factor'>, perMwh: Named<'gal/MWh'>): Quantity<'gal/day'> {
  return derive(
    'gal/day',
    [power, { name: 'load factor', quantity: loadFactor }, perMwh],
    ([p, lf, w]) => multiplyBounds(mapBounds(multiplyBounds(p, lf), mwToMwhPerDay), w),
    ([p, lf, w]) => `${formatRange(p)} × 24 hours × load factor ${formatRange(lf)} × ${formatRange(w)}`,
  );
}

export function litresPerKwhAsGallonsPerMwh(factor: Named<'L/kWh'>): Quantity<'gal/MWh'> {
  return derive(
    'gal/MWh',
    [factor],
    ([f]) => mapBounds(f, litresPerKwhToGallonsPerMwh),
    ([f]) => `${formatRange(f)} ÷ ${formatNumber(LITRES_PER_GALLON, { significantFigures: 4 })} litres per gallon × 1,000 kWh per MWh`,
  );
}

type FacilityWater = NonNullable<Facility['water']>;

/** A daily figure of actual use, with what it is in words: the latest a record or a report gives. */
export type ReportedUse = { label: string; use: Quantity<'gal/day'> };

/**
 * The latest figure of actual daily use on or before `upTo`: a reported average (a single day's
 * figure says nothing of a usual day), or a month's reported total as a daily average, whichever
 * is newer. Undefined where no record of actual use was found.
 */
export function latestReportedUse(w: FacilityWater, upTo?: string): ReportedUse | undefined {
  const within = (asOf: string | undefined) => asOf !== undefined && (upTo === undefined || asOf <= upTo);
  const candidates: (ReportedUse & { asOf: string })[] = [];
  for (const r of w.reports) {
    if (r.kind === 'reported' && r.period === 'average' && r.gallonsPerDay.kind === 'known' && within(r.gallonsPerDay.asOf))
      candidates.push({ label: r.label, use: r.gallonsPerDay, asOf: r.gallonsPerDay.asOf });
  }
  const month = w.monthlyDrawGallons;
  if (month.kind === 'known' && within(month.asOf)) {
    candidates.push({
      label: `the total reported for a month, as a daily average`,
      use: dailyAverageOfMonth({ name: 'water drawn in the month', quantity: month }),
      asOf: month.asOf,
    });
  }
  const latest = candidates.sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0))[0];
  return latest && { label: latest.label, use: latest.use };
}

/**
 * The facility's on-site water for a what-if case: the latest reported use ("reported", the
 * default; the expectation where no use was reported), the sourced expectation with its range
 * ("expected"), the highest figure sources give ("high"), or none from the aquifer if the
 * recycling plant supplies all of the cooling water ("recycling").
 */
export function waterUseForCase(w: FacilityWater, waterCase: WaterCase, upTo?: string): Quantity<'gal/day'> {
  const use = w.onsiteUseGallonsPerDay;
  if (waterCase === 'reported') return latestReportedUse(w, upTo)?.use ?? use;
  if (waterCase === 'expected' || use.kind === 'unknown') return use;
  if (waterCase === 'high') {
    return highEnd(use, `The highest figure the sources give. ${use.note ?? ''}`.trim());
  }
  return assumed(
    'gal/day',
    0,
    'If the recycling plant supplied all of the cooling water, as xAI plans, the facility would draw none from the aquifer. The plant is not known to be running.',
    w.recyclingPlant.capacityGallonsPerDay.sourceIds,
  );
}
