import { formatNumber } from '@/lib/core/format';
import type { GrowthPoint, SeriesOf } from '@/lib/power/growth';

/** One series' value at a dated point, for the tables under the step charts: — where none is reported, ≈ …* where we computed it. */
export function SeriesCell({ point, k }: { point: GrowthPoint; k: SeriesOf }) {
  const n = point[k];
  if (n === null) return <span className="value-unknown">—</span>;
  // a value we computed is rounded, as computed figures are everywhere
  return point.derived[k] === undefined ? <>{formatNumber(n)}</> : <>≈ {formatNumber(n, { significantFigures: 3 })}*</>;
}
