/**
 * A chart's title above its plot and its attribution below (sources, dates, the site's
 * address), drawn as SVG text in the chart's own drawing, so that a screenshot or a crop of the
 * chart keeps them. The words and their lines come from lib/charts (attribution.ts, bands.ts);
 * this only draws them, in the axes' font (inherited from the page, like the tick labels).
 */
import { type ChartAttribution } from '@/lib/charts/attribution';
import { type Band, type BandLine, footerBand, headerBand, titleSize } from '@/lib/charts/bands';

import { recharts } from './server-svg';

const { Customized } = recharts;

const INSET = 8;

export type ChartBands = { header: Band; footer: Band; fontSize: number; width: number };

/** The two bands of a chart `width` px wide: their heights go into the chart's top and bottom margins. */
export function chartBands(heading: string, attribution: ChartAttribution, width: number, fontSize: number): ChartBands {
  const options = { width, fontSize, inset: INSET };
  return { header: headerBand(heading, options), footer: footerBand(attribution, options), fontSize, width };
}

function Line({ line, top, size }: { line: BandLine; top: number; size: number }) {
  return (
    <text
      className={`chart-${line.kind}`}
      x={line.x}
      y={top + line.y}
      fontSize={size}
      fontWeight={line.bold ? 700 : 400}
      textAnchor={line.anchor}
      fill={line.kind === 'title' ? '#1a1a1a' : '#404040'}
    >
      {line.text}
    </text>
  );
}

/** Recharts clones this with the chart's own props; it reads only `bands` and `height` (the chart's). Drawn alone around a map too (standalone.tsx). */
export function Bands({ bands, height }: { bands: ChartBands; height?: number }) {
  const footerTop = (height ?? 0) - bands.footer.height;
  return (
    <g className="chart-attribution">
      {bands.header.lines.map((l, i) => (
        <Line key={`h${i}`} line={l} top={0} size={titleSize(bands.fontSize)} />
      ))}
      <line x1={INSET} x2={bands.width - INSET} y1={footerTop} y2={footerTop} stroke="#c8c8c8" strokeWidth={1} />
      {bands.footer.lines.map((l, i) => (
        <Line key={`f${i}`} line={l} top={footerTop} size={bands.fontSize} />
      ))}
    </g>
  );
}

/**
 * The bands, as a child of a recharts chart (drawn inside its `svg.recharts-surface`). A plain
 * function, not a component: recharts finds `Customized` among the chart's direct children by type.
 */
export function bandsLayer(bands: ChartBands) {
  return <Customized key="bands" component={<Bands bands={bands} />} />;
}
