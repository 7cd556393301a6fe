/**
 * Comparisons that are the same for every concern: a part as a share of a whole in
 * the same unit, and how many of a smaller thing fit into a larger one.
 */
import { formatRange } from './format';
import { asExact, derive, divideBounds, keepsLowerBound, type KnownQuantity, type Quantity } from './quantity';
import { lastPlace, roundAs, styleFor } from './rounding';
import type { Unit } from './units';

/** part ÷ whole, both in the same unit, as a fraction from 0 upwards. */
export function shareOf<U extends Unit>(
  part: { name: string; quantity: Quantity<U> },
  whole: { name: string; quantity: Quantity<U> },
): Quantity<'share'> {
  return keepsLowerBound(
    part.quantity,
    derive(
      'share',
      [part, whole],
      ([p, w]) => divideBounds(p, w),
      ([p, w]) => `${formatRange(p)} ÷ ${formatRange(w)}`,
    ),
  );
}

/** The sum of figures in one unit; its range runs from the sum of the lows to the sum of the highs. */
export function sumOf<U extends Unit>(unit: U, parts: { name: string; quantity: Quantity<U> }[]): Quantity<U> {
  if (parts.length === 0) throw new Error('A sum needs at least one figure');
  // a sum of one figure is that figure, with its own sources: not an equation "150 MW = 150 MW"
  if (parts.length === 1) return (parts[0] as { quantity: Quantity<U> }).quantity;
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
  // a sum is as precise as what it adds (rounding.ts, rule 3): 425 MW + 661 MW shows as 1,086 MW, not rounded to
  // 1,090; a sum with a rounded part is rounded to the place of that part's last significant digit
  const places = parts.flatMap((p) => {
    const style = styleFor(p.quantity);
    if (p.quantity.kind !== 'known') return [];
    if (style.place !== undefined) return [style.place];
    return style.significantFigures === undefined ? [] : [lastPlace(roundAs(p.quantity.value, style), style.significantFigures)];
  });
  const exact =
    places.length === 0
      ? asExact(sum)
      : sum.kind === 'known' && sum.derivation !== undefined
        ? { ...sum, derivation: { ...sum.derivation, place: Math.max(...places) } }
        : sum;
  // "more than 300" + 1,000 is "more than 1,300": a lower bound in any part bounds the sum, unless another part is an upper bound
  const qualifiers = parts.flatMap((p) => (p.quantity.kind === 'known' && p.quantity.qualifier ? [p.quantity.qualifier] : []));
  const lower = qualifiers.find((x) => x === 'more than' || x === 'at least');
  if (exact.kind !== 'known' || lower === undefined || qualifiers.includes('up to')) return exact;
  return { ...exact, qualifier: qualifiers.includes('more than') ? 'more than' : lower };
}
