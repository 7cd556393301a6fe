import { BarRangeChart, type BarRow } from './bar-range-chart';
import { type SeriesKey } from './series';
import { StepChart, type StepPoint } from './step-chart';
import { type ChartFigures } from '@/lib/charts/attribution';
import type { Locale } from '@/lib/i18n/locales';

/** The width of the desktop drawing: scaled to a desktop column (up to 70rem) it stays legible down to a 48rem screen. */
export const WIDE = 880;
/** The width of the phone drawing: its 13 px text is about 12 px on a 375 px phone. */
export const NARROW = 360;

/**
 * Every chart is drawn twice, for a desktop column and for a phone, and CSS shows one (at 48rem);
 * print always takes the wide one. Each fills its column: one drawing scaled from a phone to a
 * desktop would have text too small on the one or too large on the other.
 */
export type ResponsiveStepChartProps = {
  points: StepPoint[];
  series: SeriesKey[];
  yLabel: string;
  title: string;
  heading: string;
  more?: ChartFigures;
  height?: number;
  /** The language of the drawing's words (English unless given). */
  locale?: Locale;
};

/** The height of the wide drawing's plot, for a chart whose phone drawing's is `height` (260 by default). */
export function wideHeight(height = 260): number {
  return Math.round(height * 1.2);
}

export function ResponsiveStepChart(props: ResponsiveStepChartProps) {
  const height = props.height ?? 260;
  return (
    <>
      <div className="chart chart-wide">
        <StepChart {...props} width={WIDE} height={wideHeight(height)} />
      </div>
      <div className="chart chart-narrow">
        <StepChart {...props} width={NARROW} height={height} />
      </div>
    </>
  );
}

/** Bar charts likewise; on a phone each label takes two lines. */
export type ResponsiveBarChartProps = { rows: BarRow[]; title: string; heading: string };

export function ResponsiveBarChart(props: ResponsiveBarChartProps) {
  return (
    <>
      <div className="chart chart-wide">
        <BarRangeChart {...props} width={WIDE} />
      </div>
      <div className="chart chart-narrow">
        <BarRangeChart {...props} width={NARROW} />
      </div>
    </>
  );
}
