/**
 * A dated step chart (values hold until the next event). Drawn on the server by
 * recharts 2 with a fixed size into an SVG string (server-svg.tsx), so the SVG is in
 * the HTML, prints and needs no JavaScript; CSS scales it to the column width. Its title
 * and attribution are drawn in the SVG (chart-bands.tsx), its value axis has round ticks.
 */
import { chartAttribution, type ChartFigures, stepChartFigures } from '@/lib/charts/attribution';
import { textWidth } from '@/lib/charts/text';
import { formatDate } from '@/lib/core/format';
import type { Locale } from '@/lib/i18n/locales';
import { niceTicksThatFit, tickLabel } from '@/lib/charts/ticks';

import { legendLayout } from '@/lib/charts/legend';

import { bandsLayer, chartBands } from './chart-bands';
import { legendLayer } from './legend-layer';
import { SERIES, type SeriesKey, seriesLabel } from './series';
import { recharts, ServerSvg } from './server-svg';

const { CartesianGrid, Line, LineChart, XAxis, YAxis } = recharts;

export type StepPoint = { t: number; date: string; sourceIds: string[]; changed: string[] } & Partial<Record<SeriesKey, number | null>>;

const PAD_MS = 45 * 24 * 3600 * 1000; // room after the last event, so its dot is not on the edge

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month and year in UTC, so that server and browser draw the same label; in Spanish by the formatter ("jul 2026"). */
function monthLabel(t: number, locale: Locale = 'en'): string {
  const d = new Date(t);
  if (locale !== 'en') return formatDate(d.toISOString().slice(0, 7), locale);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Ticks on 1 January and 1 July of each year the data spans; on 1 January only where those would crowd the axis. */
function dateTicks(points: StepPoint[], room: number, fontSize: number): number[] {
  const times = points.map((p) => p.t);
  const [min, max] = [Math.min(...times), Math.max(...times) + PAD_MS];
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear();
  const halves: number[] = [];
  for (let y = first; y <= last; y++) halves.push(Date.UTC(y, 0, 1), Date.UTC(y, 6, 1));
  const within = halves.filter((t) => t >= min && t <= max);
  const fits = (ticks: number[]) => ticks.length * (textWidth('Sep 2026', fontSize) + fontSize) <= room;
  if (fits(within)) return within;
  const januaries = within.filter((t) => new Date(t).getUTCMonth() === 0);
  return fits(januaries) ? januaries : januaries.filter((_, i) => i % 2 === 0);
}

export type StepChartProps = {
  points: StepPoint[];
  series: SeriesKey[];
  yLabel: string;
  width: number;
  /** The plot and its axes; the title and attribution bands are added above and below. */
  height: number;
  /** What the chart shows, in a full sentence for a screen reader. */
  title: string;
  /** The title drawn above the plot: short words that name the place ("Colossus 1: power at the site, in MW"). */
  heading: string;
  /** Figures drawn that are not the points' own events (a utility's peak), for the attribution. */
  more?: ChartFigures;
  /** Draw the legend under the title (the chart's files and embed; a page has its HTML legend). */
  legend?: boolean;
  /** The language of its words: months, series, attribution (English unless given). */
  locale?: Locale;
};

/** The chart, drawn once for the same props (server-svg.tsx): they come from the data, not the reader's settings. */
export function StepChart(props: StepChartProps) {
  return <ServerSvg drawingKey={JSON.stringify(['step', props])} chart={() => stepChartElement(props)} />;
}

/** The recharts element of the chart, for the page (StepChart) and for the chart's own files (standalone.tsx). */
export function stepChartElement(props: StepChartProps) {
  const { points, series, yLabel, width, height, title, heading, more, legend: drawLegend, locale } = props;
  const fontSize = 13;
  const bands = chartBands(heading, chartAttribution(stepChartFigures(points, series, more), locale), width, fontSize);
  const legend = drawLegend
    ? legendLayout(
        series.map((k) => ({ key: k, label: seriesLabel(k, locale) })),
        { width, fontSize },
      )
    : undefined;
  const legendRoom = legend === undefined ? 0 : legend.height + 4;
  // room at the right for half of a date label centred near the axis' end
  const right = Math.max(24, Math.ceil(textWidth('Sep 2026', fontSize) / 2) + 4);
  const margin = { top: bands.header.height + legendRoom + 10, right, bottom: bands.footer.height + 4, left: 8 };
  const plotHeight = height - 12 - 30 - 8; // less the x-axis and the margins it had before the bands
  const values = points.flatMap((p) => series.map((k) => p[k])).filter((v): v is number => typeof v === 'number');
  const y = niceTicksThatFit(Math.max(0, ...values), {
    length: plotHeight,
    labelLength: () => fontSize * 1.2,
    gap: fontSize,
    maxIntervals: 6,
    wholeNumbers: series.includes('gpus'),
  });
  const yAxisWidth = Math.ceil(Math.max(...y.ticks.map((v) => textWidth(tickLabel(v), fontSize))) + 10 + fontSize * 1.6);
  const xTicks = dateTicks(points, width - margin.left - margin.right - yAxisWidth, fontSize);
  return (
    <LineChart
      width={width}
      height={height + bands.header.height + legendRoom + bands.footer.height}
      data={points}
      margin={margin}
      title={title}
      role="img"
      aria-label={title}
    >
      <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={['dataMin', (max: number) => max + PAD_MS]}
        ticks={xTicks}
        interval={0}
        tickFormatter={(t: number) => monthLabel(t, locale)}
        tick={{ fontSize, fill: '#333' }}
        stroke="#555"
      />
      <YAxis
        className="value-axis"
        type="number"
        domain={[0, y.top]}
        ticks={y.ticks}
        interval={0}
        allowDataOverflow={false}
        tickFormatter={tickLabel}
        tick={{ fontSize, fill: '#333' }}
        stroke="#555"
        width={yAxisWidth}
        label={{ value: yLabel, angle: -90, position: 'insideLeft', fontSize, fill: '#333', style: { textAnchor: 'middle' } }}
      />
      {series.map((key) => (
        <Line
          key={key}
          dataKey={key}
          name={seriesLabel(key, locale)}
          type="stepAfter"
          stroke={SERIES[key].color}
          strokeWidth={2.5}
          strokeDasharray={SERIES[key].dash}
          dot={(props: { cx?: number; cy?: number; index?: number }) => {
            const changed = props.index !== undefined && points[props.index]?.changed.includes(key);
            if (!changed || props.cx === undefined || props.cy === undefined) return <g key={`${key}-${props.index}`} />;
            return <circle key={`${key}-${props.index}`} cx={props.cx} cy={props.cy} r={4} fill={SERIES[key].color} />;
          }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      {bandsLayer(bands)}
      {legend === undefined ? null : legendLayer(legend, bands.header.height + 4, fontSize)}
    </LineChart>
  );
}
