/**
 * How an answer on the front page names its sites: every one while they are few; past that, the
 * few largest by name and a count of the rest, which the tables below the answers list (a national
 * tracker's hundred sites do not fit in a sentence a resident can repeat).
 */

/** Up to this many sites, an answer names them all. */
export const NAMED_IN_FULL = 4;
/** Past NAMED_IN_FULL, an answer names this many: the largest. */
export const LARGEST_NAMED = 3;

export type FewLargest<T> = {
  /** The items the answer names: all of them, as given, or the largest, largest first. */
  named: T[];
  /** How many are not named (0 when all are). */
  more: number;
  /** How many there are in all. */
  of: number;
};

/**
 * The items an answer names: all, in their order, when there are NAMED_IN_FULL or fewer; else the
 * LARGEST_NAMED largest by `size` (ties keep their order; an item of unknown size, NaN, counts as
 * the smallest), and how many more there are.
 */
export function fewLargest<T>(items: T[], size: (item: T) => number, inFull = NAMED_IN_FULL, largest = LARGEST_NAMED): FewLargest<T> {
  if (!(largest >= 1 && largest <= inFull)) throw new Error(`Naming ${largest} of more than ${inFull} items makes no sense`);
  if (items.length <= inFull) return { named: items, more: 0, of: items.length };
  const bySize = (x: number) => (Number.isNaN(x) ? -Infinity : x);
  const named = items
    .map((item, i) => ({ item, i, s: bySize(size(item)) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, largest)
    .map((x) => x.item);
  return { named, more: items.length - largest, of: items.length };
}
