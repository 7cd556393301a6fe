import { SERIES, type SeriesKey } from './series';

/** An HTML legend: it wraps on a phone and never overlaps the axis in print. */
export function ChartLegend({ series }: { series: SeriesKey[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {series.map((key) => (
        <li key={key}>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="28" y2="5" stroke={SERIES[key].color} strokeWidth="3" strokeDasharray={SERIES[key].dash} />
          </svg>
          {SERIES[key].label}
        </li>
      ))}
    </ul>
  );
}
