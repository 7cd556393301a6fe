/**
 * The health damage beside the electricity the turbines make: their permitted output run at the view's
 * load factor, the damage for each kWh of it, and what a very large customer pays for a kWh in the
 * state, brought to 2025 dollars with CPI-U (set beside, never added).
 */
import { formatRange } from '../core/format';
import { derive, divideBounds, inUnit, isKnown, type KnownQuantity, mapBounds, type Named, type Quantity } from '../core/quantity';
import { getHealthData } from '../data/load';
import type { Facility } from '../data/schemas/facility';
import type { Place } from '../data/schemas/place';
import { latestState } from '../data/timeline';
import { annualEnergyMwh } from '../power/power';
import { perKwh } from './baselines';
import type { Damage } from './damage';
import { bare, cpiFactor, cpiOf } from './dollars';

/**
 * The damage beside the site's electricity: its turbines' permitted output run at the view's load factor,
 * the damage for each kWh of it, and what a very large customer pays for a kWh in the state (its own
 * dollar year: set beside, never added).
 */
export type BesideElectricity = {
  turbinesMw: Named<'MW'>;
  energy: Quantity<'MWh/yr'>;
  perKwh: Quantity<'USD2025/kWh'>;
  price: Quantity<'USD/kWh'>;
  /** The same price in 2025 dollars (× its year's CPI-U factor), and the damage per kWh as a share of it; undefined where the price is not known. */
  priceIn2025: Quantity<'USD2025/kWh'> | undefined;
  shareOfPrice: Quantity<'share'> | undefined;
  /** The state the price is of ("Tennessee"), from the place's region ("Shelby County, Tennessee"). */
  state: string;
};

/** A price per kWh of its as-of year in 2025 dollars: × the CPI-U factor between the two years. */
function priceInTargetDollars(price: KnownQuantity<'USD/kWh'>): Quantity<'USD2025/kWh'> {
  const h = getHealthData();
  const factor = cpiFactor(cpiOf(h.cpi, Number(price.asOf.slice(0, 4))), cpiOf(h.cpi, h.dollarYear.year));
  return derive(
    'USD2025/kWh',
    [
      { name: "the average industrial price, in its own year's dollars", quantity: price },
      { name: 'CPI-U factor to 2025 dollars', quantity: factor },
    ],
    ([p, f]) => mapBounds(p, (v) => v * f.value),
    ([p, f]) => `${formatRange(p)} × ${bare(f)}`,
  );
}

/** a ÷ b as a share. */
function shareOf(a: Named<'USD2025/kWh'>, b: Named<'USD2025/kWh'>): Quantity<'share'> {
  return derive(
    'share',
    [a, b],
    ([x, y]) => divideBounds(x, y),
    ([x, y]) => `${formatRange(x)} ÷ ${formatRange(y)}`,
  );
}

/** The turbines' electricity and the damage per kWh of it; undefined where their permitted output is not known. */
export function besideElectricity(
  facility: Facility,
  place: Place,
  damage: Damage,
  lf: Quantity<'load factor'>,
  date?: string,
): BesideElectricity | undefined {
  const permitted = latestState(facility, date).state.onsiteTurbinesPermittedMw;
  if (permitted === undefined || !isKnown(permitted)) return undefined;
  const turbinesMw = { name: "the turbines' permitted output", quantity: inUnit(permitted, 'MW', 'onsiteTurbinesPermittedMw') };
  const energy = annualEnergyMwh(turbinesMw, lf);
  const each = perKwh(
    { name: 'health damage a year, central case (range: low to high case)', quantity: damage.range },
    { name: "the turbines' electricity a year", quantity: energy },
  );
  const price = place.stateElectricityPrices.industrialUsdPerKwh;
  const priceIn2025 = isKnown(price) ? priceInTargetDollars(price) : undefined;
  return {
    turbinesMw,
    energy,
    perKwh: each,
    price,
    priceIn2025,
    shareOfPrice:
      priceIn2025 === undefined
        ? undefined
        : shareOf(
            { name: 'health damage for each kWh', quantity: each },
            { name: 'the industrial price, in 2025 dollars', quantity: priceIn2025 },
          ),
    state: place.region.replace(/^.*, /, ''),
  };
}
