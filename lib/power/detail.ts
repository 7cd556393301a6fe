/**
 * The power page's tables as pure functions of the data: homes counted two ways for every
 * household baseline, the facility against its utility and grid, the bottom-up check from the
 * GPU count, and the grid against the turbines on site over time.
 */
import { shareOf } from '../core/compare';
import { formatDate, formatValue } from '../core/format';
import { envelope, isKnown, type KnownQuantity, type Quantity, unknown } from '../core/quantity';
import type { Facility, TimelineEvent } from '../data/schemas/facility';
import type { Factors } from '../data/schemas/factors';
import type { HouseholdBaseline, Place } from '../data/schemas/place';
import { reportedTurbineMw, statesOverTime } from '../data/timeline';
import {
  facilityPowerFromIt,
  gpuMixPowerMw,
  gridShareOfSupply,
  householdAnnualKwh,
  householdAverageKw,
  householdsByEnergy,
  householdsByPower,
  householdsByRuleOfThumb,
} from './power';

/** The homes-per-MW rule of thumb in the data (factors.mlgwHomesPerMw) is MLGW's. */
const RULE_OF_THUMB_OWNER = 'MLGW';

export type NamedPower = { key: string; label: string; power: Quantity<'MW'>; event?: TimelineEvent | undefined; kind?: CityRow['kind'] };

export type BaselineRow = {
  baseline: HouseholdBaseline;
  annualKwh: Quantity<'kWh/yr'>;
  averageKw: Quantity<'kW'>;
  /** One entry per power figure, in the order of `HouseholdSection.figures`. */
  byPower: Quantity<'households'>[];
  byEnergy: Quantity<'households'>[];
};

export type HouseholdSection = {
  figures: NamedPower[];
  rows: BaselineRow[];
  /** Homes by MLGW's rule of thumb, for each figure: only where MLGW is the facility's utility (empty elsewhere: it is a Memphis figure). */
  ruleOfThumb: Quantity<'households'>[];
  homesPerMw: Quantity<'households/MW'>;
  /** Whose rule of thumb homesPerMw is: MLGW's. */
  ruleOfThumbOwner: string;
  /** Spread across baselines (by energy) for each figure. */
  spread: Quantity<'households'>[];
  /** For each baseline that gives the homes it is taken over: each figure's homes (by energy) as a share of them. */
  shareOfHomes: { baseline: HouseholdBaseline; homes: Quantity<'households'>; shares: Quantity<'share'>[] }[];
};

export type CityRow = {
  /** Stable key: the power figure's key, `estimated`, or `related-<n>` for another site. */
  key: string;
  label: string;
  /** This facility's own figure, an outside estimate of it, or another site's request. */
  kind: 'facility' | 'estimate' | 'claim' | 'other site';
  power: Quantity<'MW'>;
  shareOfAverageLoad: Quantity<'share'>;
  shareOfSummerPeak: Quantity<'share'>;
  shareOfRecordPeak: Quantity<'share'>;
  shareOfGridRecordPeak: Quantity<'share'>;
};

export type BottomUpRow = {
  /** Date of the event that set the GPU count. */
  date: string;
  label: string;
  gpus: Quantity<'GPUs'>;
  /** The GPU models counted, each at its own power per GPU. */
  models: string[];
  gpuOnlyMw: Quantity<'MW'>;
  computersMw: Quantity<'MW'>;
  facilityMw: Quantity<'MW'>;
};

export type SupplyRow = {
  event: TimelineEvent;
  grid: Quantity<'MW'>;
  turbines: Quantity<'MW'>;
  turbineBasis: 'reported running' | 'permitted';
  gridShare: Quantity<'share'>;
};

export function householdSection(
  figures: NamedPower[],
  place: Place,
  factors: Factors,
  loadFactor: Quantity<'load factor'>,
  defaultBaselineId: string,
): HouseholdSection {
  const named = (f: NamedPower) => ({ name: f.label.toLowerCase(), quantity: f.power });
  const rows = place.householdBaselines.map((baseline) => ({
    baseline,
    annualKwh: householdAnnualKwh(baseline),
    averageKw: householdAverageKw(baseline),
    byPower: figures.map((f) => householdsByPower(named(f), baseline)),
    byEnergy: figures.map((f) => householdsByEnergy(named(f), loadFactor, baseline)),
  }));
  const centralIndex = place.householdBaselines.findIndex((b) => b.id === defaultBaselineId);
  const shareOfHomes = rows.flatMap((r) => {
    const homes = r.baseline.homes;
    if (homes === undefined) return [];
    const whole = { name: `the homes behind the ${r.baseline.label}`, quantity: homes };
    return [
      {
        baseline: r.baseline,
        homes,
        shares: r.byEnergy.map((q, i) => shareOf({ name: `homes by ${figures[i]?.label.toLowerCase() ?? ''}`, quantity: q }, whole)),
      },
    ];
  });
  return {
    figures,
    rows,
    shareOfHomes,
    homesPerMw: factors.mlgwHomesPerMw,
    ruleOfThumbOwner: RULE_OF_THUMB_OWNER,
    ruleOfThumb:
      place.utility.shortName !== RULE_OF_THUMB_OWNER
        ? []
        : figures.map((f) =>
            householdsByRuleOfThumb(named(f), { name: `${RULE_OF_THUMB_OWNER}'s homes per MW`, quantity: factors.mlgwHomesPerMw }),
          ),
    spread: figures.map((_, i) =>
      envelope(
        'households',
        rows.map((r) => ({ name: `homes by ${r.baseline.label}`, quantity: r.byEnergy[i] as Quantity<'households'> })),
        centralIndex,
        'central value from the default baseline; range from the lowest to the highest baseline',
      ),
    ),
  };
}

export function cityRows(figures: NamedPower[], facility: Facility, place: Place): CityRow[] {
  const u = place.utility;
  const all: NamedPower[] = [
    ...figures,
    ...(facility.power?.relatedLoads ?? []).map((r, i) => ({
      key: `related-${i}`,
      label: r.label,
      power: r.powerMw,
      kind: 'other site' as const,
    })),
  ];
  return all.map((f) => {
    const part = { name: f.label.toLowerCase(), quantity: f.power };
    return {
      key: f.key,
      label: f.label,
      kind: f.kind ?? (f.key === 'estimated' ? 'estimate' : f.key === 'claimed' ? 'claim' : 'facility'),
      power: f.power,
      shareOfAverageLoad: shareOf(part, { name: `${u.shortName}'s load on an average day`, quantity: u.averageLoadMw }),
      shareOfSummerPeak: shareOf(part, { name: `${u.shortName}'s normal summer peak`, quantity: u.summerPeakMw }),
      shareOfRecordPeak: shareOf(part, { name: `${u.shortName}'s record peak`, quantity: u.recordPeakMw }),
      shareOfGridRecordPeak: shareOf(part, { name: `${place.grid.shortName}'s record peak`, quantity: place.grid.recordPeakMw }),
    };
  });
}

export function bottomUpRows(facility: Facility, factors: Factors, pue: Quantity<'ratio'>, upTo?: string): BottomUpRow[] {
  const rows: BottomUpRow[] = [];
  const byModel = (model: string) => {
    const found = factors.gpuModels.find((g) => g.model === model);
    if (found === undefined) throw new Error(`No power figures for GPU model "${model}" in data/factors.json`);
    return found;
  };
  for (const { event, state } of statesOverTime(facility, upTo)) {
    if (event.changes.gpuCount === undefined || state.gpuCount === undefined) continue;
    // each model at its own power per GPU; a count not broken down by model cannot be turned into power
    if (event.gpuMix === undefined) {
      const why = unknown(
        'MW',
        'The GPUs were not broken down by model, and each model draws a different power.',
        state.gpuCount.sourceIds,
      );
      rows.push({
        date: event.date,
        label: `${formatDate(event.date)}: ${event.title}`,
        gpus: state.gpuCount,
        models: [],
        gpuOnlyMw: why,
        computersMw: why,
        facilityMw: why,
      });
      continue;
    }
    const mix = event.gpuMix;
    const parts = (kind: 'boardPowerKw' | 'systemPowerKw') =>
      mix.map((m) => ({
        gpus: { name: `${m.model} GPUs`, quantity: m.count },
        perGpu: {
          name: `power per ${m.model}, ${kind === 'boardPowerKw' ? 'chip only' : 'whole server'}`,
          quantity: byModel(m.model)[kind],
        },
      }));
    const computers = gpuMixPowerMw(parts('systemPowerKw'));
    rows.push({
      date: event.date,
      label: `${formatDate(event.date)}: ${event.title}`,
      gpus: state.gpuCount,
      models: mix.map((m) => m.model),
      gpuOnlyMw: gpuMixPowerMw(parts('boardPowerKw')),
      computersMw: computers,
      facilityMw: facilityPowerFromIt(
        { name: 'power of the computers', quantity: computers },
        { name: 'power usage effectiveness', quantity: pue },
      ),
    });
  }
  return rows;
}

/** Grid against on-site turbines, at each event where the pair of figures changes and both are known. */
export function supplyRows(facility: Facility, upTo?: string): SupplyRow[] {
  const rows: SupplyRow[] = [];
  let previous = '';
  for (const { event, state } of statesOverTime(facility, upTo)) {
    const grid = state.gridPowerSuppliedMw;
    const reported = reportedTurbineMw(state);
    const permitted = state.onsiteTurbinesPermittedMw;
    const [turbines, basis] =
      reported !== undefined && isKnown(reported)
        ? ([reported, 'reported running'] as const)
        : permitted !== undefined && isKnown(permitted)
          ? ([permitted, 'permitted'] as const)
          : [undefined, undefined];
    if (grid === undefined || !isKnown(grid) || turbines === undefined || basis === undefined) continue;
    const key = `${grid.value}/${turbines.value}/${basis}`;
    if (key === previous) continue;
    previous = key;
    rows.push({
      event,
      grid,
      turbines,
      turbineBasis: basis,
      gridShare: gridShareOfSupply(
        { name: 'grid power in service', quantity: grid },
        { name: `gas turbines ${basis}`, quantity: turbines },
      ),
    });
  }
  return rows;
}

export function gridInServiceOn(facility: Facility, isoDate: string): Quantity<'MW'> | undefined {
  const states = statesOverTime(facility, isoDate);
  return states[states.length - 1]?.state.gridPowerSuppliedMw;
}

/** "From 85,300 (Tennessee average home) to 127,000 (U.S. average home)": the spread in words. */
export function describeSpread(rows: BaselineRow[], index: number): string {
  const known = rows
    .map((r) => ({ label: r.baseline.label, q: r.byEnergy[index] }))
    .filter((r): r is { label: string; q: KnownQuantity<'households'> } => r.q !== undefined && isKnown(r.q));
  if (known.length < 2) return '';
  const sorted = [...known].sort((a, b) => a.q.value - b.q.value);
  const lo = sorted[0] as (typeof sorted)[number];
  const hi = sorted[sorted.length - 1] as (typeof sorted)[number];
  const n = (q: KnownQuantity<'households'>) =>
    `${q.qualifier ? `${q.qualifier} ` : ''}${formatValue(q.value, 'households', { significantFigures: 3 })}`;
  return `from ${n(lo.q)} (${lo.label}) to ${n(hi.q)} (${hi.label})`;
}
