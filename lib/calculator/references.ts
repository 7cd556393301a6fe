/**
 * Colossus 1 and Colossus 2, as references people have heard of: each data center's latest independent
 * estimate of its power, from its own overview (lib/pages/overview.ts), counted as homes of the chosen
 * state by the same function and load factor as the proposal. A site with no power estimate is left out.
 */
import type { KnownQuantity, Quantity } from '../core/quantity';
import { listFacilities } from '../data/load';
import { getOverview } from '../pages/overview';
import { householdsByEnergy } from '../power/power';
import type { HouseholdBaseline } from '../data/schemas/place';

export type Reference = { facilityId: string; name: string; place: string; power: KnownQuantity<'MW'>; homes: Quantity<'households'> };

export function references(home: HouseholdBaseline, loadFactor: KnownQuantity<'load factor'>): Reference[] {
  return listFacilities()
    .filter((f) => f.kind === 'data center')
    .flatMap((f) => {
      const o = getOverview(f.id);
      const power = o?.power.find((p) => p.key === 'estimated')?.power;
      if (o === undefined || power === undefined || power.kind !== 'known') return [];
      const named = { name: `${f.name}'s power, as independent analysts estimate it`, quantity: power };
      return [{ facilityId: f.id, name: f.name, place: o.place.name, power, homes: householdsByEnergy(named, loadFactor, home) }];
    });
}
