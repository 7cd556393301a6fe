/**
 * Comparisons that are the same for every concern: a part as a share of a whole in
 * the same unit, and how many of a smaller thing fit into a larger one.
 */
import { formatRange } from './format';
import { derive, divideBounds, type Quantity } from './quantity';
import type { Unit } from './units';

/** part ÷ whole, both in the same unit, as a fraction from 0 upwards. */
export function shareOf<U extends Unit>(
  part: { name: string; quantity: Quantity<U> },
  whole: { name: string; quantity: Quantity<U> },
): Quantity<'share'> {
  return derive(
    'share',
    [part, whole],
    ([p, w]) => divideBounds(p, w),
    ([p, w]) => `${formatRange(p)} ÷ ${formatRange(w)}`,
  );
}
