import type { BarRow } from '@/app/_components/charts/bar-range-chart';
import { formatCentralAndRange } from '@/lib/core/format';
import { type Quantity, sourceIdsOf } from '@/lib/core/quantity';

import { styleFor } from './quantity';

/** A chart bar for a quantity, or nothing when the quantity is unknown. It carries the figure's sources and date for the chart's attribution. */
export function barFor(label: string, q: Quantity | undefined, tone: BarRow['tone']): BarRow[] {
  if (q === undefined || q.kind === 'unknown') return [];
  const text = formatCentralAndRange(q, styleFor(q));
  return [{ label, value: q.value, low: q.low, high: q.high, text, tone, sourceIds: sourceIdsOf([q]), asOf: q.asOf }];
}
