/**
 * A chart as a file of its own: the same drawing the page shows (the same props, the same
 * recharts element), as a standalone SVG document with its title, sources, dates and the site's
 * address drawn into it as text (chart-bands.tsx). The SVG names its font (DejaVu Sans, the face
 * the layout measures text by, lib/charts/text.ts) and a white ground, and carries no CSS custom
 * properties, so that it looks the same opened alone, in an editor, or drawn to PNG
 * (server/chart-png.ts).
 */
import { chartAttribution, type ChartFigures, barChartFigures, stepChartFigures } from '@/lib/charts/attribution';
import { buildLocatorMap } from '@/lib/geo/locator';
import type { MapPlace } from '@/lib/geo/points';

import { LocatorSvg, MAP_SIZES } from '../map/locator-svg';
import { barRangeChartElement } from './bar-range-chart';
import { Bands, chartBands } from './chart-bands';
import { FigureCard, type FigureCardProps } from './figure-card';
import { type ResponsiveBarChartProps, type ResponsiveStepChartProps, WIDE, wideHeight } from './responsive';
import { markupOf } from './server-svg';
import { stepChartElement } from './step-chart';

export type ChartSpec =
  | { kind: 'step'; props: ResponsiveStepChartProps }
  | { kind: 'bar'; props: ResponsiveBarChartProps }
  | { kind: 'map'; props: { places: MapPlace[]; title: string; description: string; heading: string } }
  | { kind: 'card'; props: FigureCardProps };

/** The desktop drawing (the files' and a wide embed's) or the phone's (a narrow embed's). */
export type Drawing = 'wide' | 'narrow';

/**
 * The narrow embed's charts are drawn 300 px wide, a little narrower than a phone page's (NARROW):
 * a frame in a news page's narrow column is often no wider, and there the text keeps its size.
 */
const EMBED_NARROW = 300;

export const CHART_FONT_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

const FONT_SIZE = 13;
const MAP_FONT = FONT_SIZE;

/** The heading drawn at the top of the chart: its title in the files and the embed. */
export function specHeading(spec: ChartSpec): string {
  return spec.props.heading;
}

/** What the chart plots, with sources and dates: for its attribution and the embed page's list of sources. */
export function specFigures(spec: ChartSpec): ChartFigures {
  if (spec.kind === 'step') return stepChartFigures(spec.props.points, spec.props.series, spec.props.more);
  if (spec.kind === 'bar') return barChartFigures(spec.props.rows);
  if (spec.kind === 'card') return spec.props.figures;
  return { sourceIds: spec.props.places.flatMap((p) => p.sourceIds), dates: spec.props.places.map((p) => p.asOf) };
}

/** `var(--ink, #1a1a1a)` → `#1a1a1a`: a file has no stylesheet to define the site's colours. */
export function resolveCustomProperties(svg: string): string {
  return svg.replace(/var\(--[\w-]+,\s*([^()]+?)\)/g, '$1');
}

/** The recharts surface out of its wrapper, made a document: namespace, font and a white ground. */
function asDocument(markup: string): string {
  const start = markup.indexOf('<svg');
  const end = markup.lastIndexOf('</svg>');
  if (start < 0 || end < 0) throw new Error('The chart drew no SVG');
  const svg = markup.slice(start, end + '</svg>'.length);
  const open = svg.indexOf('>') + 1;
  const head = svg
    .slice(0, open)
    .replace('<svg', `<svg xmlns="http://www.w3.org/2000/svg" font-family="${CHART_FONT_FAMILY}"`)
    .replace(/\sstyle="[^"]*"/, '');
  return resolveCustomProperties(`${head}<rect width="100%" height="100%" fill="#ffffff"></rect>${svg.slice(open)}`);
}

function MapDrawing({ spec, drawing }: { spec: Extract<ChartSpec, { kind: 'map' }>; drawing: Drawing }) {
  const size = MAP_SIZES[drawing];
  const map = buildLocatorMap(spec.props.places, size);
  const bands = chartBands(spec.props.heading, chartAttribution(specFigures(spec)), map.width, MAP_FONT);
  const top = bands.header.height + 6;
  const height = top + map.height + 6 + bands.footer.height;
  return (
    <svg width={map.width} height={height} viewBox={`0 0 ${map.width} ${height}`} role="img" aria-label={spec.props.title}>
      <title>{spec.props.title}</title>
      <g transform={`translate(0 ${top})`}>
        <LocatorSvg map={map} id={`map-${drawing}`} title={spec.props.title} description={spec.props.description} />
      </g>
      <Bands bands={bands} height={height} />
    </svg>
  );
}

/** The chart's SVG document. */
export function chartSvg(spec: ChartSpec, drawing: Drawing = 'wide'): string {
  if (spec.kind === 'step') {
    const { props } = spec;
    const element =
      drawing === 'wide'
        ? stepChartElement({ ...props, width: WIDE, height: wideHeight(props.height), legend: true })
        : stepChartElement({ ...props, width: EMBED_NARROW, height: props.height ?? 260, legend: true });
    return asDocument(markupOf(element));
  }
  if (spec.kind === 'bar')
    return asDocument(markupOf(barRangeChartElement({ ...spec.props, width: drawing === 'wide' ? WIDE : EMBED_NARROW })));
  if (spec.kind === 'card') return asDocument(markupOf(<FigureCard card={spec.props} width={drawing === 'wide' ? 600 : EMBED_NARROW} />));
  // the map's own drawing scales itself in the page (max-width, height: auto); in a file it keeps its size
  return asDocument(markupOf(<MapDrawing spec={spec} drawing={drawing} />).replace(/;?max-width:100%;height:auto/g, ''));
}
