/**
 * Which what-if settings change a page, for its facility. The "What this page shows" box and the
 * printed report list only those, and the box's form offers only those: a power plant has no
 * GPUs for a PUE to act on, a facility with no water figure no water case to choose.
 *
 * One function per page, each from the model the page draws: a setting is listed where something
 * the page shows is computed from it. A page whose figures come to rest on a new setting (or an
 * old one newly) must say so here.
 */
import { formatDate } from '@/lib/core/format';
import type { ConcernsDetail } from '@/lib/pages/concerns';
import type { Overview } from '@/lib/pages/overview';
import type { PowerDetail } from '@/lib/pages/power';
import { PARAM_NAMES } from '@/lib/scenario/scenario';

export type Setting = (typeof PARAM_NAMES)[number];

/** The settings in their canonical order (the order of the query string and of the form). */
function inOrder(on: Partial<Record<Setting, boolean>>): Setting[] {
  return PARAM_NAMES.filter((p) => on[p] === true);
}

/** Homes and shares are computed only for power figures that are known. */
const countsHomes = (o: Overview) => o.power.some((p) => p.power.kind === 'known');

/** The overview: each power figure in homes (load factor, baseline) and, where there is a water figure, the water case. */
export function overviewSettings(o: Overview): Setting[] {
  const homes = countsHomes(o);
  return inOrder({ date: true, loadFactor: homes, household: homes, water: o.water !== undefined });
}

/** The Power page: homes and yearly energy (load factor, baseline), and the bottom-up check (PUE) only where there are GPUs to count. */
export function powerSettings(d: PowerDetail): Setting[] {
  const homes = d.households.figures.length > 0;
  return inOrder({ date: true, loadFactor: homes, household: homes, pue: d.bottomUp.rows.length > 0 });
}

/** The Water page: the water case, homes by water (baseline), and the water of its electricity (load factor). */
export function waterSettings(): Setting[] {
  return inOrder({ date: true, loadFactor: true, household: true, water: true });
}

/** The Concerns page: the turbines by date, and the grid's CO2 for the same energy (load factor) where the page has that section. */
export function concernsSettings(d: ConcernsDetail): Setting[] {
  return inOrder({ date: true, loadFactor: d.concerns.gridFactors.length > 0 });
}

/** The printed report: homes for each power figure (where it has one), the water figures (where it has them); no bottom-up check. */
export function reportSettings(o: Overview): Setting[] {
  const homes = countsHomes(o);
  const water = o.water !== undefined;
  return inOrder({ date: true, loadFactor: homes, household: homes || water, water });
}

const WATER_WORDS = {
  reported: 'the latest reported use',
  expected: 'expected demand, with its range',
  high: 'the highest figure sources give',
  recycling: 'none from the aquifer (recycling plant running)',
} as const;

/** Each listed setting in words, one phrase each, for "Showing: …" and the report's settings line. */
export function describeSettings(o: Overview, settings: readonly Setting[]): string[] {
  const s = o.scenario;
  const words: Record<Setting, () => string> = {
    date: () =>
      s.date === undefined ? `the facility as of its latest event (${formatDate(o.asOf)})` : `the facility as of ${formatDate(s.date)}`,
    loadFactor: () => `load factor ${s.loadFactor}${s.loadFactor === 1 ? ' (running at each figure all year)' : ''}`,
    household: () => `homes compared with the ${o.defaultBaseline.label}`,
    water: () => `on-site water: ${WATER_WORDS[s.water]}`,
    pue: () => `PUE for the bottom-up check: ${s.pue === undefined ? 'the sourced range' : String(s.pue)}`,
    // listed only by a page whose figures rest on it (the health figures, not yet on a page)
    tons: () => `tons a year for the health figures: the ${s.tons ?? 'default'} scenario`,
  };
  return settings.map((k) => words[k]());
}

/** The settings the view's link sets away from their defaults (its canonical query leaves the defaults out). */
export function settingsInLink(o: Overview): { name: Setting; value: string }[] {
  const q = new URLSearchParams(o.scenarioQuery);
  return PARAM_NAMES.flatMap((name) => {
    const value = q.get(name);
    return value === null ? [] : [{ name, value }];
  });
}
