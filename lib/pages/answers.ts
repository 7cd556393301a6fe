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
import type { Site } from './sites';

/** A figure of one site, named with the site and the month of the figure ("Colossus 1, Feb 2026"). */
export type SitePart<U extends 'MW' | 'gal/day'> = { site: Site; name: string; q: KnownQuantity<U>; what: string };

/** A site left out of a total, and why: its figure is inside another's, or no source gives one. */
export type LeftOut = { site: Site; why: string; sourceIds: string[] };

export type ElectricityAnswer = {
  parts: (SitePart<'MW'> & { homes: Quantity<'households'>; baseline: HouseholdBaseline })[];
  leftOut: LeftOut[];
  total: Quantity<'MW'>;
  /** Each site's power as homes of its own state, added up. */
  homes: Quantity<'households'>;
  /** Whose homes: "Tennessee", or "their own states" when the sites are in several. */
  homesIn: string;
  /** The total as homes of the nation's average home. */
  homesUs: Quantity<'households'>;
  usBaseline: HouseholdBaseline;
  /** The total as a size against the utility's normal summer peak: "as large as", not a share of what it supplies. */
  asLargeAsPeak: Quantity<'share'>;
  /** What the utility's grid supplies: the grid power in service at the sites, and its share of the peak. */
  fromGrid: { power: Quantity<'MW'>; ofPeak: Quantity<'share'>; sites: string[] } | undefined;
  /** How each site is supplied, in words, with the sources. */
  supply: { site: Site; words: string; sourceIds: string[] }[];
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

export type NextDecision = { date: string; site: Site; title: string; sourceIds: string[] };

export type RegionAnswers = {
  /** The utility of the place the region is set against (MLGW), by its short name. */
  utility: string;
  electricity: ElectricityAnswer;
  water: WaterAnswer;
  air: AirAnswer;
  /** Dated decisions on record that are still ahead of the data's last update, soonest first. */
  next: NextDecision[];
};

const monthOf = (q: KnownQuantity) => (q.asOf === '' ? 'date not recorded' : formatDate(q.asOf.slice(0, 7)));

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
      leftOut.push({ site: s, why: `partly inside ${other}'s figure: ${within.reason}`, sourceIds: within.sourceIds });
      continue;
    }
    const q = s.power.estimated?.kind === 'known' ? s.power.estimated : s.power.gridInService?.kind === 'known' ? s.power.gridInService : undefined;
    if (q === undefined) {
      leftOut.push({ site: s, why: 'no source gives its power', sourceIds: s.citedSourceIds });
      continue;
    }
    const what = q === s.power.estimated ? 'independent estimate of the whole site' : 'grid power in service';
    const name = `${s.facility.shortName}, ${monthOf(q)}`;
    const baseline = baselineOf(s.place, s.place.stateHouseholdBaselineId);
    const homes = householdsByEnergy({ name, quantity: q }, FULL_YEAR, baseline);
    parts.push({ site: s, name, q, what, homes, baseline });
  }
  if (parts.length === 0) throw new Error('No data center in the area has a power figure');
  const total = sumOf(
    'MW',
    parts.map((p) => ({ name: p.name, quantity: p.q })),
  );
  const homes = sumOf(
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
          onGrid.map((s) => ({ name: `grid power in service at ${s.facility.shortName}`, quantity: s.power.gridInService as Quantity<'MW'> })),
        );
  const supply = sites.flatMap((s) =>
    s.overview.suppliedBy.map((x) => ({
      site: s,
      words: `${s.facility.shortName} is supplied by ${x.name}: ${x.what}`,
      sourceIds: x.sourceIds,
    })),
  );
  return {
    parts,
    leftOut,
    total,
    homes,
    homesIn: states.length === 1 ? stateOf(states[0] as string) : 'their own states',
    homesUs: householdsByEnergy({ name: "the sites' power, added up", quantity: total }, FULL_YEAR, usBaseline),
    usBaseline,
    asLargeAsPeak: shareOf({ name: "the sites' power, added up", quantity: total }, peak),
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
      unknown.push({ site: s, why: why?.reason ?? 'no record of its water use was found', sourceIds: why?.sourceIds ?? [] });
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
  const total = parts.length === 0 ? undefined : sumOf('gal/day', parts.map((p) => ({ name: p.name, quantity: p.q })));
  const baseline = home.householdBaselines.find((b) => b.id === home.nationalHouseholdBaselineId && b.waterGallonsPerDay.kind === 'known');
  const named = total && { name: 'water the sites are reported to draw, added up', quantity: total };
  return {
    parts,
    unknown,
    total,
    baseline,
    homes: named && baseline && householdsByWater(named, { name: `water use of one home (${baseline.label})`, quantity: baseline.waterGallonsPerDay }),
    ofPumping: named && shareOf(named, { name: `${home.utility.shortName}'s daily pumping`, quantity: home.utility.waterPumpingGallonsPerDay }),
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

/** Dated decisions on record after the data's last update: today, an air permit's expiry. */
function nextDecisions(sites: Site[], after: string): NextDecision[] {
  return sites
    .flatMap((s) => {
      const permit = findConcerns(s.facility.id)?.permit;
      if (permit?.expiresOn === undefined || permit.expiresOn <= after) return [];
      return [
        {
          date: permit.expiresOn,
          site: s,
          title: `${s.facility.shortName}'s air permit from the ${permit.issuedBy} expires`,
          sourceIds: permit.sourceIds,
        },
      ];
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function regionAnswers(sites: Site[], home: Place, dataUpdated: string): RegionAnswers {
  return {
    utility: home.utility.shortName,
    electricity: electricity(sites, home),
    water: water(sites, home),
    air: air(sites, home),
    next: nextDecisions(sites, dataUpdated),
  };
}
