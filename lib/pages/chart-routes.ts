/**
 * The addresses of every chart as a file and as an embed (issue #25): each chart of a page can be
 * downloaded as SVG or PNG, and framed in another site from /embed/…, with the settings of the
 * view it was taken from in its query, validated and canonical like a page's.
 *
 *   /charts/<chart>.svg | .png                      a chart of the front page (the region's settings)
 *   /facilities/<id>/charts/<chart>.svg | .png      a chart of a facility's page (the facility's)
 *   /embed/charts/<chart>, /embed/facilities/<id>/charts/<chart>   the same chart, as a page to frame
 *
 * A "chart" here is also a headline figure drawn as a card: the front page's answers, and each
 * facility overview's power and water figures.
 *
 * Whether a facility has the page a chart is on comes from the registry; whether that page draws
 * the chart for its data (a site with no supply on record has no supply chart) is the renderer's
 * to say, with a 404.
 */
import { getSection, type SectionId, sectionAt } from './registry';
import { featuredFacilityId, type SettingsOf } from './routes';
import { publicPath, withQuery } from './site';

type ChartDef = {
  /** The front page's charts take the region's settings; the others, their facility's. */
  region: boolean;
  /** The facility page the chart is on (none for the front page's). */
  section?: SectionId;
  /** The id of the heading of the chart's section on its page, to link back to. */
  anchor: string;
};

export const CHARTS = {
  footprint: { region: true, anchor: 'footprint-heading' },
  map: { region: true, anchor: 'map-heading' },
  // the front page's headline answers, as figure cards
  electricity: { region: true, anchor: 'answer-electricity' },
  wateruse: { region: true, anchor: 'answer-water' },
  air: { region: true, anchor: 'answer-air' },
  health: { region: true, anchor: 'answer-health' },
  growth: { region: false, section: 'overview', anchor: 'growth-heading' },
  // a facility overview's headline figures, as figure cards (overview-cards.ts): each at its card
  powersupplied: { region: false, section: 'overview', anchor: 'power-gridSupplied' },
  powerapproved: { region: false, section: 'overview', anchor: 'power-gridApproved' },
  powerclaimed: { region: false, section: 'overview', anchor: 'power-claimed' },
  powerestimated: { region: false, section: 'overview', anchor: 'power-estimated' },
  turbinespermitted: { region: false, section: 'overview', anchor: 'power-turbinesPermitted' },
  turbinesreported: { region: false, section: 'overview', anchor: 'power-turbinesReported' },
  wateronsite: { region: false, section: 'overview', anchor: 'water-use' },
  supply: { region: false, section: 'power', anchor: 'supply-heading' },
  homes: { region: false, section: 'power', anchor: 'homes-heading' },
  city: { region: false, section: 'power', anchor: 'city-heading' },
  gpus: { region: false, section: 'power', anchor: 'bottom-up-heading' },
  bottomup: { region: false, section: 'power', anchor: 'bottom-up-heading' },
  nox: { region: false, section: 'concerns', anchor: 'nox-heading' },
  water: { region: false, section: 'water', anchor: 'use-heading' },
} as const satisfies Record<string, ChartDef>;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export type ChartFormat = 'svg' | 'png' | 'embed';

/** A chart's address, parsed: which chart, whose (undefined: the region's) and in what form. */
export type ChartRoute = { chart: ChartId; facilityId: string | undefined; format: ChartFormat };

const CHART_PATH = /^(\/embed)?(?:\/facilities\/([^/]+))?\/charts\/([a-z]+)(?:\.(svg|png))?$/;

function isChart(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

/**
 * The chart at `pathname`, or undefined when no chart has that address: an unknown chart, a
 * region's chart under a facility or the reverse, a facility without the chart's page, an embed
 * with a file extension or a file without one.
 */
export function matchChartRoute(pathname: string): ChartRoute | undefined {
  const m = CHART_PATH.exec(pathname);
  if (m === null) return undefined;
  const [, embed, rawFacility, chart = '', ext] = m;
  if (!isChart(chart) || (embed === undefined) === (ext === undefined)) return undefined;
  const def: ChartDef = CHARTS[chart];
  const format: ChartFormat = ext === 'svg' || ext === 'png' ? ext : 'embed';
  if (def.region) return rawFacility === undefined ? { chart, facilityId: undefined, format } : undefined;
  if (rawFacility === undefined || def.section === undefined) return undefined;
  const facilityId = safeDecode(rawFacility);
  if (facilityId === undefined) return undefined;
  return sectionAt(facilityId, getSection(def.section).slug) === undefined ? undefined : { chart, facilityId, format };
}

/** Whose settings the chart takes: the region's for the front page's charts, else its facility's. */
export function chartSettingsOf(route: ChartRoute): SettingsOf {
  return route.facilityId === undefined
    ? { facilityId: featuredFacilityId(), region: true }
    : { facilityId: route.facilityId, region: false };
}

/** The chart's address in `format`, without a query. */
export function chartPath(route: ChartRoute): string {
  const owner = route.facilityId === undefined ? '' : `/facilities/${encodeURIComponent(route.facilityId)}`;
  const file = route.format === 'embed' ? '' : `.${route.format}`;
  return `${route.format === 'embed' ? '/embed' : ''}${owner}/charts/${route.chart}${file}`;
}

/** The same chart in each form, each with the view's canonical `query`. */
export function chartLinks(chart: ChartId, facilityId: string | undefined, query: string): Record<ChartFormat, string> {
  const at = (format: ChartFormat) => withQuery(chartPath({ chart, facilityId, format }), query);
  return { svg: at('svg'), png: at('png'), embed: at('embed') };
}

/** The full view a chart comes from, at its section: where an embed links back to. */
export function chartViewPath(route: Pick<ChartRoute, 'chart' | 'facilityId'>, query: string): string {
  const def: ChartDef = CHARTS[route.chart];
  const page = route.facilityId === undefined ? '/' : publicPath(route.facilityId, def.section);
  return `${withQuery(page, query)}#${def.anchor}`;
}

/** A file name for the download: "colossus-1-supply.svg", "memphis-area-footprint.png". */
export function chartFileName(route: ChartRoute): string {
  return `${route.facilityId ?? 'memphis-area'}-${route.chart}.${route.format === 'png' ? 'png' : 'svg'}`;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
