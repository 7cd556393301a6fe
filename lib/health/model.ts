/**
 * What the pages need of the health figures, from the data: for a site that burns gas, its tons in the
 * chosen scenario at the view's load factor, the health damage a year in 2025 dollars (low, central,
 * high, and the site's own grid cell as a cross-check), the premature deaths inferred from it, its NOx
 * against the area's largest sources, dollars per county resident and how far its scenarios' tons lie
 * apart; for the region, the same over the sites' tons of one kind of scenario, each ton once. A site
 * that burns no gas (a data center powered by a plant) has no figures of its own, and says why.
 */
import { sumOf } from '../core/compare';
import { formatDate } from '../core/format';
import { type KnownQuantity, type Named, type Quantity, unknown } from '../core/quantity';
import { stateBaseline } from '../calculator/states';
import { findConcerns, findFacility, getHealthData, getPlace, listFacilities } from '../data/load';
import type { Concerns } from '../data/schemas/concerns';
import type { Facility } from '../data/schemas/facility';
import type { HealthData, TonsKind } from '../data/schemas/health';
import type { Place } from '../data/schemas/place';
import type { TonsScenario } from '../data/schemas/tons';
import { assumedLoadFactor } from '../power/power';
import { noTonsReason } from '../scenario/context';
import type { Scenario } from '../scenario/scenario';
import { type AgainstSources, againstSources, countyHouseholds, perHousehold, perResident, type Spread, spreadOf } from './baselines';
import { type BesideElectricity, besideElectricity } from './electricity';
import { type CaseDamage, type Damage, damageInCase, type Deaths, healthImpact } from './damage';
import { nationalCases, type PerTonCases, placeValues, vslIn2025 } from './dollars';
import { addSites, groupOf, type RegionTons, type SitePart, type TonsGroup } from './region';
import { asTonsInput, scenarioHeatInput, scenarioTons, type ScenarioTons } from './scenario-tons';

/** What every health figure is shown with: its dollar year, the cases and why, EPA's decision, the caveats. */
export type HealthContext = {
  dollarYear: HealthData['dollarYear'];
  cases: HealthData['cases'];
  /** The national dollar values per ton of each case, in 2025 dollars, each with its arithmetic from the published value. */
  values: PerTonCases;
  notValued: HealthData['notValued'];
  vsl: Quantity<'USD2025'>;
  epaDecision: HealthData['epaDecision'];
  caveats: HealthData['caveats'];
  cpiCaveat: string;
  ap42Caveat: string;
  notFound: HealthData['notFound'];
};

let contextMemo: { data: HealthData; context: HealthContext } | undefined;

/** The same for every site and view (the data's), computed once per dataset. */
export function healthContext(): HealthContext {
  const h = getHealthData();
  if (contextMemo?.data === h) return contextMemo.context;
  const context: HealthContext = {
    dollarYear: h.dollarYear,
    cases: h.cases,
    values: nationalCases(h),
    notValued: h.notValued,
    vsl: vslIn2025(h),
    epaDecision: h.epaDecision,
    caveats: h.caveats,
    cpiCaveat: h.cpi.caveat,
    ap42Caveat: h.ap42.caveat,
    notFound: h.notFound,
  };
  contextMemo = { data: h, context };
  return context;
}

/** A scenario as the pages describe it: who says it and what it is, without its per-pollutant references. */
export type ScenarioSummary = Omit<TonsScenario, 'pollutants'>;

export type Figures = {
  tons: ScenarioTons[];
  damage: Damage;
  deaths: Deaths;
  /** NOx against the area's largest sources (from the place's inventory); undefined where there is no NOx or no list. */
  againstSources: AgainstSources | undefined;
  /** Central damage ÷ the residents of the county (or counties), with the range of the cases. */
  perResident: Quantity<'USD2025/person/yr'>;
  /** Central damage ÷ the county's (or counties') households, estimated from residents and the state's persons per household. */
  perHousehold: Quantity<'USD2025/household/yr'>;
  /** How far apart the NOx of every scenario lies, at this load factor. */
  spread: Spread | undefined;
};

export type SiteHealth = Figures & {
  kind: 'site';
  facilityId: string;
  name: string;
  place: Place;
  kinds: TonsKind[];
  defaultKind: TonsKind;
  whyDefault: string;
  scenario: ScenarioSummary;
  /** The scenario named short with its date: "Colossus 1: the permit's caps (Jul 2025)". */
  named: string;
  /** The same in parts, for a page in another language. */
  namedPart: NamedPart;
  loadFactor: Quantity<'load factor'>;
  /** Fuel burned an hour at full output, where the scenario is an estimate from AP-42. */
  heatInput: Quantity<'MMBtu/h'> | undefined;
  /** The same tons × the values of the site's own grid cell (fine particles only): shown beside the cases, never in them. */
  crossCheck: CaseDamage | undefined;
  /** The damage for each kWh the turbines make, beside the price of a kWh; undefined where their output is not known. */
  electricity: BesideElectricity | undefined;
  context: HealthContext;
};

/** A site with no health figures of its own, and why (a data center powered by a plant: its tons are the plant's). */
export type NoHealth = { kind: 'none'; facilityId: string; name: string; reason: string; countedAt: string | undefined };

function loadFactorOf(scenario: Scenario | undefined): KnownQuantity<'load factor'> {
  const lf = scenario?.loadFactor ?? 1;
  return assumedLoadFactor(
    lf,
    lf === 1 ? 'Running all year: an upper bound for every rate.' : `Set in this view: ${lf} of the year's 8,760 hours.`,
  );
}

function scenarioOf(c: Concerns, kind: TonsKind): TonsScenario {
  const s = c.tons?.scenarios.find((x) => x.kind === kind);
  if (s === undefined)
    throw new Error(`${c.facilityId} has no "${kind}" tons scenario (it has ${c.tons?.scenarios.map((x) => x.kind).join(', ') ?? 'none'})`);
  return s;
}

function summary(s: TonsScenario): ScenarioSummary {
  const { pollutants, ...rest } = s;
  void pollutants;
  return rest;
}

/** The residents of the county (or counties) of these places: each place's county population, added where there are several. */
function residents(places: Place[]): Named<'people'> {
  const parts = places.map((p) => ({ name: `residents of ${p.region}`, quantity: p.countyPopulation }));
  return { name: `residents of ${places.map((p) => p.region).join(' and ')}`, quantity: sumOf('people', parts) };
}

/** The state's persons per household (ACS) of a place: the row of data/states.json its state's home names. */
function householdSize(place: Place): Quantity<'people/household'> {
  const code = place.householdBaselines.find((b) => b.id === place.stateHouseholdBaselineId)?.stateTable;
  const state = code === undefined ? undefined : stateBaseline(code);
  return state?.householdSize ?? unknown('people/household', `No state's persons per household is named for ${place.region}.`);
}

/** The households of the county (or counties) of these places: each county's residents ÷ its state's persons per household, added. */
function households(places: Place[]): Named<'households'> {
  const parts = places.map((p) => ({
    name: `households of ${p.region}, estimated`,
    quantity: countyHouseholds(
      { name: `residents of ${p.region}`, quantity: p.countyPopulation },
      { name: `persons per household in ${p.region.replace(/^.*, /, '')}`, quantity: householdSize(p) },
    ),
  }));
  if (parts.length === 1) return parts[0] as Named<'households'>;
  return { name: `households of ${places.map((p) => p.region).join(' and ')}, estimated`, quantity: sumOf('households', parts) };
}

/** The figures of some tons at some places: damage, deaths, NOx against the area's sources, per resident, the spread. */
function figuresFor(tons: ScenarioTons[], places: Place[], spreadOver: Named<'short tons/yr'>[], ctx: HealthContext): Figures {
  const h = getHealthData();
  const { damage, deaths } = healthImpact({ tons: asTonsInput(tons), values: ctx.values, vsl: ctx.vsl, notValued: h.notValued });
  const nox = tons.find((t) => t.pollutant === 'NOx');
  // the inventory of the area's largest sources: the first place that has one (the Memphis area's covers DeSoto County too)
  const inventory = [...places, ...listFacilities().map((f) => getPlace(f.placeId))].find(
    (p) => p.largestNoxSources !== undefined,
  )?.largestNoxSources;
  return {
    tons,
    damage,
    deaths,
    againstSources:
      nox === undefined || inventory === undefined ? undefined : againstSources({ name: nox.name, quantity: nox.tons }, inventory),
    perResident: perResident(
      { name: 'health damage a year, central case (range: low to high case)', quantity: damage.range },
      residents(places),
    ),
    perHousehold: perHousehold(
      { name: 'health damage a year, central case (range: low to high case)', quantity: damage.range },
      households(places),
    ),
    spread: spreadOf(spreadOver),
  };
}

/** NOx of every scenario of these sites at this load factor, to say how far apart the sources' tons are. */
function noxOfEveryScenario(sites: { c: Concerns }[], lf: Quantity<'load factor'>): Named<'short tons/yr'>[] {
  const h = getHealthData();
  return sites.flatMap(({ c }) =>
    (c.tons?.scenarios ?? []).flatMap((s) =>
      scenarioTons(s, c, h, lf)
        .filter((t) => t.pollutant === 'NOx')
        .map((t) => ({ name: t.name, quantity: t.tons })),
    ),
  );
}

/** The facility that supplies this one's power, if any. */
function supplierOf(f: Facility): Facility | undefined {
  return listFacilities().find((g) => g.supplies.some((s) => s.facilityId === f.id));
}

/**
 * A site's health figures for a scenario (its `tons` kind, default the site's own; its load factor), or
 * why it has none; undefined for an unknown facility. A kind the site does not have is an error: parse
 * the scenario with the site's own context (lib/scenario/context.ts), which refuses it with a 400.
 */
export function healthFor(facilityId: string, scenario?: Scenario): SiteHealth | NoHealth | undefined {
  const facility = findFacility(facilityId);
  if (facility === undefined) return undefined;
  const c = findConcerns(facilityId);
  if (c?.tons === undefined) {
    return { kind: 'none', facilityId, name: facility.shortName, reason: noTonsReason(facility), countedAt: supplierOf(facility)?.id };
  }
  const h = getHealthData();
  const ctx = healthContext();
  const kind = scenario?.tons ?? c.tons.defaultKind;
  const s = scenarioOf(c, kind);
  const lf = loadFactorOf(scenario);
  const place = getPlace(facility.placeId);
  const tons = scenarioTons(s, c, h, lf);
  const local = placeValues(h, place.id);
  const figures = figuresFor(tons, [place], noxOfEveryScenario([{ c }], lf), ctx);
  return {
    kind: 'site',
    facilityId,
    name: facility.shortName,
    place,
    kinds: c.tons.scenarios.map((x) => x.kind),
    defaultKind: c.tons.defaultKind,
    whyDefault: c.tons.whyDefault,
    scenario: summary(s),
    named: partNamed(facility.shortName, s, c),
    namedPart: namedPart(facility.shortName, s, c),
    loadFactor: lf,
    heatInput: scenarioHeatInput(s, h),
    ...figures,
    crossCheck: Object.keys(local).length === 0 ? undefined : damageInCase(asTonsInput(tons), local, 'cross-check', h.notValued),
    electricity: besideElectricity(facility, place, figures.damage, lf, scenario?.date),
    context: ctx,
  };
}

/** A site's part of the region's sum: its scenario, its tons, and the part named with its date. */
export type RegionPart = SitePart & { scenario: ScenarioSummary; named: string; namedPart: NamedPart; asOf: string | undefined };

export type RegionHealth = Figures & {
  /** The kind asked for in the address (`tons`); undefined: each site's own default scenario. */
  kind: TonsKind | undefined;
  /** The group of the kinds added (the permitted equipment, a potential, …): never two groups in one sum. */
  group: TonsGroup;
  /** The parts added, named: "Colossus 1: the permit's caps (Jul 2025) + the Southaven plant: the modelled yearly total (Aug 2025)". */
  named: string;
  loadFactor: Quantity<'load factor'>;
  /** Each gas-burning site added: its scenario and its tons. */
  parts: RegionPart[];
  /** Gas-burning sites not added, and why (no scenario of the kind asked for, or one reported, not confirmed). */
  without: { facilityId: string; name: string; has: TonsKind[]; reason: string }[];
  /** Sites that burn no gas: they add nothing (a data center powered by a plant is counted at the plant). */
  noGas: NoHealth[];
  missing: RegionTons['missing'];
  /** The sites' own grid-cell cross-checks, each on its own tons (the cells differ, so they are not added). */
  crossChecks: { facilityId: string; crossCheck: CaseDamage }[];
  context: HealthContext;
};

/** The part of a scenario as the region names it: who and what, short. */
/** What a scenario's tons are, as a key of the site's words in each language: a permit of hourly limits has its own. */
export type PartKey = TonsKind | 'permitHourly';
/** A part of a health sum in parts: the site, what its tons are, and their date. */
export type NamedPart = { site: string; part: PartKey; asOf: string | undefined };

function namedPart(site: string, s: TonsScenario, c: Concerns): NamedPart {
  const hourly = s.kind === 'permit' && s.pollutants.some((p) => p.kgPerHour !== undefined);
  return { site, part: hourly ? 'permitHourly' : s.kind, asOf: scenarioAsOf(s, c) };
}

const PART_NAMES: Record<TonsKind, (s: TonsScenario) => string> = {
  permit: (s) => (s.pollutants.some((p) => p.kgPerHour !== undefined) ? "the permit's hourly limits, summed" : "the permit's caps"),
  model: () => 'the modelled yearly total',
  potential: () => 'the potential to emit',
  satellite: () => 'the satellite-based estimate',
  estimate: () => "this site's estimate from AP-42",
};

/** The date of a scenario's figures: the earliest as-of date of its sources (a month at most precise), if any. */
function scenarioAsOf(s: TonsScenario, c: Concerns): string | undefined {
  const dates = s.pollutants.flatMap((p) => {
    const fact =
      p.emissionFigureId !== undefined
        ? c.emissionFigures.find((e) => e.id === p.emissionFigureId)?.tonsPerYear
        : p.permitLimitId !== undefined
          ? c.permit.limits.find((l) => l.id === p.permitLimitId)?.tonsPerYear
          : (p.kgPerHour ?? s.turbines?.capacityMw);
    const asOf = fact !== undefined && 'asOf' in fact ? fact.asOf : undefined;
    return typeof asOf === 'string' && asOf !== '' ? [asOf.slice(0, 7)] : [];
  });
  return dates.sort()[0];
}

/** A site's scenario, named short with its date: "Colossus 1: the permit's caps (Jul 2025)". */
function partNamed(site: string, s: TonsScenario, c: Concerns): string {
  const asOf = scenarioAsOf(s, c);
  return `${site}: ${PART_NAMES[s.kind](s)}${asOf === undefined ? '' : ` (${formatDate(asOf)})`}`;
}

/**
 * The region's health figures, each ton once. By default (no `tons`): each gas-burning site's own default
 * scenario, all of the permitted equipment's group (a permit's caps, a model of the permitted plant),
 * added pollutant by pollutant and named part by part. With a kind asked for: that kind only, at the sites
 * that have it confirmed; an unconfirmed figure is never added (the site is listed in `without`). The kinds
 * the pages offer are regionTonsCases()'s.
 */
export function regionHealth(scenario?: Scenario): RegionHealth {
  const asked = scenario?.tons;
  const lf = loadFactorOf(scenario);
  const h = getHealthData();
  const ctx = healthContext();
  const sites = listFacilities().flatMap((f) => {
    const c = findConcerns(f.id);
    return c?.tons === undefined ? [] : [{ f, c, t: c.tons }];
  });
  const noGas = listFacilities()
    .filter((f) => !sites.some((s) => s.f.id === f.id))
    .map((f) => healthFor(f.id) as NoHealth);
  const chosen = sites.map((site) => ({ ...site, s: site.t.scenarios.find((x) => x.kind === (asked ?? site.t.defaultKind)) }));
  const having = chosen.filter((x) => x.s?.confirmed === true);
  if (having.length === 0) throw new Error(`No site has a confirmed "${asked ?? 'default'}" tons scenario`);
  const parts: RegionPart[] = having.map(({ f, c, s }) => {
    const sc = s as TonsScenario;
    const asOf = scenarioAsOf(sc, c);
    return {
      facilityId: f.id,
      name: f.shortName,
      kind: sc.kind,
      scenario: summary(sc),
      tons: scenarioTons(sc, c, h, lf),
      asOf,
      named: partNamed(f.shortName, sc, c),
      namedPart: namedPart(f.shortName, sc, c),
    };
  });
  const group = groupOf((parts[0] as RegionPart).kind);
  if (asked === undefined && group !== 'permitted')
    throw new Error(`Each site's default must be of the permitted equipment's group; got ${parts.map((p) => p.kind).join(', ')}`);
  const without = chosen
    .filter((x) => !having.includes(x))
    .map(({ f, t, s }) => ({
      facilityId: f.id,
      name: f.shortName,
      has: t.scenarios.map((x) => x.kind),
      reason: s === undefined ? `it has no "${asked ?? t.defaultKind}" scenario` : 'reported, not confirmed',
    }));
  const region = addSites(parts);
  const places = [...new Map(having.map(({ f }) => [f.placeId, getPlace(f.placeId)])).values()];
  const tons: ScenarioTons[] = region.tons.map((t) => ({
    pollutant: t.pollutant,
    tons: t.tons.quantity,
    from: 'sites added',
    scaled: parts.some((p) => p.tons.some((x) => x.pollutant === t.pollutant && x.scaled)),
    name: t.tons.name,
  }));
  const crossChecks = parts.flatMap((p) => {
    const local = placeValues(h, (findFacility(p.facilityId) as Facility).placeId);
    return Object.keys(local).length === 0
      ? []
      : [{ facilityId: p.facilityId, crossCheck: damageInCase(asTonsInput(p.tons), local, 'cross-check', h.notValued) }];
  });
  return {
    kind: asked,
    group,
    named: parts.map((p) => p.named).join(' + '),
    loadFactor: lf,
    parts,
    without,
    noGas,
    missing: region.missing,
    ...figuresFor(tons, places, noxOfEveryScenario(sites, lf), ctx),
    crossChecks,
    context: ctx,
  };
}
