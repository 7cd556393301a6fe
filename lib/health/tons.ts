/**
 * Tons a year of a pollutant, three ways: a yearly figure as its source gives it (a permit's yearly
 * cap, a modelled or potential total: never scaled by the hours run), a rate in kilograms an hour, and
 * an estimate from the turbines' size and AP-42's factor. A rate becomes tons a year through the hours
 * run: the load factor × 8,760 hours, at most all year.
 */
import { formatNumber, formatRange } from '../core/format';
import { derive, type KnownQuantity, mapBounds, multiplyBounds, type Named, type Quantity } from '../core/quantity';
import {
  HOURS_PER_YEAR,
  heatInputMmbtuPerHour,
  KG_PER_SHORT_TON,
  KJ_PER_MMBTU,
  KW_PER_MW,
  kgPerHourToShortTonsPerYear,
  LB_PER_SHORT_TON,
  lbPerMmbtuToShortTonsPerYear,
} from '../core/units';

const loadFactorNamed = (lf: Quantity<'load factor'>) => ({ name: 'load factor (the share of the year run)', quantity: lf });

/** "8,760 hours in a year × load factor 0.5": the hours run, as every rate's equation writes them. */
function hoursRun(lf: KnownQuantity): string {
  return `${formatNumber(HOURS_PER_YEAR)} hours in a year × load factor ${formatRange(lf)}`;
}

/** Tons a year at a rate of kilograms an hour for the hours run: rate × 8,760 h × load factor ÷ 907.18474 kg per short ton. */
export function tonsFromRate(rate: Named<'kg/h'>, loadFactor: Quantity<'load factor'>): Quantity<'short tons/yr'> {
  return derive(
    'short tons/yr',
    [rate, loadFactorNamed(loadFactor)],
    ([r, lf]) => mapBounds(multiplyBounds(r, lf), (kgPerHour) => kgPerHourToShortTonsPerYear(kgPerHour, HOURS_PER_YEAR)),
    ([r, lf]) => `${formatRange(r)} × ${hoursRun(lf)} ÷ ${formatNumber(KG_PER_SHORT_TON, { decimals: 5 })} kg per short ton`,
  );
}

/**
 * Fuel burned an hour by turbines of `capacity` at full output: MW × 1,000 kW per MW × heat rate (kJ per
 * kWh, on the lower heating value) × the higher over the lower heating value ÷ 1,055,056 kJ per MMBtu.
 */
export function heatInput(capacity: Named<'MW'>, heatRate: Named<'kJ/kWh'>, hhvPerLhv: Named<'ratio'>): Quantity<'MMBtu/h'> {
  return derive(
    'MMBtu/h',
    [capacity, heatRate, hhvPerLhv],
    ([c, r, h]) => ({
      value: heatInputMmbtuPerHour(c.value, r.value, h.value),
      low: heatInputMmbtuPerHour(c.low, r.low, h.low),
      high: heatInputMmbtuPerHour(c.high, r.high, h.high),
    }),
    ([c, r, h]) =>
      `${formatRange(c)} × ${formatNumber(KW_PER_MW)} kW per MW × ${formatRange(r)} × ${formatNumber(h.value)} (higher over lower heating value) ÷ ${formatNumber(Math.round(KJ_PER_MMBTU))} kJ per MMBtu`,
  );
}

/** Tons a year from fuel burned an hour at AP-42's factor for the hours run: MMBtu an hour × lb per MMBtu × hours ÷ 2,000 lb. */
export function tonsFromFactor(
  heat: Named<'MMBtu/h'>,
  factor: Named<'lb/MMBtu'>,
  loadFactor: Quantity<'load factor'>,
): Quantity<'short tons/yr'> {
  return derive(
    'short tons/yr',
    [heat, factor, loadFactorNamed(loadFactor)],
    ([h, f, lf]) => {
      const at = (k: 'value' | 'low' | 'high') => lbPerMmbtuToShortTonsPerYear(h[k], f[k], HOURS_PER_YEAR * lf[k]);
      return { value: at('value'), low: at('low'), high: at('high') };
    },
    ([h, f, lf]) => `${formatRange(h)} × ${formatRange(f)} × ${hoursRun(lf)} ÷ ${formatNumber(LB_PER_SHORT_TON)} lb per short ton`,
  );
}
