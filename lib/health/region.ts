/**
 * The region's tons: each site's tons of one kind of scenario, added pollutant by pollutant, so that
 * each ton is counted once (a data center powered by a plant adds none of its own: its tons are the
 * plant's). Only scenarios of one kind are ever added: a permit's cap at one site is never added to a
 * satellite's estimate at another.
 */
import { sumOf } from '../core/compare';
import { type Pollutant, POLLUTANTS, type TonsKind } from '../data/schemas/health';
import type { TonsInput } from './damage';
import type { ScenarioTons } from './scenario-tons';

export type SitePart = { facilityId: string; name: string; kind: TonsKind; tons: ScenarioTons[] };

export type RegionTons = {
  tons: TonsInput;
  /** For each pollutant added, the sites whose scenario gives no figure for it (their tons of it are not known, not zero). */
  missing: { pollutant: Pollutant; facilityIds: string[] }[];
};

/** Adds the sites' tons pollutant by pollutant; every part must be of the same kind of scenario. */
export function addSites(parts: SitePart[]): RegionTons {
  const kinds = new Set(parts.map((p) => p.kind));
  if (kinds.size > 1) throw new Error(`Only tons of one kind of scenario are added; got ${[...kinds].join(' and ')}`);
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
