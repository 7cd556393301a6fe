/**
 * Horizontal bars with a whisker from low to high: several estimates of one thing, or
 * one thing against several references. Each bar's name and figure are written above
 * it, so the chart reads on a phone, in print and without a tooltip; it is drawn on the
 * server into an SVG string (server-svg.tsx), like every chart here, with its title and
 * attribution in the drawing (chart-bands.tsx) and round ticks on its value axis.
 */
import { barChartFigures, chartAttribution } from '@/lib/charts/attribution';
import { textWidth, wrapText } from '@/lib/charts/text';
import { niceTicksThatFit, tickLabel } from '@/lib/charts/ticks';

import { bandsLayer, chartBands } from './chart-bands';
import { recharts, ServerSvg } from './server-svg';

const { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, XAxis, YAxis } = recharts;

export type BarRow = {
  label: string;
  value: number;
  low: number;
  high: number;
  /** The figure as text, written with the label. */
  text: string;
  tone: 'facility' | 'reference' | 'estimate' | 'claim';
  /** The sources of the figure (for the chart's attribution) and its date ('' for a value the site sets). */
  sourceIds: string[];
  asOf: string;
};

const TONES: Record<BarRow['tone'], string> = {
  facility: '#0b4f8a',
  reference: '#6b6b6b',
  estimate: '#a3261b',
  claim: '#9a4f00',
};

const BAR = 16;

export type BarRangeChartProps = { rows: BarRow[]; width: number; title: string; heading: string };

/** The chart, drawn once for the same props (server-svg.tsx): they come from the data, not the reader's settings. */
export function BarRangeChart(props: BarRangeChartProps) {
  return <ServerSvg drawingKey={JSON.stringify(['bar-range', props])} chart={() => barRangeChartElement(props)} />;
}

/** The recharts element of the chart, for the page (BarRangeChart) and for the chart's own files (standalone.tsx). */
export function barRangeChartElement({ rows, width, title, heading }: BarRangeChartProps) {
  const fontSize = 13;
  const lineHeight = fontSize * 1.2;
  // On a phone the name and the figure start a line each; any line too long for the drawing wraps, so none is cut off.
  const twoLines = width < 500;
  const room = width - 16;
  const captions = rows.map((r) =>
    twoLines
      ? [...wrapText(r.label, room, fontSize), ...wrapText(r.text, room, fontSize)]
      : wrapText(`${r.label}: ${r.text}`, room, fontSize),
  );
  const data = rows.map((r, i) => ({ ...r, err: [r.value - r.low, r.high - r.value], caption: (captions[i] ?? []).join('\n') }));
  // each row: its caption, then its bar (centred in the row, so a caption also takes the half-row above)
  const lines = Math.max(1, ...captions.map((c) => c.length));
  const rowHeight = Math.round(BAR + 18 + lines * lineHeight);
  const aboveFirst = Math.ceil(Math.max(4, lines * lineHeight + 8 - (rowHeight - BAR) / 2));
  const bands = chartBands(heading, chartAttribution(barChartFigures(rows)), width, fontSize);
  const ticksFor = (right: number) =>
    niceTicksThatFit(Math.max(0, ...rows.map((r) => r.high)), {
      length: width - 8 - right,
      labelLength: (label) => textWidth(label, fontSize),
      gap: fontSize * 1.5,
      maxIntervals: 6,
    });
  // the last tick's label is centred on the axis' end: leave room for its right half
  const right = Math.max(16, Math.ceil(textWidth(tickLabel(ticksFor(16).top), fontSize) / 2) + 4);
  const x = ticksFor(right);
  const margin = { top: bands.header.height + aboveFirst, right, bottom: bands.footer.height + 4, left: 8 };
  return (
    <BarChart
      width={width}
      height={30 + rows.length * rowHeight + margin.top + margin.bottom}
      data={data}
      layout="vertical"
      margin={margin}
      barCategoryGap={0}
      role="img"
      aria-label={title}
      title={title}
    >
      <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" horizontal={false} />
      <XAxis
        className="value-axis"
        type="number"
        domain={[0, x.top]}
        ticks={x.ticks}
        interval={0}
        tickFormatter={tickLabel}
        tick={{ fontSize, fill: '#333' }}
        stroke="#555"
      />
      <YAxis type="category" dataKey="label" hide />
      <Bar dataKey="value" isAnimationActive={false} barSize={BAR}>
        {data.map((r) => (
          <Cell key={r.label} fill={TONES[r.tone]} />
        ))}
        <ErrorBar dataKey="err" direction="x" width={8} stroke="#1a1a1a" strokeWidth={1.5} />
        <LabelList
          dataKey="caption"
          content={(props) => {
            const { x, y, value } = props as { x?: number | string; y?: number | string; value?: string | number };
            if (x === undefined || y === undefined) return null;
            const caption = String(value).split('\n');
            const top = Number(y) - 5 - (caption.length - 1) * lineHeight;
            return (
              <text x={Number(x)} y={top} fontSize={fontSize} fill="#1a1a1a">
                {caption.map((line, i) => (
                  <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          }}
        />
      </Bar>
      {bandsLayer(bands)}
    </BarChart>
  );
}
