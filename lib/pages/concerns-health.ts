/**
 * The health part of a gas-burning site's Concerns page: the site's health figures for the view's tons
 * scenario (lib/health/model.ts), a link to each of its scenarios (the same page with `?tons=` merged
 * into the view's settings), the sources the part cites beside its figures, and its figures declared
 * once for the downloads. A site that burns no gas has no part of its own: it says where its tons are counted.
 */
import { findConcerns } from '../data/load';
import { CASES, type TonsKind } from '../data/schemas/health';
import { healthFor, type NoHealth, type SiteHealth } from '../health/model';
import type { Scenario, ScenarioContext } from '../scenario/scenario';
import { scenarioToQuery } from '../scenario/scenario';
import type { FigureList } from './figures';
import { slugify } from './figures';
import { HEALTH_HEADING } from './health-heading';
import { publicPath, withQuery } from './site';

/** A link to the same page with another tons scenario, the view's other settings kept. */
export type TonsLink = {
  kind: TonsKind;
  label: string;
  saidBy: string;
  href: string;
  current: boolean;
  isDefault: boolean;
  /** False for a figure known only from a report of it: shown "Reported, not confirmed", with who reports it. */
  confirmed: boolean;
  reportedBy: string | undefined;
};

export type ConcernsHealth = { site: SiteHealth; links: TonsLink[] } | { site: NoHealth; links: [] };

/** Each tons scenario of a site as a link to the same page with `tons` set, every other setting as in the view. */
export function tonsLinks(site: SiteHealth, scenario: Scenario, ctx: ScenarioContext): TonsLink[] {
  const path = publicPath(site.facilityId, 'concerns');
  const scenarios = findConcerns(site.facilityId)?.tons?.scenarios ?? [];
  return scenarios.map((s) => ({
    kind: s.kind,
    label: s.label,
    saidBy: s.saidBy,
    href: `${withQuery(path, scenarioToQuery({ ...scenario, tons: s.kind }, ctx))}#${HEALTH_HEADING.id}`,
    current: s.kind === site.scenario.kind,
    isDefault: s.kind === site.defaultKind,
    confirmed: s.confirmed,
    reportedBy: s.reportedBy,
  }));
}

export { HEALTH_HEADING };

/** The health part of a facility's Concerns page for this view, or undefined for an unknown facility. */
export function concernsHealth(facilityId: string, scenario: Scenario, ctx: ScenarioContext): ConcernsHealth | undefined {
  const site = healthFor(facilityId, scenario);
  if (site === undefined) return undefined;
  if (site.kind === 'none') return { site, links: [] };
  return { site, links: tonsLinks(site, scenario, ctx) };
}

/** The caveats the part shows beside its figures (the rest are on the Methodology page). */
export const SHOWN_CAVEATS = ['ground-level'] as const;

/** The sources the part cites beside its figures (EPA's decision, the caveats it shows): the figures' own come with them. */
export function healthCitedIds(h: ConcernsHealth): string[] {
  if (h.site.kind !== 'site') return [];
  const ctx = h.site.context;
  const shown = ctx.caveats.filter((c) => (SHOWN_CAVEATS as readonly string[]).includes(c.id));
  return [...ctx.epaDecision.sourceIds, ...shown.flatMap((c) => c.sourceIds)];
}

const CASE_WORDS = { low: 'low case', central: 'central case', high: 'high case' } as const;

/** The part's figures, declared once: tons, each case's values per ton, damage and deaths, the cross-check, the comparisons. */
export function addHealthFigures(list: FigureList, h: ConcernsHealth): void {
  if (h.site.kind !== 'site') return;
  const s = h.site;
  const scen = `tons: ${s.scenario.label}`;
  const said = `Tons scenario "${s.scenario.kind}": ${s.scenario.label}, said by ${s.scenario.saidBy}${
    s.scenario.confirmed ? '' : ` (reported, not confirmed: ${s.scenario.reportedBy ?? ''})`
  }.`;
  for (const t of s.tons) {
    list.add(`healthDamage.tons.${slugify(t.pollutant)}`, `${t.pollutant}, tons a year (${scen})`, t.tons, {
      note: `${said} ${t.scaled ? 'A rate: scaled by the load factor.' : 'A yearly figure: not scaled by the load factor.'}${
        t.note ? ` ${t.note}` : ''
      }`,
    });
  }
  for (const c of CASES) {
    const d = s.damage.cases[c];
    for (const term of d.terms) {
      list.add(
        `healthDamage.perTon.${c}.${slugify(term.pollutant)}`,
        `Health damage per short ton of ${term.pollutant}, ${CASE_WORDS[c]}: ${term.perTon.label}`,
        term.perTon.value,
        { note: `Brought to 2025 dollars with CPI-U; ${s.context.cases[c]}` },
      );
    }
    list
      .add(`healthDamage.damage.${c}`, `Health damage a year, ${CASE_WORDS[c]} (${scen})`, d.total, {
        note: `Σ tons a year × dollars per ton, in 2025 dollars. ${d.notPriced.map((n) => n.why).join(' ')}`.trim(),
      })
      .add(`healthDamage.deaths.${c}`, `Premature deaths a year, ${CASE_WORDS[c]}, inferred (${scen})`, s.deaths.cases[c], {
        note: s.deaths.label,
      });
  }
  list
    .add('healthDamage.damage', `Health damage a year, central case with the low and high cases as its range (${scen})`, s.damage.range, {
      note: `2025 dollars. ${s.context.epaDecision.whatItMeans}`,
    })
    .add('healthDamage.deaths', `Premature deaths a year, inferred, central case with its range (${scen})`, s.deaths.range, {
      note: s.deaths.label,
    })
    .add('healthDamage.vsl', 'The value of a statistical life (EPA), in 2025 dollars', s.context.vsl)
    .add('healthDamage.perResident', `Health damage a year per resident of ${s.place.region} (${scen})`, s.perResident, {
      note: 'An illustration of scale: the harm falls across the downwind region, not on one county.',
    })
    .add('healthDamage.perHousehold', `Health damage a year per household of ${s.place.region} (${scen})`, s.perHousehold, {
      note: "Households estimated as the county's residents ÷ the state's persons per household (ACS 2015–2019). An illustration of scale.",
    });
  if (s.electricity !== undefined) {
    list
      .add('healthDamage.turbineEnergy', `Electricity the turbines make a year at their permitted output (${scen})`, s.electricity.energy)
      .add('healthDamage.perKwh', `Health damage for each kWh the turbines make (${scen})`, s.electricity.perKwh, {
        note: `Set beside the average industrial price in ${s.electricity.state}; not added to it.`,
      });
    if (s.electricity.priceIn2025 !== undefined && s.electricity.shareOfPrice !== undefined)
      list
        .add(
          'healthDamage.industrialPrice2025',
          `Average industrial price in ${s.electricity.state}, in 2025 dollars (CPI-U)`,
          s.electricity.priceIn2025,
        )
        .add(
          'healthDamage.perKwhShareOfPrice',
          `Health damage for each kWh the turbines make, as a share of that price (${scen})`,
          s.electricity.shareOfPrice,
        );
  }
  if (s.crossCheck !== undefined) {
    list.add(
      'healthDamage.crossCheck',
      `Cross-check: the same tons × EASIUR's values for the site's own grid cells, fine particles only (${scen})`,
      s.crossCheck.total,
      {
        note: 'Shown beside the cases, never in them: it leaves out ozone.',
      },
    );
  }
  for (const r of s.againstSources?.rows ?? []) {
    list
      .add(`healthDamage.sources.${slugify(r.name)}.tons`, `NOx of ${r.name}, tons a year`, r.tons)
      .add(`healthDamage.sources.${slugify(r.name)}.times`, `NOx (${scen}) as a multiple of ${r.name}'s`, r.times);
  }
  if (s.spread !== undefined) {
    list.add(
      'healthDamage.spread',
      `NOx of the highest tons scenario ÷ the lowest (${s.spread.highest.name} ÷ ${s.spread.lowest.name})`,
      s.spread.times,
    );
  }
}
