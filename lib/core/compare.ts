/**
 * Comparisons that are the same for every concern: a part as a share of a whole in
 * the same unit, and how many of a smaller thing fit into a larger one.
 */
import { formatRange } from './format';
import { asExact, derive, divideBounds, type KnownQuantity, type Quantity } from './quantity';
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

/** The sum of figures in one unit; its range runs from the sum of the lows to the sum of the highs. */
export function sumOf<U extends Unit>(unit: U, parts: { name: string; quantity: Quantity<U> }[]): Quantity<U> {
  if (parts.length === 0) throw new Error('A sum needs at least one figure');
  const sum = derive(
    unit,
    parts,
    (ks) => {
      const all = ks as readonly KnownQuantity[];
      const add = (k: 'value' | 'low' | 'high') => all.reduce((t, q) => t + q[k], 0);
      return { value: add('value'), low: add('low'), high: add('high') };
    },
    (ks) => (ks as readonly KnownQuantity[]).map((q) => formatRange(q)).join(' + '),
  );
  // a sum is as precise as what it adds: 425 MW + 661 MW shows as 1,086 MW, not rounded to 1,090
  return asExact(sum);
}
