/**
 * Every xAI site in the area, summed up the same way: what it is, what it has done lately,
 * and its power, water and comparisons, each figure with its source. The facilities page sets
 * them side by side; the front page adds them up without counting the same megawatts twice.
 */
import { shareOf } from '../core/compare';
import type { Quantity } from '../core/quantity';
import { findConcerns, getFactors, getPlace, listFacilities } from '../data/load';
import type { Facility, TimelineEvent } from '../data/schemas/facility';
import type { Place } from '../data/schemas/place';
import { latestState } from '../data/timeline';
import { householdsAcrossBaselines, loadFactorFor, siteEstimateMw } from '../power/power';
import { siteToday } from './decisions';
import { getOverview, type Overview } from './overview';

export type Site = {
  facility: Facility;
  place: Place;
  overview: Overview;
  latest: TimelineEvent;
  /** Power figures as the data gives them at the latest event; undefined where a site has none of that kind. */
  power: {
    gridInService: Quantity<'MW'> | undefined;
    gridApproved: Quantity<'MW'> | undefined;
    claimed: Quantity<'MW'> | undefined;
    estimated: Quantity<'MW'> | undefined;
    turbinesPermittedMw: Quantity<'MW'> | undefined;
    turbinesPermittedCount: Quantity<'turbines'> | undefined;
    turbinesOnSiteCount: Quantity<'turbines'> | undefined;
    turbinesRunningCount: Quantity<'turbines'> | undefined;
  };
  /**
   * The one figure a site's size is compared by: for a data center its independent estimate,
   * else its grid power in service; for a power plant its permitted output.
   */
  headline: { label: string; q: Quantity<'MW'> } | undefined;
  homes: Quantity<'households'> | undefined;
  shareOfUtilityPeak: Quantity<'share'> | undefined;
  water: Quantity<'gal/day'> | undefined;
  /** The sources of the events and statements a site summary cites beside its figures. */
  citedSourceIds: string[];
};

function headlineOf(f: Facility, p: Site['power']): Site['headline'] {
  if (f.kind === 'power plant') return p.turbinesPermittedMw && { label: 'Generation permitted', q: p.turbinesPermittedMw };
  if (p.estimated?.kind === 'known') return { label: 'Power estimated by independent analysts', q: p.estimated };
  if (p.gridInService?.kind === 'known') return { label: 'Grid power in service', q: p.gridInService };
  return undefined;
}

export function siteSummary(f: Facility): Site {
  const place = getPlace(f.placeId);
  const overview = getOverview(f.id);
  if (overview === undefined) throw new Error(`No overview for facility "${f.id}"`);
  const { event: latest, state } = latestState(f);
  const power: Site['power'] = {
    gridInService: state.gridPowerSuppliedMw,
    gridApproved: state.gridPowerApprovedMw,
    claimed: state.claimedPowerMw,
    estimated: f.kind === 'data center' ? siteEstimateMw(state, getFactors().powerUsageEffectiveness) : undefined,
    turbinesPermittedMw: state.onsiteTurbinesPermittedMw,
    turbinesPermittedCount: state.onsiteTurbinesPermittedCount,
    turbinesOnSiteCount: state.onsiteTurbinesReportedCount,
    turbinesRunningCount: state.onsiteTurbinesRunningCount,
  };
  const headline = headlineOf(f, power);
  const named = headline && { name: `${f.shortName}: ${headline.label.toLowerCase()}`, quantity: headline.q };
  const u = place.utility;
  return {
    facility: f,
    place,
    overview,
    latest,
    power,
    headline,
    homes:
      named &&
      householdsAcrossBaselines(named, loadFactorFor(1, f.kind), place.householdBaselines, place.defaultHouseholdBaselineId).overall,
    shareOfUtilityPeak: named && shareOf(named, { name: `${u.shortName}'s normal summer peak`, quantity: u.summerPeakMw }),
    water: f.water?.onsiteUseGallonsPerDay,
    citedSourceIds: [...latest.sourceIds, ...f.addressSourceIds, ...(f.waterNotFound?.sourceIds ?? [])],
  };
}

/**
 * Every site's summary takes no settings: it depends on the data, read once per process, and on
 * the day (what its overview says of decisions to come). So it is computed once a day rather
 * than on every new view of a region page, which would otherwise redo every facility's overview.
 * Callers only read it.
 */
let summaries: { day: string; sites: Site[] } | undefined;

export function allSites(): Site[] {
  const day = siteToday();
  if (summaries?.day !== day) summaries = { day, sites: listFacilities().map(siteSummary) };
  return summaries.sites;
}

/** A site's most recent dated events: its timeline and, where it has one, its legal record. */
/** The name an event goes under on pages across sites: the facility's, or xAI's where the source names no site. */
export function eventOwner(f: Facility, e: { siteNotNamed?: true }): string {
  return e.siteNotNamed ? `xAI (no site named; filed under ${f.shortName})` : f.shortName;
}

export function datedEventsOf(
  f: Facility,
): { date: string; title: string; sourceIds: string[]; page: 'overview' | 'concerns'; owner: string }[] {
  const legal = findConcerns(f.id)?.legalTimeline ?? [];
  return [
    ...f.timeline.map((e) => ({
      date: e.date,
      title: e.title,
      sourceIds: e.sourceIds,
      page: 'overview' as const,
      owner: eventOwner(f, e),
    })),
    ...legal.map((e) => ({ date: e.date, title: e.title, sourceIds: e.sourceIds, page: 'concerns' as const, owner: f.shortName })),
  ];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "three" for 3, up to ten; digits beyond. */
export function inWords(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function joinWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The sites in words, from the data: "three data centers (two in Memphis, one in Southaven) and one power plant (in Southaven)". */
export function sitesInWords(sites: Site[]): string {
  const kinds: [Facility['kind'], string, string][] = [
    ['data center', 'data center', 'data centers'],
    ['power plant', 'power plant', 'power plants'],
  ];
  return joinWords(
    kinds.flatMap(([kind, one, many]) => {
      const of = sites.filter((s) => s.facility.kind === kind);
      if (of.length === 0) return [];
      const places = [...new Set(of.map((s) => s.place.name))];
      const where =
        places.length === 1
          ? `in ${places[0]}`
          : places.map((p) => `${inWords(of.filter((s) => s.place.name === p).length)} in ${p}`).join(', ');
      return [`${inWords(of.length)} ${of.length === 1 ? one : many} (${where})`];
    }),
  );
}
