/**
 * A proposed data center, built from the calculator's settings, and what it asks of its state: a facility
 * made of settings, counted with the facility pages' own functions (homes by lib/power, water by lib/water,
 * shares by lib/core/compare, tons and health damage by lib/health), never a second implementation. Every
 * figure is a quantity with its sources and arithmetic, declared once in `figures` for the page, the
 * hearing packet and the downloads.
 */
import { shareOf } from '../core/compare';
import { assumed, type KnownQuantity, type Named, type Quantity } from '../core/quantity';
import { HOURS_PER_YEAR, millionGallonsPerDayToGallonsPerDay } from '../core/units';
import { getFactors, getHealthData } from '../data/load';
import type { Pollutant } from '../data/schemas/health';
import { type Damage, type Deaths, healthImpact, type TonsInput } from '../health/damage';
import { nationalCases, vslIn2025 } from '../health/dollars';
import { hhvPerLhvOf } from '../health/scenario-tons';
import { heatInput, tonsFromFactor } from '../health/tons';
import { FigureList, type FigureRow } from '../pages/figures';
import {
  annualEnergyMwh,
  assumedLoadFactor,
  assumedPue,
  facilityPowerFromIt,
  householdsByEnergy,
  householdsByPower,
  itPowerFromFacility,
} from '../power/power';
import { householdsByWater, litresPerKwhAsGallonsPerMwh, offsiteWaterPerDay, peopleByWater } from '../water/water';
import { type CalculatorSettings, CONTROLS, WATER_AVERAGE } from './settings';
import { type Reference, references } from './references';
import { type StateBaseline, stateBaseline, type UsBaseline, usBaseline } from './states';

const GIVEN = 'Given in the calculator’s settings';

export type GasFigures = {
  heat: Quantity<'MMBtu/h'>;
  hoursShare: KnownQuantity<'load factor'>;
  tons: { pollutant: Pollutant; tons: Quantity<'short tons/yr'> }[];
  nox: Quantity<'short tons/yr'>;
  /** CO2 from the gas burned: not priced with the health figures. */
  co2: Quantity<'short tons/yr'>;
  damage: Damage;
  deaths: Deaths;
  notValued: { pollutant: Pollutant; why: string }[];
};

export type WaterFigures = {
  use: Quantity<'gal/day'>;
  homes: Quantity<'households'>;
  people: Quantity<'people'>;
  shareOfStateSupply: Quantity<'share'>;
  shareOfSupply: Quantity<'share'> | undefined;
};

export type Proposal = {
  settings: CalculatorSettings;
  state: StateBaseline;
  us: UsBaseline;
  power: Quantity<'MW'>;
  loadFactor: KnownQuantity<'load factor'>;
  energy: Quantity<'MWh/yr'>;
  /** Homes with the same yearly electricity use, by the state's average home: the answer first. */
  homesState: Quantity<'households'>;
  homesUs: Quantity<'households'>;
  /** Homes whose average draw adds up to the facility's power (at full power, whatever the load factor). */
  homesStateByPower: Quantity<'households'>;
  shareOfStateHomes: Quantity<'share'>;
  shareOfPeak: Quantity<'share'> | undefined;
  shareOfCustomers: Quantity<'share'> | undefined;
  water: WaterFigures | undefined;
  gas: GasFigures | undefined;
  /** Colossus 1 and 2, counted the same way in the same state. */
  references: Reference[];
  figures: FigureRow[];
};

function given<U extends Parameters<typeof assumed>[0]>(unit: U, value: number, what: string): Named<U> {
  return { name: what, quantity: assumed(unit, value, `${GIVEN}: ${what}.`) };
}

function pueOf(s: CalculatorSettings): Named<'ratio'> {
  return s.pue === undefined
    ? { name: 'power usage effectiveness, as the sources give it', quantity: getFactors().powerUsageEffectiveness as Quantity<'ratio'> }
    : { name: 'power usage effectiveness, as set', quantity: assumedPue(s.pue) };
}

const IT_POWER = 'the proposed facility’s computers’ (IT) power';

function facilityPower(s: CalculatorSettings): Named<'MW'> {
  if (s.mw !== undefined) return given('MW', s.mw, 'the proposed facility’s power');
  if (s.it === undefined) throw new Error('A proposal needs mw or it');
  return { name: 'the proposed facility’s power', quantity: facilityPowerFromIt(given('MW', s.it, IT_POWER), pueOf(s)) };
}

/**
 * Water on site where none is given (`water=average`): IT power (as set, or the facility's ÷ the PUE) × 24 h × the
 * load factor × the U.S. data centers' average water per kWh of IT energy, in gallons per MWh.
 */
function averageWater(s: CalculatorSettings, power: Named<'MW'>, lf: KnownQuantity<'load factor'>): Quantity<'gal/day'> {
  const it: Named<'MW'> =
    s.it !== undefined ? given('MW', s.it, IT_POWER) : { name: IT_POWER, quantity: itPowerFromFacility(power, pueOf(s)) };
  const wue = {
    name: 'water used on site per kWh of IT energy, U.S. average (LBNL)',
    quantity: getFactors().onsiteWueLitresPerKwh as Quantity<'L/kWh'>,
  };
  return offsiteWaterPerDay(it, lf, { name: 'water used on site per MWh of IT energy', quantity: litresPerKwhAsGallonsPerMwh(wue) });
}

function gasFigures(s: CalculatorSettings): GasFigures | undefined {
  if (s.gas === undefined) return undefined;
  const health = getHealthData();
  const control = CONTROLS[s.control];
  const heat = heatInput(
    given('MW', s.gas, 'on-site gas generation'),
    { name: `heat rate of a ${health.heatRate.turbine} (lower heating value)`, quantity: health.heatRate.kjPerKwh },
    hhvPerLhvOf(health),
  );
  const hoursShare = assumedLoadFactor(
    s.hours / HOURS_PER_YEAR,
    `${GIVEN}: the turbines run ${s.hours.toLocaleString('en-US')} of the ${HOURS_PER_YEAR.toLocaleString('en-US')} hours in a year, at full output.`,
  );
  const pollutants = [...new Set(health.ap42.factors.map((f) => f.pollutant))];
  const tons = pollutants.flatMap((pollutant) => {
    const factor =
      health.ap42.factors.find((f) => f.pollutant === pollutant && f.control === control) ??
      health.ap42.factors.find((f) => f.pollutant === pollutant && f.control === 'any');
    if (factor === undefined) return [];
    const factorName = `AP-42's factor for ${pollutant} (${factor.control === 'any' ? 'all turbines' : factor.control}, Table ${factor.table})`;
    const q = tonsFromFactor(
      { name: 'fuel burned an hour by the gas turbines', quantity: heat },
      { name: factorName, quantity: factor.lbPerMmbtu },
      hoursShare,
    );
    return [{ pollutant, tons: q }];
  });
  const co2 = tonsFromFactor(
    { name: 'fuel burned an hour by the gas turbines', quantity: heat },
    { name: 'CO2 from natural gas burned (EIA)', quantity: getFactors().naturalGasCo2LbPerMmbtu as Quantity<'lb/MMBtu'> },
    hoursShare,
  );
  const nox = tons.find((t) => t.pollutant === 'NOx')?.tons;
  if (nox === undefined) throw new Error(`No AP-42 NOx factor for "${control}"`);
  const input: TonsInput = tons.map((t) => ({
    pollutant: t.pollutant,
    tons: { name: `${t.pollutant}, the proposal's gas turbines`, quantity: t.tons },
  }));
  const notValued = health.notValued.filter((n) => tons.some((t) => t.pollutant === n.pollutant));
  const { damage, deaths } = healthImpact({ tons: input, values: nationalCases(health), vsl: vslIn2025(health), notValued });
  return { heat, hoursShare, tons, nox, co2, damage, deaths, notValued };
}

/** The proposal's figures for its settings; undefined for a state the table does not have. */
export function getProposal(s: CalculatorSettings): Proposal | undefined {
  const state = stateBaseline(s.state);
  if (state === undefined) return undefined;
  const us = usBaseline();
  const power = facilityPower(s);
  const lf =
    s.loadFactor === 1
      ? assumedLoadFactor(1, 'Assumes the facility uses this power around the clock, all year: an upper bound.')
      : assumedLoadFactor(s.loadFactor, `${GIVEN}: the facility’s average power is ${Math.round(s.loadFactor * 100)}% of its full power.`);
  const energy = annualEnergyMwh(power, lf);
  const homesState = householdsByEnergy(power, lf, state.home);
  const homesUs = householdsByEnergy(power, lf, us.home);
  const homesStateByPower = householdsByPower(power, state.home);
  const homesNamed = { name: `homes with the same yearly use (${state.home.label})`, quantity: homesState };
  const stateHomes = state.home.homes as Quantity<'households'>;
  const shareOfStateHomes = shareOf(homesNamed, { name: `residential electricity customers in ${state.name}`, quantity: stateHomes });
  const shareOfPeak = s.peak === undefined ? undefined : shareOf(power, given('MW', s.peak, 'your utility’s peak demand'));
  const shareOfCustomers =
    s.customers === undefined ? undefined : shareOf(homesNamed, given('households', s.customers, 'your utility’s residential customers'));

  let water: WaterFigures | undefined;
  if (s.water !== undefined) {
    const use: Named<'gal/day'> =
      s.water === WATER_AVERAGE
        ? { name: 'the proposed facility’s water use, at the U.S. average per kWh', quantity: averageWater(s, power, lf) }
        : given('gal/day', s.water, 'the proposed facility’s water use');
    const supply =
      s.supply === undefined
        ? undefined
        : given('gal/day', millionGallonsPerDayToGallonsPerDay(s.supply), `your water system’s supply (${s.supply} million gallons a day)`);
    water = {
      use: use.quantity,
      homes: householdsByWater(use, { name: `water one home uses a day (${state.name})`, quantity: state.home.waterGallonsPerDay }),
      people: peopleByWater(use, { name: `water one person uses at home a day (${state.name})`, quantity: state.personWater }),
      shareOfStateSupply: shareOf(use, { name: `public-supply withdrawals in ${state.name}`, quantity: state.publicSupply }),
      shareOfSupply: supply === undefined ? undefined : shareOf(use, supply),
    };
  }
  const gas = gasFigures(s);

  const list = new FigureList()
    .add('proposal.power', 'The proposed facility’s power', power.quantity)
    .add('proposal.loadFactor', 'Load factor', lf)
    .add('proposal.energy', 'Electricity a year', energy)
    .add('proposal.homes.state', `Homes with the same yearly electricity use (${state.home.label})`, homesState)
    .add('proposal.homes.us', `Homes with the same yearly electricity use (${us.home.label})`, homesUs)
    .add('proposal.homes.stateByPower', `Homes whose average draw adds up to the facility’s power (${state.home.label})`, homesStateByPower)
    .add('proposal.homes.shareOfState', `Share of ${state.name}’s residential customers`, shareOfStateHomes)
    .add('proposal.shareOfPeak', 'Share of your utility’s peak', shareOfPeak)
    .add('proposal.shareOfCustomers', 'Share of your utility’s residential customers', shareOfCustomers);
  if (water !== undefined) {
    list
      .add('proposal.water.use', 'On-site water a day', water.use)
      .add('proposal.water.homes', `Homes with the same water use (${state.name})`, water.homes)
      .add('proposal.water.people', `People with the same water use at home (${state.name})`, water.people)
      .add('proposal.water.shareOfStateSupply', `Share of ${state.name}’s public-supply withdrawals`, water.shareOfStateSupply)
      .add('proposal.water.shareOfSupply', 'Share of your water system’s supply', water.shareOfSupply);
  }
  if (gas !== undefined) {
    for (const t of gas.tons) list.add(`proposal.gas.tons.${t.pollutant}`, `${t.pollutant} from the gas turbines, tons a year`, t.tons);
    list
      .add('proposal.gas.tons.CO2', 'CO2 from the gas turbines, tons a year', gas.co2)
      .add('proposal.gas.healthDamage', 'Health damage a year (2025 dollars)', gas.damage.range)
      .add('proposal.gas.deaths', 'Premature deaths a year (inferred)', gas.deaths.range);
  }
  const refs = references(state.home, lf);
  for (const r of refs) {
    list
      .add(`reference.${r.facilityId}.power`, `${r.name}: power, as independent analysts estimate it`, r.power)
      .add(`reference.${r.facilityId}.homes`, `${r.name}: homes with the same yearly electricity use (${state.home.label})`, r.homes);
  }
  list
    .add('state.home.electricity', `Electricity of one home (${state.home.label})`, state.home.electricityKwhPerMonth)
    .add('state.home.water', `Water of one home a day (${state.name})`, state.home.waterGallonsPerDay)
    .add('state.customers', `Residential electricity customers in ${state.name}`, state.customers)
    .add('us.home.electricity', `Electricity of one home (${us.home.label})`, us.home.electricityKwhPerMonth);
  return {
    settings: s,
    state,
    us,
    power: power.quantity,
    loadFactor: lf,
    energy,
    homesState,
    homesUs,
    homesStateByPower,
    shareOfStateHomes,
    shareOfPeak,
    shareOfCustomers,
    water,
    gas,
    references: refs,
    figures: list.rows,
  };
}
