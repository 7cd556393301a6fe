/**
 * A site's tons scenario (data/concerns/<id>.json, `tons`) as tons a year of each pollutant at the
 * view's load factor: a yearly figure (an emission figure or a permit cap of the same file) as its source
 * gives it, never scaled; a rate (kilograms an hour, or AP-42's factor for the scenario's turbines)
 * through the hours run.
 */
import { assumed, type Named, type Quantity } from '../core/quantity';
import type { Concerns } from '../data/schemas/concerns';
import type { HealthData, Pollutant } from '../data/schemas/health';
import type { TonsScenario, TonsSource } from '../data/schemas/tons';
import type { TonsInput } from './damage';
import { heatInput, tonsFromFactor, tonsFromRate } from './tons';

export type ScenarioTons = {
  pollutant: Pollutant;
  tons: Quantity<'short tons/yr'>;
  /** Where the tons come from: a yearly figure as given, a rate or AP-42 through the hours run, or (the region) the sites' tons added. */
  from: 'yearly figure' | 'rate' | 'AP-42' | 'sites added';
  /** Whether the load factor changes them: true for a rate, false for a yearly cap or total. */
  scaled: boolean;
  /** What the figure is, in words, for the arithmetic: "NOx, permit caps, 15 turbines". */
  name: string;
  note?: string;
};

/** The assumed ratio of natural gas's higher to lower heating value, said as an assumption. */
export function hhvPerLhvOf(health: HealthData): Named<'ratio'> {
  return {
    name: 'higher over lower heating value of natural gas (assumed)',
    quantity: assumed('ratio', health.hhvPerLhv.value, health.hhvPerLhv.assumed),
  };
}

function yearlyFigure(c: Concerns, p: TonsSource): Quantity<'short tons/yr'> {
  if (p.emissionFigureId !== undefined) {
    const e = c.emissionFigures.find((x) => x.id === p.emissionFigureId);
    if (e === undefined) throw new Error(`data/concerns/${c.facilityId}.json: no emission figure "${p.emissionFigureId}"`);
    return e.tonsPerYear;
  }
  const l = c.permit.limits.find((x) => x.id === p.permitLimitId);
  if (l === undefined) throw new Error(`data/concerns/${c.facilityId}.json: no permit limit "${p.permitLimitId}"`);
  return l.tonsPerYear;
}

/** The fuel the scenario's turbines burn an hour at full output, where the scenario is an estimate from AP-42. */
export function scenarioHeatInput(s: TonsScenario, health: HealthData): Quantity<'MMBtu/h'> | undefined {
  if (s.turbines === undefined) return undefined;
  return heatInput(
    { name: `capacity of ${s.label.toLowerCase()}`, quantity: s.turbines.capacityMw },
    { name: `heat rate of a ${health.heatRate.turbine} (lower heating value)`, quantity: health.heatRate.kjPerKwh },
    hhvPerLhvOf(health),
  );
}

/** Each pollutant's tons a year in the scenario at this load factor, in the file's order. */
export function scenarioTons(s: TonsScenario, c: Concerns, health: HealthData, loadFactor: Quantity<'load factor'>): ScenarioTons[] {
  const heat = scenarioHeatInput(s, health);
  return s.pollutants.map((p) => {
    const name = `${p.pollutant}, ${s.label}`;
    const base = { pollutant: p.pollutant, name, ...(p.note === undefined ? {} : { note: p.note }) };
    if (p.kgPerHour !== undefined)
      return {
        ...base,
        from: 'rate',
        scaled: true,
        tons: tonsFromRate({ name: `${name}, kg an hour`, quantity: p.kgPerHour }, loadFactor),
      };
    if (p.ap42 === true) {
      const control = s.turbines?.control;
      const factor =
        health.ap42.factors.find((f) => f.pollutant === p.pollutant && f.control === control) ??
        health.ap42.factors.find((f) => f.pollutant === p.pollutant && f.control === 'any');
      if (heat === undefined || factor === undefined) throw new Error(`No AP-42 factor for ${p.pollutant} at "${control}"`);
      const factorName = `AP-42's factor for ${p.pollutant} (${factor.control === 'any' ? 'all turbines' : factor.control}, Table ${factor.table})`;
      return {
        ...base,
        from: 'AP-42',
        scaled: true,
        tons: tonsFromFactor(
          { name: `fuel burned an hour, ${s.label}`, quantity: heat },
          { name: factorName, quantity: factor.lbPerMmbtu },
          loadFactor,
        ),
      };
    }
    return { ...base, from: 'yearly figure', scaled: false, tons: yearlyFigure(c, p) };
  });
}

/** The scenario's tons as the core's plain input. */
export function asTonsInput(tons: ScenarioTons[]): TonsInput {
  return tons.map((t) => ({ pollutant: t.pollutant, tons: { name: t.name, quantity: t.tons } }));
}
