/**
 * A step chart's legend drawn into its own SVG (lib/charts/legend.ts lays it out), for the chart's
 * files and embed page, where no HTML legend (chart-legend.tsx) stands beside the drawing.
 */
import type { LegendLayout } from '@/lib/charts/legend';

import { SERIES, type SeriesKey } from './series';
import { recharts } from './server-svg';

const { Customized } = recharts;

function LegendDrawing({ legend, top, fontSize }: { legend: LegendLayout; top: number; fontSize: number }) {
  return (
    <g className="chart-legend-drawn">
      {legend.items.map((item) => {
        const style = SERIES[item.key as SeriesKey];
        const y = top + item.y;
        return (
          <g key={item.key}>
            <line
              x1={item.x}
              x2={item.x + legend.swatch}
              y1={y - fontSize * 0.35}
              y2={y - fontSize * 0.35}
              stroke={style.color}
              strokeWidth={3}
              strokeDasharray={style.dash}
            />
            <text className="chart-legend-label" x={item.x + legend.swatch + legend.gap} y={y} fontSize={fontSize} fill="#333">
              {item.lines.map((line, i) => (
                <tspan key={i} x={item.x + legend.swatch + legend.gap} dy={i === 0 ? 0 : legend.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The legend, `top` px from the top of the chart, as a child of a recharts chart (see bandsLayer). */
export function legendLayer(legend: LegendLayout, top: number, fontSize: number) {
  return <Customized key="legend" component={<LegendDrawing legend={legend} top={top} fontSize={fontSize} />} />;
}
