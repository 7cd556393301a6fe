/**
 * The region's tons: each site's tons of one group of scenarios, added pollutant by pollutant, so that
 * each ton is counted once (a data center powered by a plant adds none of its own: its tons are the
 * plant's). Only scenarios of one group are ever added: what the permitted equipment may emit (a permit's
 * caps, a modelled total of the permitted plant) at one site is never added to a potential, a satellite's
 * estimate or this site's estimate at another. Unconfirmed figures are left out before this (model.ts).
 */
import { sumOf } from '../core/compare';
import { type Pollutant, POLLUTANTS, type TonsKind } from '../data/schemas/health';
import type { TonsInput } from './damage';
import type { ScenarioTons } from './scenario-tons';

/**
 * The groups of kinds that may be added together: the permitted equipment (what the permitted turbines
 * may emit: the permit's caps or a model of the permitted plant, neither a measurement nor a potential),
 * a potential to emit, a satellite-based estimate, this site's estimate from AP-42.
 */
export const TONS_GROUPS = {
  permitted: ['permit', 'model'],
  potential: ['potential'],
  satellite: ['satellite'],
  estimate: ['estimate'],
} as const satisfies Record<string, readonly TonsKind[]>;
export type TonsGroup = keyof typeof TONS_GROUPS;

export function groupOf(kind: TonsKind): TonsGroup {
  const g = (Object.keys(TONS_GROUPS) as TonsGroup[]).find((k) => (TONS_GROUPS[k] as readonly TonsKind[]).includes(kind));
  if (g === undefined) throw new Error(`No group for the tons kind "${kind}"`);
  return g;
}

export type SitePart = { facilityId: string; name: string; kind: TonsKind; tons: ScenarioTons[] };

export type RegionTons = {
  tons: TonsInput;
  /** For each pollutant added, the sites whose scenario gives no figure for it (their tons of it are not known, not zero). */
  missing: { pollutant: Pollutant; facilityIds: string[] }[];
};

/** Adds the sites' tons pollutant by pollutant; every part must be of the same group of scenarios, each site once. */
export function addSites(parts: SitePart[]): RegionTons {
  const groups = new Set(parts.map((p) => groupOf(p.kind)));
  if (groups.size > 1)
    throw new Error(
      `Only tons of one group of scenarios are added; got ${parts.map((p) => `${p.kind} (${groupOf(p.kind)})`).join(' and ')}`,
    );
  const ids = new Set(parts.map((p) => p.facilityId));
  if (ids.size !== parts.length) throw new Error('A site is counted once in the region');
  const tons: TonsInput = [];
  const missing: RegionTons['missing'] = [];
  for (const pollutant of POLLUTANTS) {
    const having = parts.flatMap((p) => p.tons.filter((t) => t.pollutant === pollutant).map((t) => ({ part: p, t })));
    if (having.length === 0) continue;
    const sum = sumOf(
      'short tons/yr',
      having.map(({ part, t }) => ({ name: `${pollutant} at ${part.name}: ${t.name}`, quantity: t.tons })),
    );
    const name = having.length === 1 ? (having[0] as { t: ScenarioTons }).t.name : `${pollutant}, the sites together`;
    tons.push({ pollutant, tons: { name, quantity: sum } });
    const without = parts.filter((p) => !p.tons.some((t) => t.pollutant === pollutant)).map((p) => p.facilityId);
    if (without.length > 0) missing.push({ pollutant, facilityIds: without });
  }
  return { tons, missing };
}
