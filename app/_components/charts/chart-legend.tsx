import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

import { SERIES, type SeriesKey, seriesLabel } from './series';

/** An HTML legend: it wraps on a phone and never overlaps the axis in print. */
export function ChartLegend({ series, locale = 'en' }: { series: SeriesKey[]; locale?: Locale }) {
  return (
    <ul className="chart-legend" aria-label={MESSAGES[locale].format.chart.legend}>
      {series.map((key) => (
        <li key={key}>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="28" y2="5" stroke={SERIES[key].color} strokeWidth="3" strokeDasharray={SERIES[key].dash} />
          </svg>
          {seriesLabel(key, locale)}
        </li>
      ))}
    </ul>
  );
}
