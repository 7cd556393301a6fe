/**
 * The figures a claim's check points at: data references are looked up in the data files
 * (lib/data/claim-refs.ts, which also validates them when the data loads), and figures the site
 * computes are computed here, one function for each name in COMPUTED_REFS, in the unit it gives.
 */
import { formatRange } from '../core/format';
import { derive, divideBounds, inUnit, type Quantity } from '../core/quantity';
import { type COMPUTED_REFS, type ComputedRef, lookUpRef, type RefContext, stateAt } from '../data/claim-refs';
import { sumOf } from '../core/compare';
import { listFacilities } from '../data/load';
import { statesOverTime } from '../data/timeline';
import { monthlyBillAtPower, siteEstimateMw, statePriceRange } from '../power/power';
import { gallonsPerYear } from '../water/water';

export type { RefContext };

type Computed = { [K in ComputedRef]: (ctx: RefContext, date: string) => Quantity<(typeof COMPUTED_REFS)[K]['unit']> };

/** A state figure that the data check has already found at `date`. */
function needed<U extends Quantity['unit']>(ctx: RefContext, key: Parameters<typeof stateAt>[1], date: string, unit: U): Quantity<U> {
  const q = stateAt(ctx, key, date);
  if (q === undefined) throw new Error(`no figure "${key}" on or before ${date}`);
  return inUnit(q, unit, key);
}

const COMPUTED: Computed = {
  billAtApprovedPower: (ctx, date) =>
    monthlyBillAtPower(
      { name: 'grid power approved', quantity: needed(ctx, 'gridPowerApprovedMw', date, 'MW') },
      { name: 'state electricity price', quantity: statePriceRange(ctx.place) },
    ),
  permittedMwPerTurbine: (ctx, date) =>
    derive(
      'MW/turbine',
      [
        { name: 'turbine power permitted', quantity: needed(ctx, 'onsiteTurbinesPermittedMw', date, 'MW') },
        { name: 'turbines permitted', quantity: needed(ctx, 'onsiteTurbinesPermittedCount', date, 'turbines') },
      ],
      ([m, c]) => divideBounds(m, c),
      ([m, c]) => `${formatRange(m)} ÷ ${formatRange(c)}`,
    ),
  siteEstimate: (ctx, date) => {
    const state = statesOverTime(ctx.facility, date).at(-1)?.state;
    const q = state && siteEstimateMw(state, ctx.factors.powerUsageEffectiveness);
    if (q === undefined) throw new Error(`facility "${ctx.facility.id}" has no independent estimate on or before ${date}`);
    return q;
  },
  dataCentersEstimate: (ctx, date) => {
    const parts = listFacilities()
      .filter((f) => f.kind === 'data center')
      .flatMap((f) => {
        const state = statesOverTime(f, date).at(-1)?.state;
        const q = state && (siteEstimateMw(state, ctx.factors.powerUsageEffectiveness) ?? state.gridPowerSuppliedMw);
        return q !== undefined && q.kind === 'known' ? [{ name: `${f.shortName}, estimated`, quantity: inUnit(q, 'MW', f.id) }] : [];
      });
    return sumOf('MW', parts);
  },
  recyclingPlantCapacityPerYear: (ctx) => {
    const plant = ctx.facility.water?.recyclingPlant;
    if (plant === undefined) throw new Error(`facility "${ctx.facility.id}" has no recycling plant`);
    return gallonsPerYear({ name: "the recycling plant's capacity", quantity: plant.capacityGallonsPerDay });
  },
};

/** The figure at `ref`, or a message saying why there is none. */
export function resolveRef(ref: string, ctx: RefContext): Quantity | string {
  const found = lookUpRef(ref, ctx);
  if (typeof found === 'string' || !('computed' in found)) return found;
  const date = ref.split('@')[1] ?? '';
  return COMPUTED[found.computed](ctx, date);
}
