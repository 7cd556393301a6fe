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
  'people/household': { label: 'people per home', long: 'people per household', kind: 'count per household' },
  customers: { label: 'customers', long: 'utility customers', kind: 'count' },
  GPUs: { label: 'GPUs', long: 'graphics processors', kind: 'count' },
  turbines: { label: 'turbines', long: 'gas turbines', kind: 'count' },
  'MW/turbine': { label: 'MW per turbine', long: 'megawatts per turbine', kind: 'power per unit' },
  'kW/GPU': { label: 'kW per GPU', long: 'kilowatts per GPU', kind: 'power per unit' },
  'households/MW': { label: 'homes per MW', long: 'homes per megawatt', kind: 'count per power' },
  'gal/month': { label: 'gallons a month', long: 'gallons a month', kind: 'water per month' },
  gal: { label: 'gallons', long: 'gallons', kind: 'water volume' },
  'gal/MWh': { label: 'gallons per MWh', long: 'gallons per megawatt-hour', kind: 'water per energy' },
  'L/kWh': { label: 'litres per kWh', long: 'litres per kilowatt-hour', kind: 'water per energy' },
  USD: { label: '', long: 'US dollars', kind: 'money' },
  'USD/month': { label: 'a month', long: 'US dollars a month', kind: 'money per month' },
  'USD/kWh': { label: 'per kWh', long: 'US dollars per kilowatt-hour', kind: 'price' },
  'USD/100 gal': { label: 'per 100 gallons', long: 'US dollars per 100 gallons', kind: 'price' },
  'ft/yr': { label: 'feet a year', long: 'feet a year', kind: 'rate of change' },
  /** How fast a power changes: what "megawatts every hour" literally says. */
  'MW/h': { label: 'MW per hour', long: 'megawatts per hour', kind: 'change of power over time' },
  'MW/month': { label: 'MW per month', long: 'megawatts per month', kind: 'change of power over time' },
  'W/month': { label: 'watts per month', long: 'watts per month', kind: 'change of power over time' },
  'USD/GPU': { label: 'per GPU', long: 'US dollars per GPU', kind: 'price' },
  days: { label: 'days', long: 'days', kind: 'duration' },
  months: { label: 'months', long: 'months', kind: 'duration' },
  share: { label: '%', long: 'per cent', kind: 'share' },
  ratio: { label: '×', long: 'times', kind: 'ratio' },
  'load factor': { label: '', long: 'load factor (average ÷ maximum)', kind: 'ratio' },
  'short tons/yr': { label: 'tons a year', long: 'short tons (2,000 lb) a year', kind: 'mass per year' },
  'tonnes/yr': { label: 'metric tonnes a year', long: 'metric tonnes (1,000 kg) a year', kind: 'mass per year' },
  'lb/MWh': { label: 'lb per MWh', long: 'pounds per megawatt-hour', kind: 'mass per energy' },
  miles: { label: 'miles', long: 'miles', kind: 'distance' },
  facilities: { label: 'facilities', long: 'industrial facilities', kind: 'count' },
  'USD/yr': { label: 'a year', long: 'US dollars a year', kind: 'money per year' },
  'per million': { label: 'in a million', long: 'lifetime cancer cases per million people exposed', kind: 'risk' },
  /** A dollar value per ton as its source gives it, in that source's own dollar year (held beside the figure, not in the unit). */
  'USD/short ton': { label: 'per short ton', long: "US dollars (of the source's dollar year) per short ton", kind: 'money per mass' },
  'USD/metric tonne': {
    label: 'per metric tonne',
    long: "US dollars (of the source's dollar year) per metric tonne",
    kind: 'money per mass',
  },
  /**
   * Dollars of the health figures' one dollar year (data/health.json): only these are added up, so a sum of
   * values of different dollar years, not brought to one year by CPI-U first, is a type error.
   */
  USD2025: { label: '(2025 dollars)', long: 'US dollars of 2025', kind: 'money' },
  'USD2025/short ton': { label: 'per short ton (2025 dollars)', long: 'US dollars of 2025 per short ton', kind: 'money per mass' },
  'USD2025/yr': { label: 'a year (2025 dollars)', long: 'US dollars of 2025 a year', kind: 'money per year' },
  'USD2025/kWh': { label: 'per kWh (2025 dollars)', long: 'US dollars of 2025 per kilowatt-hour', kind: 'money per energy' },
  'USD2025/household/yr': {
    label: 'per household a year (2025 dollars)',
    long: 'US dollars of 2025 per household a year',
    kind: 'money per household',
  },
  'USD2025/person/yr': {
    label: 'per resident a year (2025 dollars)',
    long: 'US dollars of 2025 per resident a year',
    kind: 'money per person',
  },
  'deaths/yr': { label: 'deaths a year', long: 'premature deaths a year (inferred)', kind: 'deaths per year' },
  /** The consumer price index: a price level, not money; a ratio of two of them turns dollars of one year into another's. */
  'CPI-U': { label: '', long: 'consumer price index for all urban consumers (1982–84 = 100)', kind: 'price index' },
  'kg/h': { label: 'kg an hour', long: 'kilograms an hour', kind: 'mass per hour' },
  'lb/MMBtu': { label: 'lb per MMBtu', long: 'pounds per million Btu of fuel burned (higher heating value)', kind: 'mass per heat' },
  'kJ/kWh': { label: 'kJ per kWh', long: 'kilojoules of fuel per kilowatt-hour of electricity (heat rate)', kind: 'heat per energy' },
  'MMBtu/h': { label: 'MMBtu an hour', long: 'million Btu of fuel an hour (heat input)', kind: 'heat per hour' },
  /** Latitude or longitude; which one, and north/south or east/west, is in the figure's name. */
  degrees: { label: 'degrees', long: 'degrees of latitude or longitude', kind: 'angle' },
} as const;

export type Unit = keyof typeof UNITS;

/** Money units are written "$350,000 a month", with the dollar sign before the number (dollars of a set year too: "USD2025/yr"). */
export function isMoney(unit: Unit): boolean {
  return /^USD(\d{4})?(\/|$)/.test(unit);
}

export const UNIT_NAMES = Object.keys(UNITS) as Unit[];

/** Definitions, not measurements: these need no source. */
export const HOURS_PER_YEAR = 8760; // 365 days × 24 h; leap years are ignored, as utilities do in annual figures
export const DAYS_PER_YEAR = 365;
export const MONTHS_PER_YEAR = 12;
export const KW_PER_MW = 1000;
export const KWH_PER_MWH = 1000;
export const HOURS_PER_MONTH = HOURS_PER_YEAR / MONTHS_PER_YEAR; // 730: an average month
export const LITRES_PER_GALLON = 3.785411784; // US gallon, exact by definition
export const LB_PER_SHORT_TON = 2000; // the US ton of air permits and of most U.S. reporting
export const LB_PER_METRIC_TONNE = 2204.62262185; // 1,000 kg ÷ 0.45359237 kg per lb, exact to these digits
export const KG_PER_LB = 0.45359237; // exact by definition
export const KG_PER_SHORT_TON = LB_PER_SHORT_TON * KG_PER_LB; // 907.18474 kg
export const METRIC_TONNES_PER_SHORT_TON = KG_PER_SHORT_TON / 1000; // 0.90718474
export const KJ_PER_MMBTU = 1_055_055.85262; // the International Table Btu is 1.05505585262 kJ, exact by definition

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

/** Average power of a load that uses `kwhPerMonth` in an average month. */
export function kwhPerMonthToAverageMw(kwhPerMonth: number): number {
  return kwhPerMonth / HOURS_PER_MONTH / KW_PER_MW;
}

export function litresPerKwhToGallonsPerMwh(litresPerKwh: number): number {
  return (litresPerKwh / LITRES_PER_GALLON) * KWH_PER_MWH;
}

/** Energy in a day of a load of `powerMw` running flat out, in MWh. */
/** kWh used in an average month by a load drawing `powerMw` all the time. */
export function averageMwToKwhPerMonth(powerMw: number): number {
  return powerMw * KW_PER_MW * HOURS_PER_MONTH;
}

export function mwToMwhPerDay(powerMw: number): number {
  return powerMw * 24;
}

/** Days in the month of an ISO date such as "2026-03". */
export function daysInMonth(isoMonth: string): number {
  const [y, m] = isoMonth.split('-').map(Number);
  if (y === undefined || m === undefined || !(m >= 1 && m <= 12)) throw new Error(`Not an ISO month: "${isoMonth}"`);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const GALLONS_PER_MILLION_GALLONS = 1_000_000;

/** A flow given in million gallons a day (Mgal/d, as USGS and water utilities give it) in gallons a day. */
export function millionGallonsPerDayToGallonsPerDay(mgalPerDay: number): number {
  return mgalPerDay * GALLONS_PER_MILLION_GALLONS;
}

export function gallonsPerDayToGallonsPerYear(gallonsPerDay: number): number {
  return gallonsPerDay * DAYS_PER_YEAR;
}

export const DAYS_PER_MONTH = DAYS_PER_YEAR / MONTHS_PER_YEAR; // 30.4: an average month

/**
 * A figure in one unit expressed in another, or undefined when no conversion exists:
 * then the two figures measure different things (a rate and an amount, a power and a
 * change of power), and comparing them is a unit error.
 */
export function convert(value: number, from: Unit, to: Unit): number | undefined {
  if (from === to) return value;
  const table: Partial<Record<Unit, Partial<Record<Unit, number>>>> = {
    months: { days: DAYS_PER_MONTH },
    days: { months: 1 / DAYS_PER_MONTH },
    MW: { kW: KW_PER_MW },
    kW: { MW: 1 / KW_PER_MW },
  };
  const factor = table[from]?.[to];
  return factor === undefined ? undefined : value * factor;
}

/** Pounds in a year at `lbPerMwh` for `mwhPerYear` of electricity, in short tons (2,000 lb). */
export function lbPerMwhToShortTonsPerYear(mwhPerYear: number, lbPerMwh: number): number {
  return (mwhPerYear * lbPerMwh) / LB_PER_SHORT_TON;
}

export function shortTonsToMetricTonnes(shortTons: number): number {
  return (shortTons * LB_PER_SHORT_TON) / LB_PER_METRIC_TONNE;
}

/**
 * Units that are one unit per another, e.g. MW per turbine. They are the only products and
 * quotients of two different units the claims engine forms (see productUnit, quotientUnit).
 */
export const PER_UNIT: Partial<Record<Unit, readonly [Unit, Unit]>> = {
  'MW/turbine': ['MW', 'turbines'],
  'kW/GPU': ['kW', 'GPUs'],
  'USD/GPU': ['USD', 'GPUs'],
  'households/MW': ['households', 'MW'],
};

/** The unit of a × b, or undefined when this site has no such unit (GPUs × USD/GPU = USD). */
export function productUnit(a: Unit, b: Unit): Unit | undefined {
  for (const [per, pair] of Object.entries(PER_UNIT) as [Unit, readonly [Unit, Unit]][]) {
    if ((a === per && b === pair[1]) || (b === per && a === pair[1])) return pair[0];
  }
  return undefined;
}

/** The unit of a ÷ b: a ratio when both are in one unit, a unit per unit where this site has one, else undefined. */
export function quotientUnit(a: Unit, b: Unit): Unit | undefined {
  if (a === b) return 'ratio';
  for (const [per, pair] of Object.entries(PER_UNIT) as [Unit, readonly [Unit, Unit]][]) {
    if (pair[0] === a && pair[1] === b) return per;
  }
  return undefined;
}

/** "MW (power)": a unit with what it measures, for messages about units that do not go together. */
export function describeUnit(unit: Unit): string {
  return `${unit} (${UNITS[unit].kind})`;
}

/** Short tons a year emitted at `kgPerHour` for `hours` hours of the year. */
export function kgPerHourToShortTonsPerYear(kgPerHour: number, hours: number): number {
  return (kgPerHour * hours) / KG_PER_SHORT_TON;
}

/** A dollar value per metric tonne as a value per short ton: a short ton is 0.90718474 of a metric tonne. */
export function perMetricTonneToPerShortTon(dollarsPerTonne: number): number {
  return dollarsPerTonne * METRIC_TONNES_PER_SHORT_TON;
}

/** Heat input in MMBtu an hour of a turbine set making `powerMw` at a heat rate of `kjPerKwh` (× `hhvPerLhv` where the rate is on LHV). */
export function heatInputMmbtuPerHour(powerMw: number, kjPerKwh: number, hhvPerLhv: number): number {
  return (powerMw * KW_PER_MW * kjPerKwh * hhvPerLhv) / KJ_PER_MMBTU;
}

/** Short tons a year from a heat input (MMBtu an hour) at `lbPerMmbtu` for `hours` hours of the year. */
export function lbPerMmbtuToShortTonsPerYear(mmbtuPerHour: number, lbPerMmbtu: number, hours: number): number {
  return (mmbtuPerHour * lbPerMmbtu * hours) / LB_PER_SHORT_TON;
}
