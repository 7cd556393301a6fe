/**
 * The answers the region page leads with: what xAI's sites together ask of the region in
 * electricity (as homes, and against the grid that supplies it), water (in gallons a day, against
 * homes and the utility's pumping) and air (turbines and tons of NOx a year, against the area's
 * largest sources), and the next dated decision on record.
 *
 * Sums are honest about time and kind: only like figures are added (each data center's latest
 * outside estimate of its whole site's power, never a build-out figure), each part is named with
 * its date, a site already counted inside another's estimate is not added again, and a site whose
 * figure no source gives is named as unknown rather than left out in silence. Power that the
 * utility does not supply is set against its peak only as a size ("as large as"), never as a share
 * of what it delivers.
 */
import { shareOf, sumOf } from '../core/compare';
import { formatDate } from '../core/format';
import { assumed, type KnownQuantity, type Quantity } from '../core/quantity';
import { findConcerns, findFacility } from '../data/load';
import type { HouseholdBaseline, Place } from '../data/schemas/place';
import { latestState } from '../data/timeline';
import { householdsByEnergy } from '../power/power';
import { householdsByWater, latestReportedUse } from '../water/water';
import type { Scenario } from '../scenario/scenario';
import { addHealthFigures, type HealthAnswer, healthAnswer } from './answers-health';
import { type DecisionView, decisionsFor } from './decisions';
import { type FigureRow, FigureList } from './figures';
import type { Site } from './sites';

/** A figure of one site, named with the site and the month of the figure ("Colossus 1, Feb 2026"). */
export type SitePart<U extends 'MW' | 'gal/day'> = { site: Site; name: string; q: KnownQuantity<U>; what: string };
/** A data center's power in the total: an outside estimate of the whole site, or the grid power in service. */
export type PowerBasis = 'estimate' | 'grid';

/**
 * A site left out of a total, and why: its figure is inside another's, or no source gives one. `why`
 * is the reason in the site's English words; `because` the same reason in parts, for a page in
 * another language (`detail` is the data's own text, in English).
 */
export type LeftOut = { site: Site; why: string; because: LeftOutReason; sourceIds: string[] };
export type LeftOutReason =
  | { kind: 'inside'; other: string; detail: string }
  | { kind: 'noPower' }
  | { kind: 'noWater'; detail: string | undefined };

export type ElectricityAnswer = {
  parts: (SitePart<'MW'> & { basis: PowerBasis; homes: Quantity<'households'>; baseline: HouseholdBaseline })[];
  leftOut: LeftOut[];
  /** Power plants among the sites: what each is permitted to generate, and for whom (counted there, not added). */
  generators: { site: Site; permitted: Quantity<'MW'> | undefined; supplies: string[] }[];
  /** Undefined where no data center among the sites has a power figure. */
  total: Quantity<'MW'> | undefined;
  /** Each site's power as homes of its own state, added up. */
  homes: Quantity<'households'> | undefined;
  /** Whose homes: "Tennessee", or "their own states" when the sites are in several. */
  homesIn: string;
  /** The one state whose homes they are; undefined when the sites are in several. */
  homesState: string | undefined;
  /** The total as homes of the nation's average home. */
  homesUs: Quantity<'households'> | undefined;
  usBaseline: HouseholdBaseline;
  /** The total as a size against the utility's normal summer peak: "as large as", not a share of what it supplies. */
  asLargeAsPeak: Quantity<'share'> | undefined;
  /** What the utility's grid supplies: the grid power in service at the sites, and its share of the peak. */
  fromGrid: { power: Quantity<'MW'>; ofPeak: Quantity<'share'>; sites: string[] } | undefined;
  /** How each site is supplied, in words, with the sources. */
  supply: { site: Site; words: string; supplier: string; what: string; sourceIds: string[] }[];
};

export type WaterAnswer = {
  parts: SitePart<'gal/day'>[];
  unknown: LeftOut[];
  total: Quantity<'gal/day'> | undefined;
  homes: Quantity<'households'> | undefined;
  baseline: HouseholdBaseline | undefined;
  ofPumping: Quantity<'share'> | undefined;
  /** The expectation the sources gave for the sites with a reported figure, shown beside it. */
  expected: SitePart<'gal/day'>[];
};

export type TurbineCount = {
  site: Site;
  onSite: Quantity<'turbines'> | undefined;
  running: Quantity<'turbines'> | undefined;
  permitted: Quantity<'turbines'> | undefined;
};

export type NoxFigure = { label: string; by: string; basis: string; confidence: string; q: Quantity<'short tons/yr'> };

export type AirAnswer = {
  turbines: TurbineCount[];
  nox: { site: Site; permitted: NoxFigure | undefined; estimates: NoxFigure[] }[];
  largestSources: NonNullable<Place['largestNoxSources']> | undefined;
};

/** A line of the air answer's headline: a site's gas turbines counted on site (with the count's date), or else permitted. */
export type TurbineLine = { site: Site; count: KnownQuantity<'turbines'>; kind: 'counted' | 'permitted' };

const isKnown = <Q extends Quantity>(q: Q | undefined): q is Q & KnownQuantity => q?.kind === 'known';

/** The headline of the air answer: each site with gas turbines on record, the count on site first, else the permit's. */
export function turbineLines(a: AirAnswer): TurbineLine[] {
  return a.turbines.flatMap((t): TurbineLine[] => {
    if (isKnown(t.onSite)) return [{ site: t.site, count: t.onSite, kind: 'counted' }];
    if (isKnown(t.permitted)) return [{ site: t.site, count: t.permitted, kind: 'permitted' }];
    return [];
  });
}

/** A gas site's NOx as the answer gives it: the permit's cap where known, else the first known estimate (no cap found). */
export function firstNox(n: AirAnswer['nox'][number]): NoxFigure | undefined {
  return n.permitted && isKnown(n.permitted.q) ? n.permitted : n.estimates.find((x) => isKnown(x.q));
}

export type RegionAnswers = {
  /** What the answers are about, as a heading: "What the sites ask of the region". */
  title: string;
  /** The same in parts, for a page in another language: the one site (undefined for all of them) and its place. */
  about: { site: string | undefined; place: string };
  /** The utility of the place the region is set against (MLGW), by its short name. */
  utility: string;
  electricity: ElectricityAnswer;
  water: WaterAnswer;
  air: AirAnswer;
  /** The health damage a year and the deaths inferred from it, for the tons the view names (answers-health.ts). */
  health: HealthAnswer | undefined;
  /** The decisions about these sites (and, for the region, the region's own), what comes next first, as they stand today. */
  next: DecisionView[];
};

/** "Jul 2026": the month of a site's figure in a sum. Every part of a sum is dated: one without a date is a data error, never "not recorded". */
function monthOf(q: KnownQuantity): string {
  if (q.asOf === '') throw new Error(`a figure in the region's answers has no date (${q.value} ${q.unit})`);
  return formatDate(q.asOf.slice(0, 7));
}

function baselineOf(place: Place, id: string): HouseholdBaseline {
  const b = place.householdBaselines.find((x) => x.id === id);
  if (b === undefined) throw new Error(`place "${place.id}" has no household baseline "${id}"`);
  return b;
}

const FULL_YEAR = assumed('load factor', 1, 'Running at this power all year: an upper bound, as the front page compares sizes.');

function electricity(sites: Site[], home: Place): ElectricityAnswer {
  const dataCenters = sites.filter((s) => s.facility.kind === 'data center');
  const parts: ElectricityAnswer['parts'] = [];
  const leftOut: LeftOut[] = [];
  for (const s of dataCenters) {
    const within = s.facility.powerCountedWithin;
    if (within !== undefined) {
      const other = findFacility(within.facilityId)?.shortName ?? within.facilityId;
      leftOut.push({
        site: s,
        why: `partly inside ${other}'s figure: ${within.reason}`,
        because: { kind: 'inside', other, detail: within.reason },
        sourceIds: within.sourceIds,
      });
      continue;
    }
    const q =
      s.power.estimated?.kind === 'known' ? s.power.estimated : s.power.gridInService?.kind === 'known' ? s.power.gridInService : undefined;
    if (q === undefined) {
      leftOut.push({ site: s, why: 'no source gives its power', because: { kind: 'noPower' }, sourceIds: s.citedSourceIds });
      continue;
    }
    const basis: PowerBasis = q === s.power.estimated ? 'estimate' : 'grid';
    const what = basis === 'estimate' ? 'independent estimate of the whole site' : 'grid power in service';
    const name = `${s.facility.shortName}, ${monthOf(q)}`;
    const baseline = baselineOf(s.place, s.place.stateHouseholdBaselineId);
    const homes = householdsByEnergy({ name, quantity: q }, FULL_YEAR, baseline);
    parts.push({ site: s, name, q, what, basis, homes, baseline });
  }
  const total =
    parts.length === 0
      ? undefined
      : sumOf(
          'MW',
          parts.map((p) => ({ name: p.name, quantity: p.q })),
        );
  const homes =
    parts.length === 0
      ? undefined
      : sumOf(
          'households',
          parts.map((p) => ({ name: `homes of ${p.baseline.label} with the electricity of ${p.name}`, quantity: p.homes })),
        );
  const states = [...new Set(parts.map((p) => p.baseline.label))];
  const usBaseline = baselineOf(home, home.nationalHouseholdBaselineId);
  const u = home.utility;
  const peak = { name: `${u.shortName}'s normal summer peak`, quantity: u.summerPeakMw };
  const onGrid = dataCenters.filter((s) => s.place.utility.shortName === u.shortName && s.power.gridInService?.kind === 'known');
  const gridPower =
    onGrid.length === 0
      ? undefined
      : sumOf(
          'MW',
          onGrid.map((s) => ({
            name: `grid power in service at ${s.facility.shortName}`,
            quantity: s.power.gridInService as Quantity<'MW'>,
          })),
        );
  const named = total && { name: "the sites' power, added up", quantity: total };
  const generators = sites
    .filter((s) => s.facility.kind === 'power plant')
    .map((s) => ({
      site: s,
      permitted: s.power.turbinesPermittedMw,
      supplies: s.facility.supplies.map((x) => findFacility(x.facilityId)?.shortName ?? x.facilityId),
    }));
  const supply = sites.flatMap((s) =>
    s.overview.suppliedBy.map((x) => ({
      site: s,
      words: `${s.facility.shortName} is supplied by ${x.name}: ${x.what}`,
      supplier: x.name,
      what: x.what,
      sourceIds: x.sourceIds,
    })),
  );
  return {
    parts,
    leftOut,
    generators,
    total,
    homes,
    homesIn: states.length === 1 ? stateOf(states[0] as string) : 'their own states',
    homesState: states.length === 1 ? stateOf(states[0] as string) : undefined,
    homesUs: named && householdsByEnergy(named, FULL_YEAR, usBaseline),
    usBaseline,
    asLargeAsPeak: named && shareOf(named, peak),
    fromGrid: gridPower && {
      power: gridPower,
      ofPeak: shareOf({ name: `grid power in service from ${u.shortName}`, quantity: gridPower }, peak),
      sites: onGrid.map((s) => s.facility.shortName),
    },
    supply,
  };
}

/** "Tennessee average home (2018)" → "Tennessee". */
function stateOf(label: string): string {
  return label.replace(/ (average|typical) home.*$/, '');
}

function water(sites: Site[], home: Place): WaterAnswer {
  const parts: SitePart<'gal/day'>[] = [];
  const expected: SitePart<'gal/day'>[] = [];
  const unknown: LeftOut[] = [];
  for (const s of sites) {
    const w = s.facility.water;
    const reported = w && latestReportedUse(w);
    if (w === undefined || reported === undefined || reported.use.kind !== 'known') {
      const why = s.facility.waterNotFound;
      unknown.push({
        site: s,
        why: why?.reason ?? 'no record of its water use was found',
        because: { kind: 'noWater', detail: why?.reason },
        sourceIds: why?.sourceIds ?? [],
      });
      continue;
    }
    parts.push({ site: s, name: `${s.facility.shortName}, ${monthOf(reported.use)}`, q: reported.use, what: reported.label });
    if (w.onsiteUseGallonsPerDay.kind === 'known')
      expected.push({
        site: s,
        name: `${s.facility.shortName}, expected in ${monthOf(w.onsiteUseGallonsPerDay)}`,
        q: w.onsiteUseGallonsPerDay,
        what: 'expected demand',
      });
  }
  const total =
    parts.length === 0
      ? undefined
      : sumOf(
          'gal/day',
          parts.map((p) => ({ name: p.name, quantity: p.q })),
        );
  const baseline = home.householdBaselines.find((b) => b.id === home.nationalHouseholdBaselineId && b.waterGallonsPerDay.kind === 'known');
  const named = total && { name: 'water the sites are reported to draw, added up', quantity: total };
  return {
    parts,
    unknown,
    total,
    baseline,
    homes:
      named &&
      baseline &&
      householdsByWater(named, { name: `water use of one home (${baseline.label})`, quantity: baseline.waterGallonsPerDay }),
    ofPumping:
      named && shareOf(named, { name: `${home.utility.shortName}'s daily pumping`, quantity: home.utility.waterPumpingGallonsPerDay }),
    expected,
  };
}

function air(sites: Site[], home: Place): AirAnswer {
  const burning = sites.filter((s) => findConcerns(s.facility.id) !== undefined);
  const turbines = burning.map((s) => {
    const { state } = latestState(s.facility);
    return {
      site: s,
      onSite: state.onsiteTurbinesReportedCount,
      running: state.onsiteTurbinesRunningCount,
      permitted: state.onsiteTurbinesPermittedCount,
    };
  });
  const nox = burning.map((s) => {
    const c = findConcerns(s.facility.id);
    const figures = (c?.emissionFigures ?? [])
      .filter((e) => e.pollutant === 'NOx')
      .map((e) => ({ kind: e.kind, f: { label: e.label, by: e.estimatedBy, basis: e.basis, confidence: e.confidence, q: e.tonsPerYear } }));
    return {
      site: s,
      permitted: figures.find((x) => x.kind === 'permit cap')?.f,
      estimates: figures.filter((x) => x.kind === 'estimate').map((x) => x.f),
    };
  });
  return { turbines, nox, largestSources: home.largestNoxSources };
}

/**
 * The answers for a set of sites set against one place (`home`): all of xAI's sites for the
 * region page and its handout, or one site for a facility's handout.
 */
export function regionAnswers(sites: Site[], home: Place, today: string, scenario?: Scenario): RegionAnswers {
  const one = sites.length === 1 ? sites[0] : undefined;
  return {
    title: one === undefined ? 'What the sites ask of the region' : `What ${one.facility.shortName} asks of ${home.name}`,
    about: { site: one?.facility.shortName, place: home.name },
    utility: home.utility.shortName,
    electricity: electricity(sites, home),
    water: water(sites, home),
    air: air(sites, home),
    health: healthAnswer(one?.facility.id, scenario),
    next: one === undefined ? decisionsFor(today) : decisionsFor(today, [one.facility.id]),
  };
}

/** The answers' figures as rows (figures.ts), ids under `prefix` ("area", "handout"): for the downloads, the sources and the rounding test. */
export function answerFigures(answers: RegionAnswers, prefix: string): FigureRow[] {
  const list = new FigureList();
  const { electricity: e, water: w, air: a, utility: u } = answers;
  for (const p of e.parts) {
    list
      .add(`${prefix}.electricity.${p.site.facility.id}.mw`, `${p.name}: ${p.what}`, p.q)
      .add(
        `${prefix}.electricity.${p.site.facility.id}.homes`,
        `${p.name}: homes with the same yearly electricity (${p.baseline.label})`,
        p.homes,
      );
  }
  list
    .add(`${prefix}.electricity.total`, "xAI's data centers together, each by its latest outside estimate", e.total)
    .add(
      `${prefix}.electricity.homes`,
      `Homes with the same yearly electricity, each site against its own state's home (${e.homesIn})`,
      e.homes,
    )
    .add(`${prefix}.electricity.homesUs`, `Homes with the same yearly electricity (${e.usBaseline.label})`, e.homesUs)
    .add(
      `${prefix}.electricity.asLargeAsPeak`,
      `The total, as large as this share of ${u}'s normal summer peak (a size; most of it is not supplied by ${u})`,
      e.asLargeAsPeak,
    );
  if (e.fromGrid)
    list
      .add(`${prefix}.electricity.fromGrid`, `Grid power in service from ${u} at the sites`, e.fromGrid.power)
      .add(`${prefix}.electricity.fromGridOfPeak`, `Grid power from ${u} as a share of its normal summer peak`, e.fromGrid.ofPeak);
  for (const p of w.parts) list.add(`${prefix}.water.${p.site.facility.id}.perDay`, `${p.name}: ${p.what}`, p.q);
  for (const p of w.expected) list.add(`${prefix}.water.${p.site.facility.id}.expected`, `${p.name}`, p.q);
  list
    .add(`${prefix}.water.total`, 'Water drawn at the sites, by the latest figures on record, a day', w.total)
    .add(`${prefix}.water.homes`, `Homes using as much water at home (${w.baseline?.label ?? 'no baseline'})`, w.homes)
    .add(`${prefix}.water.ofPumping`, `Share of ${u}'s daily pumping`, w.ofPumping);
  for (const t of a.turbines) {
    const id = t.site.facility.id;
    list
      .add(`${prefix}.air.${id}.turbinesOnSite`, `${t.site.facility.shortName}: gas turbines counted on site`, t.onSite)
      .add(`${prefix}.air.${id}.turbinesRunning`, `${t.site.facility.shortName}: gas turbines seen running`, t.running)
      .add(`${prefix}.air.${id}.turbinesPermitted`, `${t.site.facility.shortName}: gas turbines permitted`, t.permitted);
  }
  for (const n of a.nox) {
    const id = n.site.facility.id;
    if (n.permitted) list.add(`${prefix}.air.${id}.noxPermitted`, `${n.site.facility.shortName}: NOx permitted, a year`, n.permitted.q);
    n.estimates.forEach((x, i) =>
      list.add(`${prefix}.air.${id}.noxEstimate.${i + 1}`, `${n.site.facility.shortName}: ${x.label} (${x.by})`, x.q, { note: x.basis }),
    );
  }
  for (const [i, src] of (a.largestSources?.sources ?? []).entries())
    list.add(`${prefix}.air.largestSource.${i + 1}`, `NOx, a year: ${src.name} (${a.largestSources?.inventory})`, src.tonsPerYear, {
      note: a.largestSources?.reportedVia,
    });
  for (const g of e.generators)
    list.add(
      `${prefix}.electricity.${g.site.facility.id}.generationPermitted`,
      `${g.site.facility.shortName}: generation permitted (not added)`,
      g.permitted,
    );
  // a handout's health line gives the damage only; the deaths are on the pages
  addHealthFigures(list, answers.health, prefix, prefix !== 'handout');
  return list.rows;
}
