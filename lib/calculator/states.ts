/**
 * The state baselines of data/states.json as quantities: each state's average home (electricity a month
 * from EIA, water a day as USGS's per-person use × the Census Bureau's persons per household), its
 * residential customers and its public-supply withdrawals, and the U.S. home. A state's home is a
 * HouseholdBaseline, the same type the places' baselines are, so the calculator counts homes with the
 * facility pages' own functions (lib/power, lib/water).
 */
import { formatRange } from '../core/format';
import { derive, known, multiplyBounds, type Quantity, unknown } from '../core/quantity';
import { millionGallonsPerDayToGallonsPerDay } from '../core/units';
import { getStatesFile } from '../data/load';
import type { HouseholdBaseline } from '../data/schemas/place';
import type { StateRow, StatesFile } from '../data/schemas/states';

export type StateBaseline = {
  code: string;
  name: string;
  /** The state's average home: EIA's kWh a month per residential customer, and homes' water a day. */
  home: HouseholdBaseline;
  personWater: Quantity<'gal/day'>;
  householdSize: Quantity<'people/household'>;
  customers: Quantity<'customers'>;
  publicSupply: Quantity<'gal/day'>;
};

export type UsBaseline = { name: string; home: HouseholdBaseline };

function column<K extends keyof StatesFile['columns']>(file: StatesFile, key: K) {
  const c = file.columns[key];
  return { asOf: c.asOf, sourceIds: c.sourceIds, note: c.note };
}

/** Water a day of one home: gallons per person a day × persons per household. */
export function homeWater(
  personWater: Quantity<'gal/day'>,
  householdSize: Quantity<'people/household'>,
  state: string,
): Quantity<'gal/day'> {
  return derive(
    'gal/day',
    [
      { name: `water one person uses at home a day (${state})`, quantity: personWater },
      { name: `persons per household (${state})`, quantity: householdSize },
    ],
    ([w, n]) => multiplyBounds(w, n),
    ([w, n]) => `${formatRange(w)} per person × ${formatRange(n)}`,
  );
}

export function stateFromRow(file: StatesFile, row: StateRow): StateBaseline {
  const electricity = column(file, 'electricityKwhPerMonth');
  const personWater = known('gal/day', row.waterGallonsPerPersonPerDay, column(file, 'waterGallonsPerPersonPerDay'));
  const householdSize = known('people/household', row.personsPerHousehold, column(file, 'personsPerHousehold'));
  const customers = known('customers', row.residentialCustomers, column(file, 'residentialCustomers'));
  const supply = column(file, 'publicSupplyMgalPerDay');
  const publicSupply =
    row.publicSupplyMgalPerDay === null
      ? unknown<'gal/day'>('gal/day', file.noPublicSupplyReason, supply.sourceIds, supply.asOf)
      : known('gal/day', millionGallonsPerDayToGallonsPerDay(row.publicSupplyMgalPerDay), {
          ...supply,
          note: `${row.publicSupplyMgalPerDay.toLocaleString('en-US')} million gallons a day. ${supply.note}`,
        });
  const home: HouseholdBaseline = {
    id: row.code.toLowerCase(),
    label: `${row.name} average home (${electricity.asOf})`,
    scope: `Average ${row.name} residential electricity customer`,
    electricityKwhPerMonth: known('kWh/month', row.electricityKwhPerMonth, electricity),
    waterGallonsPerDay: homeWater(personWater, householdSize, row.name),
    homes: known('households', row.residentialCustomers, column(file, 'residentialCustomers')),
  };
  return { code: row.code, name: row.name, home, personWater, householdSize, customers, publicSupply };
}

/** Every state code in the table, in its order. */
export function stateCodes(): string[] {
  return getStatesFile().states.map((s) => s.code);
}

/** The baseline of a state by its two-letter code (any case); undefined when the table has no such state. */
export function stateBaseline(code: string): StateBaseline | undefined {
  const file = getStatesFile();
  const row = file.states.find((s) => s.code === code.toUpperCase());
  return row && stateFromRow(file, row);
}

export function usBaseline(): UsBaseline {
  const us = getStatesFile().us;
  const kwh = us.electricityKwhPerMonth;
  const year = kwh.kind === 'known' ? kwh.asOf.slice(0, 4) : '';
  return {
    name: us.name,
    home: {
      id: 'us',
      label: `U.S. average home (${year})`,
      scope: 'Average U.S. residential electricity customer',
      electricityKwhPerMonth: kwh,
      waterGallonsPerDay: unknown('gal/day', 'The table has no U.S. persons per household; homes by water are counted by the state.'),
    },
  };
}
