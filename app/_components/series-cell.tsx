import { formatNumber } from '@/lib/core/format';
import type { GrowthPoint, SeriesOf } from '@/lib/power/growth';

import { SERIES, type SeriesKey } from './charts/series';

/** One series' value at a dated point, for the tables under the step charts: — where none is reported, ≈ …* where we computed it. */
export function SeriesCell({ point, k }: { point: GrowthPoint; k: SeriesOf }) {
  const n = point[k];
  if (n === null) return <span className="value-unknown">—</span>;
  // a value we computed is rounded, as computed figures are everywhere
  return point.derived[k] === undefined ? <>{formatNumber(n)}</> : <>≈ {formatNumber(n, { significantFigures: 3 })}*</>;
}

/** The head of a table under a step chart: date, the event(s), then one column per series, with its unit where the caption does not give it. */
export function SeriesTableHead({ series, events = 'Event', unit }: { series: readonly SeriesKey[]; events?: string; unit?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">Date</th>
        <th scope="col">{events}</th>
        {series.map((k) => (
          <th scope="col" key={k}>
            {SERIES[k].label}
            {unit ? ` (${unit})` : ''}
          </th>
        ))}
      </tr>
    </thead>
  );
}
