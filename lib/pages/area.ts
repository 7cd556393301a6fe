/**
 * The front page: the Memphis area. What all of xAI's sites together ask of the region, set
 * against MLGW and TVA; the footprint over time; the latest dated events; the map; the way
 * into each facility. A power plant that feeds a data center is shown, but its megawatts are
 * not added: they are the data center's power, counted once, there.
 */
import { type Currency, currency } from './currency';
import { decisionCites, NEXT_SHOWN, siteToday } from './decisions';
import { shareOf, sumOf } from '../core/compare';
import { formatDate, formatValue } from '../core/format';
import { isKnown, type Quantity } from '../core/quantity';
import { asShown } from '../core/rounding';
import { siteEstimateMw } from '../power/power';
import { dataUpdatedOn, getFactors, listFacilities, listLandmarks } from '../data/load';
import type { Facility } from '../data/schemas/facility';
import { isoDateToUtcMs, statesOverTime } from '../data/timeline';
import { distanceMiles, type MapPlace } from '../geo/points';
import type { Scenario } from '../scenario/scenario';
import { type FigureRow, FigureList, pageSourceIds } from './figures';
import { getOverview, type Overview } from './overview';
import { healthSourceIds } from './answers-health';
import { featuredFacilityId } from './routes';
import { answerFigures, type RegionAnswers, regionAnswers } from './answers';
import { allSites, datedEventsOf, eventOwner, type Site } from './sites';

export const FOOTPRINT_SERIES = ['areaGrid', 'areaEstimated', 'areaClaimed', 'mlgwPeak'] as const;
type FootprintKey = (typeof FOOTPRINT_SERIES)[number];

export type FootprintPoint = {
  t: number;
  date: string;
  titles: string[];
  sourceIds: string[];
  changed: FootprintKey[];
  /** Series whose sum here includes a figure we computed (an IT power estimate × PUE): shown rounded, marked. */
  computed: FootprintKey[];
} & Record<FootprintKey, number | null>;

export type NewsItem = {
  date: string;
  title: string;
  facilityId: string;
  facilityName: string;
  page: 'overview' | 'concerns';
  sourceIds: string[];
};

export type AreaModel = {
  overview: Overview;
  sites: Site[];
  /** What the sites together ask of the region, answered first (answers.ts). */
  answers: RegionAnswers;
  /** The date the data was last updated (its newest change-log entry). */
  dataUpdated: string;
  /** How current the data is (lib/pages/currency.ts). */
  currency: Currency;
  totals: {
    /** Grid power in service at the data centers whose figure is known. */
    gridInService: Quantity<'MW'>;
    /** Data centers in the utility's territory whose grid power in service is not known, so not in the sum. */
    gridNotKnownAt: string[];
    /** The data centers' power as independent analysts estimate it (or grid power in service where there is no estimate). */
    estimated: Quantity<'MW'>;
    /** Data centers with neither an estimate nor grid power in service, so not in the estimate's sum. */
    estimateNotKnownAt: string[];
    claimed: Quantity<'MW'> | undefined;
    estimatedOfUtilityPeak: Quantity<'share'>;
    estimatedOfGridRecord: Quantity<'share'>;
    gridOfUtilityAverageDay: Quantity<'share'>;
    /** Power plants whose output is not added, and whom they supply. */
    notAdded: { site: Site; supplies: string[] }[];
  };
  footprint: FootprintPoint[];
  footprintSummary: string;
  news: NewsItem[];
  map: { places: MapPlace[]; distances: { from: string; to: string; q: Quantity<'miles'> }[] };
  figures: FigureRow[];
  sourceIds: string[];
};

/** A data center's power for the totals: its independent estimate, else its grid power in service. */
function bestOf(site: Site): Quantity<'MW'> | undefined {
  if (site.power.estimated?.kind === 'known') return site.power.estimated;
  return site.power.gridInService?.kind === 'known' ? site.power.gridInService : undefined;
}

function valueAt(f: Facility, date: string, pue: Quantity<'ratio'>) {
  const states = statesOverTime(f, date);
  const state = states[states.length - 1]?.state;
  // each figure as the page shows it (rounding.ts), so that the chart's sums are the totals' sums
  const num = (q: Quantity | undefined) => (q !== undefined && isKnown(q) ? asShown(q).value : null);
  const grid = num(state?.gridPowerSuppliedMw);
  const site = state && siteEstimateMw(state, pue);
  const estimate = num(site) ?? grid;
  const computed = site !== undefined && isKnown(site) && site.derivation !== undefined;
  return { grid, estimate, claimed: num(state?.claimedPowerMw), computed };
}

/** The data centers' power at each dated event of any of them, summed, with the utility's summer peak beside it. */
export function footprintOverTime(
  dataCenters: Facility[],
  utilityPeakMw: number | null,
  pue: Quantity<'ratio'> = getFactors().powerUsageEffectiveness,
): FootprintPoint[] {
  const dates = [...new Set(dataCenters.flatMap((f) => f.timeline.map((e) => e.date)))].sort();
  const points: FootprintPoint[] = [];
  for (const date of dates) {
    const at = dataCenters.map((f) => valueAt(f, date, pue));
    const total = (k: 'grid' | 'estimate' | 'claimed') => {
      const known = at.map((a) => a[k]).filter((v): v is number => v !== null);
      return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
    };
    const point = {
      t: isoDateToUtcMs(date),
      date,
      titles: dataCenters.flatMap((f) => f.timeline.filter((e) => e.date === date).map((e) => `${eventOwner(f, e)}: ${e.title}`)),
      sourceIds: [...new Set(dataCenters.flatMap((f) => f.timeline.filter((e) => e.date === date).flatMap((e) => e.sourceIds)))],
      areaGrid: total('grid'),
      areaEstimated: total('estimate'),
      areaClaimed: total('claimed'),
      mlgwPeak: utilityPeakMw,
    };
    const prev = points[points.length - 1];
    const changed = FOOTPRINT_SERIES.filter((k) => k !== 'mlgwPeak' && point[k] !== null && point[k] !== (prev ? prev[k] : null));
    points.push({ ...point, changed, computed: at.some((a) => a.computed) ? ['areaEstimated'] : [] });
  }
  return points;
}

function describeFootprint(points: FootprintPoint[], claimed: Quantity<'MW'> | undefined): string {
  const first = points.find((p) => p.areaEstimated !== null);
  const last = points[points.length - 1];
  if (first === undefined || last === undefined || last.areaEstimated === null) return 'No power figures are recorded for the area.';
  // a sum with a computed figure in it is not a whole number of megawatts: rounded, as computed figures are
  const mw = (n: number) => formatValue(n, 'MW', Number.isInteger(n) ? {} : { significantFigures: 3 });
  // the total of the claims keeps a claim's "more than" (see sumOf)
  const bound = claimed?.kind === 'known' && claimed.value === last.areaClaimed && claimed.qualifier ? `${claimed.qualifier} ` : '';
  const claim = last.areaClaimed === null ? '' : ` The companies' own figures add up to ${bound}${mw(last.areaClaimed)}.`;
  return `From ${mw(first.areaEstimated ?? 0)} (${formatDate(first.date)}) to ${mw(last.areaEstimated)} (${formatDate(last.date)}) at xAI's data centers, counting each as independently estimated where there is an estimate and by its grid power in service where there is none.${claim}`;
}

export function getArea(scenario?: Scenario): AreaModel | undefined {
  const overview = getOverview(featuredFacilityId(), scenario, 'region');
  if (overview === undefined) return undefined;
  const sites = allSites();
  const u = overview.place.utility;
  const grid = overview.place.grid;
  const dataCenters = sites.filter((s) => s.facility.kind === 'data center');
  const named = (s: Site, q: Quantity<'MW'>) => ({ name: `${s.facility.shortName}`, quantity: q });
  const withGrid = dataCenters.filter((s) => s.power.gridInService?.kind === 'known');
  const gridInService = sumOf(
    'MW',
    withGrid.map((s) => named(s, s.power.gridInService as Quantity<'MW'>)),
  );
  const best = dataCenters.flatMap((s) => {
    const q = bestOf(s);
    return q === undefined ? [] : [named(s, q)];
  });
  const estimated = sumOf('MW', best);
  const claims = dataCenters.flatMap((s) => (s.power.claimed?.kind === 'known' ? [named(s, s.power.claimed)] : []));
  const totals: AreaModel['totals'] = {
    gridInService,
    // only sites on this utility's grid: one in another state's territory is not missing from it
    gridNotKnownAt: dataCenters
      .filter((s) => !withGrid.includes(s) && s.place.utility.shortName === u.shortName)
      .map((s) => s.facility.shortName),
    estimated,
    estimateNotKnownAt: dataCenters.filter((s) => bestOf(s) === undefined).map((s) => s.facility.shortName),
    claimed: claims.length === 0 ? undefined : sumOf('MW', claims),
    estimatedOfUtilityPeak: shareOf(
      { name: "xAI's data centers, estimated", quantity: estimated },
      { name: `${u.shortName}'s normal summer peak`, quantity: u.summerPeakMw },
    ),
    estimatedOfGridRecord: shareOf(
      { name: "xAI's data centers, estimated", quantity: estimated },
      { name: `${grid.shortName}'s record peak`, quantity: grid.recordPeakMw },
    ),
    gridOfUtilityAverageDay: shareOf(
      { name: 'grid power in service at the data centers', quantity: gridInService },
      { name: `${u.shortName}'s load on an average day`, quantity: u.averageLoadMw },
    ),
    notAdded: sites
      .filter((s) => s.facility.kind === 'power plant')
      .map((site) => ({
        site,
        supplies: site.facility.supplies.map((x) => sites.find((t) => t.facility.id === x.facilityId)?.facility.shortName ?? x.facilityId),
      })),
  };
  const peak = u.summerPeakMw.kind === 'known' ? u.summerPeakMw.value : null;
  const footprint = footprintOverTime(
    dataCenters.map((s) => s.facility),
    peak,
  );
  const news = listFacilities()
    .flatMap((f) => datedEventsOf(f).map(({ owner, ...e }) => ({ ...e, facilityId: f.id, facilityName: owner })))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, 8);
  const places: MapPlace[] = [
    ...sites.map((s) => ({ id: s.facility.id, name: s.facility.shortName, kind: s.facility.kind, ...s.facility.location })),
    ...listLandmarks().map((l) => ({ ...l })),
  ];
  const pairs: [string, string][] = [
    ['colossus-1', 'colossus-2'],
    ['colossus-2', 'southaven-plant'],
    ['colossus-2', 'macrohardrr'],
    ['macrohardrr', 'southaven-plant'],
    ['colossus-1', 'boxtown'],
    ['colossus-2', 'whitehaven'],
    ['southaven-plant', 'southaven'],
  ];
  const distances = pairs.flatMap(([a, b]) => {
    const pa = places.find((p) => p.id === a);
    const pb = places.find((p) => p.id === b);
    return pa && pb ? [{ from: a, to: b, q: distanceMiles(pa, pb) }] : [];
  });
  const dataUpdated = dataUpdatedOn();
  const model = {
    overview,
    sites,
    answers: regionAnswers(sites, overview.place, siteToday(), overview.scenario),
    dataUpdated,
    currency: currency(),
    totals,
    footprint,
    footprintSummary: describeFootprint(footprint, totals.claimed),
    news,
    map: { places, distances },
  };
  const figures = areaFigures(model);
  const a = model.answers;
  const cited = [
    // what the answers cite beside their figures: why a site is left out, how a site is supplied, the next decision
    ...a.electricity.leftOut.flatMap((l) => l.sourceIds),
    ...a.electricity.supply.flatMap((x) => x.sourceIds),
    ...a.water.unknown.flatMap((l) => l.sourceIds),
    ...healthSourceIds(a.health),
    ...(a.health?.kind === 'figures' ? a.health.context.epaDecision.sourceIds : []),
    ...a.next.slice(0, NEXT_SHOWN).flatMap(decisionCites),
    ...sites.flatMap((s) => [...s.facility.addressSourceIds, ...s.facility.supplies.flatMap((x) => x.sourceIds)]),
    // each site's latest event, shown with its sources in the way into each facility
    ...sites.flatMap((s) => s.latest.sourceIds),
    ...news.flatMap((n) => n.sourceIds),
    ...footprint.filter((p) => p.changed.length > 0).flatMap((p) => p.sourceIds),
    ...places.flatMap((p) => p.sourceIds),
  ];
  return { ...model, figures, sourceIds: pageSourceIds(figures, cited) };
}

/** The figures the front page shows, declared once (see figures.ts). */
function areaFigures(m: Omit<AreaModel, 'figures' | 'sourceIds'>): FigureRow[] {
  const list = new FigureList();
  list.reuse(answerFigures(m.answers, 'area'), () => true);
  const name = (id: string) => m.map.places.find((p) => p.id === id)?.name ?? id;
  for (const d of m.map.distances) list.add(`map.distance.${d.from}.${d.to}`, `Distance from ${name(d.from)} to ${name(d.to)}`, d.q);
  return list.rows;
}
