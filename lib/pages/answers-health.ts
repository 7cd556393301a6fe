/**
 * The health answer of the region page and the handouts: the health damage a year as a range in 2025
 * dollars (the central case named) and the premature deaths inferred from it, "if the turbines emit"
 * the named parts; for a site that burns no gas, whose figures they are. The region's tons are
 * regionHealth()'s (each ton once, one group of scenarios); a site's are healthFor()'s.
 */
import type { Quantity } from '../core/quantity';
import type { Damage, Deaths } from '../health/damage';
import { healthFor, type HealthContext, type NamedPart, regionHealth, type RegionHealth } from '../health/model';
import type { ScenarioTons } from '../health/scenario-tons';
import type { Scenario } from '../scenario/scenario';
import type { FigureList } from './figures';

export type HealthFigures = {
  kind: 'figures';
  /** The parts whose tons are priced, named with their dates, joined by " + ". */
  named: string;
  /** The same parts, for a page in another language. */
  namedParts: NamedPart[];
  /** The gas sites whose tons these are (each links to its Health section). */
  sites: { facilityId: string; name: string }[];
  tons: ScenarioTons[];
  damage: Damage;
  deaths: Deaths;
  /** The region only: gas sites not added, and why; sites that burn no gas. */
  without: { name: string; reason: string }[];
  noGas: { name: string; reason: string }[];
  context: HealthContext;
  /** The region's whole model, for the work shown below the answers. */
  region: RegionHealth | undefined;
};

export type HealthAnswer = HealthFigures | { kind: 'none'; reason: string; countedAt: string | undefined };

/** The health answer for all of the region's sites (`facilityId` undefined) or for one site, in this scenario. */
export function healthAnswer(facilityId: string | undefined, scenario: Scenario | undefined): HealthAnswer | undefined {
  if (facilityId === undefined) {
    const r = regionHealth(scenario);
    return {
      kind: 'figures',
      named: r.named,
      namedParts: r.parts.map((p) => p.namedPart),
      sites: r.parts.map((p) => ({ facilityId: p.facilityId, name: p.name })),
      tons: r.tons,
      damage: r.damage,
      deaths: r.deaths,
      without: r.without.map((w) => ({ name: w.name, reason: w.reason })),
      noGas: r.noGas.map((n) => ({ name: n.name, reason: n.reason })),
      context: r.context,
      region: r,
    };
  }
  const h = healthFor(facilityId, scenario);
  if (h === undefined) return undefined;
  if (h.kind === 'none') return { kind: 'none', reason: h.reason, countedAt: h.countedAt };
  return {
    kind: 'figures',
    named: h.named,
    namedParts: [h.namedPart],
    sites: [{ facilityId: h.facilityId, name: h.name }],
    tons: h.tons,
    damage: h.damage,
    deaths: h.deaths,
    without: [],
    noGas: [],
    context: h.context,
    region: undefined,
  };
}

/** The sources of the answer's figures: the tons', EPA's values', the CPI's and the value of a statistical life's. */
export function healthSourceIds(a: HealthAnswer | undefined): string[] {
  if (a?.kind !== 'figures') return [];
  const qs: Quantity[] = [a.damage.range, a.deaths.range, ...a.tons.map((t) => t.tons)];
  return [...new Set(qs.flatMap((q) => q.sourceIds))];
}

/**
 * The sources a screen cites beside the answer, short: the tons' and EPA's published values per ton of
 * every case (the dollar-year factors and the value of a statistical life are cited with the arithmetic).
 */
export function healthShortSourceIds(a: HealthAnswer | undefined): string[] {
  if (a?.kind !== 'figures') return [];
  const cases = [a.damage.cases.low, a.damage.cases.central, a.damage.cases.high];
  return [
    ...new Set([
      ...a.tons.flatMap((t) => t.tons.sourceIds),
      ...cases.flatMap((c) => c.terms.flatMap((t) => t.perTon.records.flatMap((r) => r.sourceIds))),
    ]),
  ];
}

/** The answer's figures as rows under `${prefix}.health`: for the downloads, the Sources page and the rounding test. */
export function addHealthFigures(list: FigureList, a: HealthAnswer | undefined, prefix: string, deaths = true): void {
  if (a?.kind !== 'figures') return;
  const note = `If the turbines emit: ${a.named}. ${a.context.dollarYear.year} dollars; EPA's published values per ton, not an EPA finding (EPA stopped putting dollars on these effects in its rules in January 2026).`;
  for (const t of a.tons) list.add(`${prefix}.health.tons.${t.pollutant}`, `Health figures: ${t.name}, tons a year`, t.tons, { note });
  list
    .add(`${prefix}.health.damage`, 'Health damage a year (central case; range: low to high case)', a.damage.range, { note })
    .add(`${prefix}.health.damage.low`, 'Health damage a year, low case', a.damage.cases.low.total, { note })
    .add(`${prefix}.health.damage.central`, 'Health damage a year, central case', a.damage.cases.central.total, { note })
    .add(`${prefix}.health.damage.high`, 'Health damage a year, high case', a.damage.cases.high.total, { note });
  if (deaths)
    list.add(
      `${prefix}.health.deaths`,
      'Premature deaths a year, our inference: damage ÷ the value of a statistical life',
      a.deaths.range,
      {
        note: `${a.deaths.label} ${note}`,
      },
    );
}
