/**
 * Units and the only place where one unit is turned into another.
 *
 * A rate (MW, gal/day) and an amount over a period (MWh/yr, gal/yr) are different
 * units here, so that "150 megawatts every hour" cannot be written by accident.
 */

export const UNITS = {
  MW: { label: 'MW', long: 'megawatts', kind: 'power' },
  kW: { label: 'kW', long: 'kilowatts', kind: 'power' },
  'MWh/yr': { label: 'MWh a year', long: 'megawatt-hours a year', kind: 'energy per year' },
  'kWh/yr': { label: 'kWh a year', long: 'kilowatt-hours a year', kind: 'energy per year' },
  'kWh/month': { label: 'kWh a month', long: 'kilowatt-hours a month', kind: 'energy per month' },
  'gal/day': { label: 'gallons a day', long: 'gallons a day', kind: 'water flow' },
  'gal/yr': { label: 'gallons a year', long: 'gallons a year', kind: 'water per year' },
  households: { label: 'households', long: 'households', kind: 'count' },
  people: { label: 'people', long: 'people', kind: 'count' },
  customers: { label: 'customers', long: 'utility customers', kind: 'count' },
  GPUs: { label: 'GPUs', long: 'graphics processors', kind: 'count' },
  turbines: { label: 'turbines', long: 'gas turbines', kind: 'count' },
  'MW/turbine': { label: 'MW per turbine', long: 'megawatts per turbine', kind: 'power per unit' },
  'kW/GPU': { label: 'kW per GPU', long: 'kilowatts per GPU', kind: 'power per unit' },
  'households/MW': { label: 'homes per MW', long: 'homes per megawatt', kind: 'count per power' },
  share: { label: '%', long: 'per cent', kind: 'share' },
  ratio: { label: '×', long: 'times', kind: 'ratio' },
  'load factor': { label: '', long: 'load factor (average ÷ maximum)', kind: 'ratio' },
} as const;

export type Unit = keyof typeof UNITS;

export const UNIT_NAMES = Object.keys(UNITS) as Unit[];

/** Definitions, not measurements: these need no source. */
export const HOURS_PER_YEAR = 8760; // 365 days × 24 h; leap years are ignored, as utilities do in annual figures
export const DAYS_PER_YEAR = 365;
export const MONTHS_PER_YEAR = 12;
export const KW_PER_MW = 1000;
export const KWH_PER_MWH = 1000;

export function kwhPerMonthToKwhPerYear(kwhPerMonth: number): number {
  return kwhPerMonth * MONTHS_PER_YEAR;
}

/** Average power of a load that uses `kwhPerYear` evenly over the year. */
export function kwhPerYearToAverageKw(kwhPerYear: number): number {
  return kwhPerYear / HOURS_PER_YEAR;
}

/** Energy in a year of a load of `powerMw` running at `loadFactor` (0–1) of that power on average. */
export function mwToMwhPerYear(powerMw: number, loadFactor: number): number {
  return powerMw * HOURS_PER_YEAR * loadFactor;
}

export function mwToKw(powerMw: number): number {
  return powerMw * KW_PER_MW;
}

export function mwhToKwh(mwh: number): number {
  return mwh * KWH_PER_MWH;
}

export function gallonsPerDayToGallonsPerYear(gallonsPerDay: number): number {
  return gallonsPerDay * DAYS_PER_YEAR;
}
