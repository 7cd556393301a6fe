import type { BarRow } from '@/app/_components/charts/bar-range-chart';
import { formatNumber, formatValue } from '@/lib/format';
import { hasRange, type Quantity } from '@/lib/quantity';

import { styleFor } from './quantity';

/** A chart bar for a quantity, or nothing when the quantity is unknown. */
export function barFor(label: string, q: Quantity | undefined, tone: BarRow['tone']): BarRow[] {
  if (q === undefined || q.kind === 'unknown') return [];
  const style = styleFor(q);
  const central = formatValue(q.value, q.unit, style);
  const low = formatNumber(q.unit === 'share' ? q.low * 100 : q.low, style);
  const high = formatNumber(q.unit === 'share' ? q.high * 100 : q.high, style);
  const text = hasRange(q) && low !== high ? `${central} (${low}–${high})` : central;
  return [{ label, value: q.value, low: q.low, high: q.high, text, tone }];
}
