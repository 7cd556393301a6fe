/**
 * The two-page handout, for the region and for each facility: the answers first (electricity,
 * water, air, what is decided next), one chart, and the sources as a numbered list with their
 * addresses, the date the data was updated and the link of the exact view. Its figures are the
 * answers' figures (answers.ts), declared once; nothing on it is typed anew.
 */
import { type Currency, currency } from './currency';
import { decisionCites, siteToday } from './decisions';
import { dataUpdatedOn, findFacility, getPlace } from '../data/load';
import { GROWTH_POWER_SERIES, type SeriesOf } from '../power/growth';
import type { Scenario } from '../scenario/scenario';
import { answerFigures, type RegionAnswers, regionAnswers } from './answers';
import { healthShortSourceIds } from './answers-health';
import { type AreaModel, FOOTPRINT_SERIES, getArea } from './area';
import { type FigureRow, pageSourceIds } from './figures';
import { getOverview, type Overview } from './overview';
import { publicPath, withQuery } from './site';
import { siteSummary } from './sites';

/** The one chart a handout carries: its points, the series drawn, its words and the sources of its dated changes. */
export type HandoutChart = {
  points: ({ t: number; date: string; changed: string[]; sourceIds: string[] } & Record<string, unknown>)[];
  series: string[];
  heading: string;
  summary: string;
  sourceIds: string[];
};

export type Handout = {
  title: string;
  /** Where the sites are, or the facility's address. */
  where: string;
  answers: RegionAnswers;
  /** Undefined where there is nothing to chart (a facility with no power figure): the handout says so. */
  chart: HandoutChart | undefined;
  /** A site with no figure to chart: its dated events instead, each with its sources. */
  events: { date: string; title: string; sourceIds: string[] }[];
  /** The handout's own address, with its settings: the QR code and the printed link. */
  path: string;
  dataUpdated: string;
  /** How current the data is, for the handout's site (or the region). */
  currency: Currency;
  overview: Overview;
  figures: FigureRow[];
  /** Every source the handout cites, in the order it first cites them: a source's number is its index + 1. */
  sourceIds: string[];
};

/** How many of the next decisions a handout lists: one, with the address of the rest, so that it keeps to two pages. */
export const HANDOUT_NEXT_SHOWN = 1;

/** Sources in the order the answers give them, then the chart's. */
function inOrder(answers: RegionAnswers, figures: FigureRow[], more: string[]): string[] {
  const e = answers.electricity;
  const cited = [
    ...e.parts.flatMap((p) => p.q.sourceIds),
    ...e.leftOut.flatMap((l) => l.sourceIds),
    ...e.generators.flatMap((g) => g.permitted?.sourceIds ?? []),
    ...answers.water.parts.flatMap((p) => p.q.sourceIds),
    ...answers.water.unknown.flatMap((l) => l.sourceIds),
    ...answers.air.turbines.flatMap((t) => [t.onSite, t.permitted].flatMap((q) => q?.sourceIds ?? [])),
    ...answers.air.nox.flatMap((n) => [n.permitted?.q, ...n.estimates.map((x) => x.q)].flatMap((q) => q?.sourceIds ?? [])),
    ...(answers.air.largestSources?.sources.flatMap((s) => s.tonsPerYear.sourceIds) ?? []),
    // the handout's health line cites the tons and EPA's values per ton, and the record of EPA's decision
    ...healthShortSourceIds(answers.health),
    ...(answers.health?.kind === 'figures' ? answers.health.context.epaDecision.sourceIds.slice(0, 1) : []),
    ...answers.next.slice(0, HANDOUT_NEXT_SHOWN).flatMap(decisionCites),
  ];
  return pageSourceIds(figures, [...cited, ...more]).sort((a, b) => {
    const ia = cited.indexOf(a);
    const ib = cited.indexOf(b);
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  });
}

export function getRegionHandout(scenario?: Scenario): Handout | undefined {
  const area = getArea(scenario);
  if (area === undefined) return undefined;
  const points = area.footprint;
  const chart: HandoutChart = {
    points,
    series: [...FOOTPRINT_SERIES],
    heading: `xAI's Memphis-area data centers and ${area.overview.place.utility.shortName}'s summer peak, in MW`,
    summary: area.footprintSummary,
    sourceIds: [...new Set(points.filter((p) => p.changed.length > 0).flatMap((p) => p.sourceIds))],
  };
  const figures = answerFigures(area.answers, 'handout');
  return {
    title: 'xAI in the Memphis area: what the sites ask of the region',
    where: 'Memphis, Tennessee and Southaven, Mississippi',
    answers: area.answers,
    chart,
    events: [],
    path: '/handout',
    dataUpdated: area.dataUpdated,
    currency: area.currency,
    overview: area.overview,
    figures,
    sourceIds: inOrder(area.answers, figures, chart.sourceIds),
  };
}

export function getFacilityHandout(facilityId: string, scenario?: Scenario): Handout | undefined {
  const facility = findFacility(facilityId);
  const overview = getOverview(facilityId, scenario);
  if (facility === undefined || overview === undefined) return undefined;
  const dataUpdated = dataUpdatedOn();
  const answers = regionAnswers([siteSummary(facility)], getPlace(facility.placeId), siteToday(), overview.scenario);
  const series = (GROWTH_POWER_SERIES as readonly SeriesOf[]).filter((k) => overview.growth.some((p) => p[k] !== null));
  const chart: HandoutChart | undefined =
    overview.uncharted !== undefined || series.length === 0
      ? undefined
      : {
          points: overview.growth,
          series,
          heading: `${facility.shortName}: power at the site, in MW`,
          summary: overview.growthSummary.power,
          sourceIds: [...new Set(overview.growthRows.filter((p) => series.some((k) => p.changed.includes(k))).flatMap((p) => p.sourceIds))],
        };
  const figures = answerFigures(answers, 'handout');
  return {
    title: `${facility.shortName}: what it asks of ${overview.place.name}`,
    where: `${facility.address} · ${facility.neighbourhood} · operated by ${facility.operator}`,
    answers,
    chart,
    events: chart === undefined ? (overview.uncharted ?? []).map((e) => ({ date: e.date, title: e.title, sourceIds: e.sourceIds })) : [],
    path: withQuery(publicPath(facilityId, 'handout'), overview.scenarioQuery),
    dataUpdated,
    currency: currency(facility.id),
    overview,
    figures,
    sourceIds: inOrder(answers, figures, [...(chart?.sourceIds ?? []), ...(overview.uncharted ?? []).flatMap((e) => e.sourceIds)]),
  };
}

/** The region's printed report: the front page's answers and their work, the chart with its data, and every source numbered. */
export type RegionReport = { area: AreaModel; path: string; figures: FigureRow[]; sourceIds: string[] };

export function getRegionReport(scenario?: Scenario): RegionReport | undefined {
  const handout = getRegionHandout(scenario);
  const area = getArea(scenario);
  if (handout === undefined || area === undefined) return undefined;
  // the handout's sources first, in its order, then every other source the page rests on
  const sourceIds = [...new Set([...handout.sourceIds, ...area.sourceIds])];
  return { area, path: '/report', figures: area.figures, sourceIds };
}
