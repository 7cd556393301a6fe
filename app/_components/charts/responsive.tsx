import { BarRangeChart, type BarRow } from './bar-range-chart';
import { type SeriesKey } from './series';
import { StepChart } from './step-chart';

type StepPoint = { t: number; changed: string[] } & Partial<Record<SeriesKey, number | null>>;

/**
 * Each chart is drawn twice on the server, for a desktop column and for a phone, and CSS
 * shows one: SVG text stays legible on both, and print always takes the wide one.
 */
export function ResponsiveStepChart(props: { points: StepPoint[]; series: SeriesKey[]; yLabel: string; title: string; height?: number }) {
  const h = props.height ?? 320;
  return (
    <>
      <div className="chart chart-wide">
        <StepChart {...props} width={720} height={h} />
      </div>
      <div className="chart chart-narrow">
        <StepChart {...props} width={360} height={Math.round(h * 0.85)} />
      </div>
    </>
  );
}

export function ResponsiveBarChart(props: { rows: BarRow[]; title: string }) {
  return (
    <>
      <div className="chart chart-wide">
        <BarRangeChart {...props} width={720} />
      </div>
      <div className="chart chart-narrow">
        <BarRangeChart {...props} width={360} />
      </div>
    </>
  );
}
