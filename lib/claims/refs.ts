/**
 * Finds the figure a claim's check points at (see `claimRef` in schemas.ts). The data
 * loader uses this to reject a claims file whose references lead nowhere, and the
 * claims ledger to fetch the figures it compares.
 */
import { monthlyBillAtPower, statePriceRange } from '../power/power';
import { formatRange } from '../core/format';
import { derive, divideBounds, type Quantity } from '../core/quantity';
import type { Facility, FacilityStateKey, Factors, Place } from '../data/schemas';
import { statesOverTime } from '../data/timeline';
import { gallonsPerYear } from '../water/water';

export type RefContext = { facility: Facility; place: Place; factors: Factors };

function isQuantity(v: unknown): v is Quantity {
  return typeof v === 'object' && v !== null && 'kind' in v && 'unit' in v && (v.kind === 'known' || v.kind === 'unknown');
}

function walk(root: unknown, path: string): unknown {
  let at: unknown = root;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function stateAt(ctx: RefContext, key: string, date: string): Quantity | undefined {
  const states = statesOverTime(ctx.facility, date);
  const value = states[states.length - 1]?.state[key as FacilityStateKey];
  return value as Quantity | undefined;
}

/** Figures the site computes, by name; some take the date of the facility's state. */
const COMPUTED: Record<string, (ctx: RefContext, date: string | undefined) => Quantity | undefined> = {
  /** The monthly bill for the grid power approved at `date`, drawn all month, at the state's prices. */
  billAtApprovedPower: (ctx, date) => {
    const approved = date === undefined ? undefined : stateAt(ctx, 'gridPowerApprovedMw', date);
    if (approved === undefined) return undefined;
    return monthlyBillAtPower(
      { name: 'grid power approved', quantity: approved as Quantity<'MW'> },
      { name: 'state electricity price', quantity: statePriceRange(ctx.place) },
    );
  },
  /** Power per turbine under the air permit in force at `date`: permitted MW ÷ permitted turbines. */
  permittedMwPerTurbine: (ctx, date) => {
    const mw = date === undefined ? undefined : stateAt(ctx, 'onsiteTurbinesPermittedMw', date);
    const count = date === undefined ? undefined : stateAt(ctx, 'onsiteTurbinesPermittedCount', date);
    if (mw === undefined || count === undefined) return undefined;
    return derive(
      'MW/turbine',
      [
        { name: 'turbine power permitted', quantity: mw },
        { name: 'turbines permitted', quantity: count },
      ],
      ([m, c]) => divideBounds(m, c),
      ([m, c]) => `${formatRange(m)} ÷ ${formatRange(c)}`,
    );
  },
  /** The recycling plant's capacity over a whole year, running full every day. */
  recyclingPlantCapacityPerYear: (ctx) =>
    gallonsPerYear({ name: "the recycling plant's capacity", quantity: ctx.facility.water.recyclingPlant.capacityGallonsPerDay }),
};

/** The figure at `ref`, or a message saying why there is none. */
export function resolveRef(ref: string, ctx: RefContext): Quantity | string {
  const colon = ref.indexOf(':');
  const kind = ref.slice(0, colon);
  const rest = ref.slice(colon + 1);
  let found: unknown;
  if (kind === 'facility') found = walk(ctx.facility, rest);
  else if (kind === 'place') found = walk(ctx.place, rest);
  else if (kind === 'factor') found = walk(ctx.factors, rest);
  else if (kind === 'state') {
    const [key = '', date = ''] = rest.split('@');
    found = stateAt(ctx, key, date);
    if (found === undefined) return `no figure "${key}" in the facility's timeline on or before ${date}`;
  } else if (kind === 'computed') {
    const [name = '', date] = rest.split('@');
    const compute = COMPUTED[name];
    if (compute === undefined) return `unknown computed figure "${name}" (known: ${Object.keys(COMPUTED).join(', ')})`;
    found = compute(ctx, date);
    if (found === undefined) return `computed figure "${name}" needs a date at which the facility has that figure`;
  }
  if (!isQuantity(found)) return `no figure at ${kind} path "${rest}"`;
  return found;
}
