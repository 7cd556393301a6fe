/**
 * Electricity: a facility's power set against households and the local utility.
 *
 * Two honest ways to count households:
 * - by power: the facility's megawatts ÷ the average power a household draws over a year;
 * - by annual energy: the facility's megawatt-hours in a year, at a stated load factor,
 *   ÷ a household's kilowatt-hours in a year.
 * At a load factor of 1 the two agree; below 1 the energy count is smaller.
 */
import { formatNumber, formatRange } from '../core/format';
import {
  assumed,
  derive,
  divideBounds,
  envelope,
  inUnit,
  keepsLowerBound,
  type KnownQuantity,
  mapBounds,
  multiplyBounds,
  type Named,
  type Quantity,
} from '../core/quantity';
import type { Facility, TimelineEvent } from '../data/schemas/facility';
import type { HouseholdBaseline, Place } from '../data/schemas/place';
import { type FacilityState, lastChangeOf } from '../data/timeline';
import {
  averageMwToKwhPerMonth,
  HOURS_PER_MONTH,
  HOURS_PER_YEAR,
  KW_PER_MW,
  kwhPerMonthToAverageMw,
  kwhPerMonthToKwhPerYear,
  kwhPerYearToAverageKw,
  mwhToKwh,
  mwToKw,
  mwToMwhPerYear,
  MONTHS_PER_YEAR,
} from '../core/units';

export function householdAnnualKwh(baseline: HouseholdBaseline): Quantity<'kWh/yr'> {
  return derive(
    'kWh/yr',
    [{ name: `electricity use of one home (${baseline.label})`, quantity: baseline.electricityKwhPerMonth }],
    ([m]) => mapBounds(m, kwhPerMonthToKwhPerYear),
    ([m]) => `${formatRange(m)} × ${MONTHS_PER_YEAR} months`,
  );
}

export function householdAverageKw(baseline: HouseholdBaseline): Quantity<'kW'> {
  const annual = householdAnnualKwh(baseline);
  return derive(
    'kW',
    [{ name: `yearly electricity use of one home (${baseline.label})`, quantity: annual }],
    ([a]) => mapBounds(a, kwhPerYearToAverageKw),
    ([a]) => `${formatRange(a)} ÷ ${formatNumber(HOURS_PER_YEAR)} hours in a year`,
  );
}

export function annualEnergyMwh(power: Named<'MW'>, loadFactor: Quantity<'load factor'>): Quantity<'MWh/yr'> {
  return keepsLowerBound(
    power.quantity,
    derive(
      'MWh/yr',
      [power, { name: 'load factor', quantity: loadFactor }],
      ([p, lf]) => mapBounds(multiplyBounds(p, lf), (mw) => mwToMwhPerYear(mw, 1)),
      ([p, lf]) => `${formatRange(p)} × ${formatNumber(HOURS_PER_YEAR)} hours in a year × load factor ${formatRange(lf)}`,
    ),
  );
}

/** Households whose average draw adds up to `power`. */
export function householdsByPower(power: Named<'MW'>, baseline: HouseholdBaseline): Quantity<'households'> {
  return keepsLowerBound(
    power.quantity,
    derive(
      'households',
      [power, { name: `average power of one home (${baseline.label})`, quantity: householdAverageKw(baseline) }],
      ([p, kw]) => divideBounds(mapBounds(p, mwToKw), kw),
      ([p, kw]) => `${formatRange(p)} × 1,000 kW per MW ÷ ${formatRange(kw)} per home`,
    ),
  );
}

/** Households whose yearly use adds up to the facility's yearly energy at `loadFactor`. */
export function householdsByEnergy(
  power: Named<'MW'>,
  loadFactor: Quantity<'load factor'>,
  baseline: HouseholdBaseline,
): Quantity<'households'> {
  return keepsLowerBound(
    power.quantity,
    derive(
      'households',
      [
        { name: `yearly energy of ${power.name}`, quantity: annualEnergyMwh(power, loadFactor) },
        { name: `yearly electricity use of one home (${baseline.label})`, quantity: householdAnnualKwh(baseline) },
      ],
      ([e, h]) => divideBounds(mapBounds(e, mwhToKwh), h),
      ([e, h]) => `${formatRange(e)} × 1,000 kWh per MWh ÷ ${formatRange(h)} per home`,
    ),
  );
}

export type HouseholdComparison = {
  /** Central value from the default baseline; the range spans every baseline's result. */
  overall: Quantity<'households'>;
  byBaseline: { baseline: HouseholdBaseline; households: Quantity<'households'> }[];
};

/**
 * Households by annual energy for every baseline. The answer depends on which home
 * you compare with, so the overall figure's range is the spread across baselines.
 */
export function householdsAcrossBaselines(
  power: Named<'MW'>,
  loadFactor: Quantity<'load factor'>,
  baselines: HouseholdBaseline[],
  defaultBaselineId: string,
): HouseholdComparison {
  const byBaseline = baselines.map((baseline) => ({ baseline, households: householdsByEnergy(power, loadFactor, baseline) }));
  const centralIndex = baselines.findIndex((b) => b.id === defaultBaselineId);
  if (centralIndex < 0) throw new Error(`Unknown household baseline "${defaultBaselineId}"`);
  const central = baselines[centralIndex]?.label ?? defaultBaselineId;
  const overall = envelope(
    'households',
    byBaseline.map(({ baseline, households }) => ({ name: `homes by ${baseline.label}`, quantity: households })),
    centralIndex,
    `central value: ${central}; range: lowest to highest over the ${baselines.length} household baselines`,
  );
  return { overall, byBaseline };
}

/** A load factor that is this site's assumption rather than a sourced figure. */
export function assumedLoadFactor(value: number, why: string): KnownQuantity<'load factor'> {
  if (!(value > 0 && value <= 1)) throw new Error(`A load factor is above 0 and at most 1 (got ${value})`);
  return assumed('load factor', value, why);
}

/** Homes by the utility's rule of thumb: facility MW × homes per MW. */
export function householdsByRuleOfThumb(power: Named<'MW'>, homesPerMw: Named<'households/MW'>): Quantity<'households'> {
  return keepsLowerBound(
    power.quantity,
    derive(
      'households',
      [power, homesPerMw],
      ([p, h]) => multiplyBounds(p, h),
      ([p, h]) => `${formatRange(p)} × ${formatRange(h)}`,
    ),
  );
}

/** Power drawn by `gpus` at `perGpu` each, in MW. */
export function gpuPowerMw(gpus: Named<'GPUs'>, perGpu: Named<'kW/GPU'>): Quantity<'MW'> {
  return derive(
    'MW',
    [gpus, perGpu],
    ([g, k]) => mapBounds(multiplyBounds(g, k), (kw) => kw / KW_PER_MW),
    ([g, k]) => `${formatRange(g)} × ${formatRange(k)} ÷ 1,000 kW per MW`,
  );
}

/** Power drawn by GPUs of several models, each at its own power per GPU, in MW: Σ GPUs × kW per GPU ÷ 1,000. */
export function gpuMixPowerMw(parts: { gpus: Named<'GPUs'>; perGpu: Named<'kW/GPU'> }[]): Quantity<'MW'> {
  if (parts.length === 1) {
    const only = parts[0] as (typeof parts)[number];
    return gpuPowerMw(only.gpus, only.perGpu);
  }
  return derive(
    'MW',
    parts.flatMap((p) => [p.gpus, p.perGpu]),
    (ks) => {
      const pairs = parts.map((_, i) => multiplyBounds(ks[2 * i] as KnownQuantity, ks[2 * i + 1] as KnownQuantity));
      const sum = (k: 'value' | 'low' | 'high') => pairs.reduce((t, b) => t + b[k], 0) / KW_PER_MW;
      return { value: sum('value'), low: sum('low'), high: sum('high') };
    },
    (ks) =>
      `(${parts.map((_, i) => `${formatRange(ks[2 * i] as KnownQuantity)} × ${formatRange(ks[2 * i + 1] as KnownQuantity)}`).join(' + ')}) ÷ 1,000 kW per MW`,
  );
}

/** Facility power from the power of its computers × power usage effectiveness (facility ÷ computers). */
export function facilityPowerFromIt(itPower: Named<'MW'>, pue: Named<'ratio'>): Quantity<'MW'> {
  return derive(
    'MW',
    [itPower, pue],
    ([it, p]) => multiplyBounds(it, p),
    ([it, p]) => `${formatRange(it)} × PUE ${formatRange(p)}`,
  );
}

/** The power of a facility's computers (IT) from the whole facility's: facility power ÷ power usage effectiveness. */
export function itPowerFromFacility(power: Named<'MW'>, pue: Named<'ratio'>): Quantity<'MW'> {
  return derive(
    'MW',
    [power, pue],
    ([p, r]) => divideBounds(p, r),
    ([p, r]) => `${formatRange(p)} ÷ PUE ${formatRange(r)}`,
  );
}

/**
 * The whole site's power as independent analysts last estimated it: their figure for the site
 * (also when they give IT power for the same date), or, where their newer figure is for the
 * computers alone (IT power), that × their own PUE for the site (else the sourced PUE range, `pue`).
 */
export function siteEstimateMw(state: FacilityState, pue: Quantity<'ratio'>): Quantity<'MW'> | undefined {
  const site = state.estimatedPowerMw;
  const it = state.estimatedItPowerMw;
  if (it === undefined || it.kind !== 'known') return site;
  // the analysts' own figure for the whole site wins over our arithmetic on theirs, unless it is older
  if (site !== undefined && site.kind === 'known' && site.asOf >= it.asOf) return site;
  const own = state.estimatedItPowerPue;
  return facilityPowerFromIt(
    { name: 'IT power estimated by independent analysts', quantity: inUnit(it, 'MW', 'estimatedItPowerMw') },
    own === undefined
      ? { name: 'power usage effectiveness, as the sources give it', quantity: pue }
      : { name: "the analysts' own power usage effectiveness for the site", quantity: inUnit(own, 'ratio', 'estimatedItPowerPue') },
  );
}

/** The event a facility's latest independent estimate comes from (site or IT power, whichever is newer). */
export function siteEstimateEvent(facility: Facility, upTo?: string): TimelineEvent | undefined {
  const site = lastChangeOf(facility, 'estimatedPowerMw', upTo);
  const it = lastChangeOf(facility, 'estimatedItPowerMw', upTo);
  if (it === undefined) return site;
  return site !== undefined && site.date > it.date ? site : it;
}

/** Energy a month that a bill pays for at a price per kWh. */
export function energyFromBill(bill: Named<'USD/month'>, price: Named<'USD/kWh'>): Quantity<'kWh/month'> {
  return derive(
    'kWh/month',
    [bill, price],
    ([b, p]) => divideBounds(b, p),
    ([b, p]) => `${formatRange(b)} ÷ ${formatRange(p)}`,
  );
}

/** The monthly bill of a load drawing `power` all month, at a price per kWh. */
export function monthlyBillAtPower(power: Named<'MW'>, price: Named<'USD/kWh'>): Quantity<'USD/month'> {
  return derive(
    'USD/month',
    [power, price],
    ([p, pr]) => multiplyBounds(mapBounds(p, averageMwToKwhPerMonth), pr),
    ([p, pr]) => `${formatRange(p)} × ${formatNumber(HOURS_PER_MONTH)} hours in an average month × 1,000 kW per MW × ${formatRange(pr)}`,
  );
}

/** The average power of a load that uses `energy` a month. */
export function averagePowerFromMonthlyEnergy(energy: Named<'kWh/month'>): Quantity<'MW'> {
  return derive(
    'MW',
    [energy],
    ([e]) => mapBounds(e, kwhPerMonthToAverageMw),
    ([e]) => `${formatRange(e)} ÷ ${formatNumber(HOURS_PER_MONTH)} hours in an average month ÷ 1,000 kW per MW`,
  );
}

/** The grid's share of the power available on site: grid ÷ (grid + turbines). */
export function gridShareOfSupply(grid: Named<'MW'>, turbines: Named<'MW'>): Quantity<'share'> {
  return derive(
    'share',
    [grid, turbines],
    ([g, t]) => ({
      value: g.value / (g.value + t.value),
      // fewest from the grid when the grid is lowest and the turbines highest, and the reverse
      low: g.low / (g.low + t.high),
      high: g.high / (g.high + t.low),
    }),
    ([g, t]) => `${formatRange(g)} ÷ (${formatRange(g)} + ${formatRange(t)})`,
  );
}

/** The load factor of a scenario, with what it means in words: a data center uses power, a power plant generates it. */
export function loadFactorFor(value: number, kind: Facility['kind'] = 'data center'): KnownQuantity<'load factor'> {
  const plant = kind === 'power plant';
  const [does, load] = plant ? ['the plant generates', 'output'] : ['the facility uses', 'load'];
  const why =
    value === 1
      ? `Assumes ${does} this power around the clock, all year: an upper bound. Public figures on its actual ${load} were not found.`
      : `Set in this view: ${plant ? "the plant's average output" : "the facility's average power"} is ${value * 100}% of each figure (a load factor of ${value}). Public figures on its actual ${load} were not found.`;
  return assumedLoadFactor(value, why);
}

/** A PUE set in the scenario, in place of the sourced range. */
export function assumedPue(value: number): KnownQuantity<'ratio'> {
  return assumed('ratio', value, 'Set in this view.');
}

/**
 * The price per kWh a very large customer pays in the state, as a range: the average industrial
 * price as the central value, the average commercial price as the high end.
 */
export function statePriceRange(place: Place): Quantity<'USD/kWh'> {
  return envelope(
    'USD/kWh',
    [
      { name: 'average industrial price in the state', quantity: place.stateElectricityPrices.industrialUsdPerKwh },
      { name: 'average commercial price in the state', quantity: place.stateElectricityPrices.commercialUsdPerKwh },
    ],
    0,
    'industrial price as the central value (a very large customer); commercial price as the high end',
  );
}
