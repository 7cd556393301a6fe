import { BarRangeChart, type BarRow } from './bar-range-chart';
import { type SeriesKey } from './series';
import { StepChart } from './step-chart';

type StepPoint = { t: number; changed: string[] } & Partial<Record<SeriesKey, number | null>>;

/**
 * A step chart is drawn once, at a size whose text stays legible when CSS scales it to a
 * phone's width; on a desktop it is shown no wider than the reading column.
 */
export function ResponsiveStepChart(props: { points: StepPoint[]; series: SeriesKey[]; yLabel: string; title: string; height?: number }) {
  return (
    <div className="chart chart-single">
      <StepChart {...props} width={440} height={props.height ?? 260} />
    </div>
  );
}

/**
 * Bar charts are drawn twice, for a desktop column and for a phone (where each label
 * takes two lines), and CSS shows one; print always takes the wide one.
 */

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
