/**
 * Water: a facility's daily on-site use set against homes, people and the utility's
 * pumping. All figures here are flows (gallons a day), never totals.
 */
import { formatRange } from './format';
import { derive, divideBounds, type NamedInput, type Quantity } from './quantity';
import type { HouseholdBaseline } from './schemas';

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
