/**
 * Round ticks for a chart's value axis: 0, 500, 1,000, 1,500, 2,000 rather than whatever
 * quarters of the data's maximum happen to be (550, 1,100, 1,650). A step is 1, 2, 2.5 or 5
 * times a power of ten; the axis starts at zero (every figure here is a non-negative amount)
 * and ends on the first step at or above the largest value.
 */
import { formatNumber } from '../core/format';

const MULTIPLES = [1, 2, 2.5, 5] as const;

export type Ticks = {
  /** From 0 to `top`, `step` apart. */
  ticks: number[];
  step: number;
  /** The axis' upper end: a multiple of `step`, at or above the largest value. */
  top: number;
};

/** Rounds away the float noise of 0.1 × 3 and the like, so a tick is exactly the multiple it should be. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** The smallest round step (1, 2, 2.5 or 5 × 10ⁿ) at least `raw`. */
export function roundStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) throw new Error(`A step must be a positive number, got ${raw}`);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of MULTIPLES) {
    const step = clean(m * power);
    if (step >= raw * (1 - 1e-12)) return step;
  }
  return clean(10 * power);
}

/** Is `step` 1, 2, 2.5 or 5 times a power of ten? */
export function isRoundStep(step: number): boolean {
  if (!(step > 0) || !Number.isFinite(step)) return false;
  const power = 10 ** Math.floor(Math.log10(step));
  return MULTIPLES.some((m) => Math.abs(step - m * power) <= 1e-9 * step);
}

/**
 * Ticks from 0 past `max`, at most `maxIntervals` steps (the fewest round steps that cover `max`
 * within that many). `wholeNumbers`: a count (GPUs, homes) has no step below 1.
 */
export function niceTicks(max: number, maxIntervals = 5, { wholeNumbers = false }: { wholeNumbers?: boolean } = {}): Ticks {
  if (!Number.isFinite(max) || max < 0) throw new Error(`Cannot make ticks up to ${max}`);
  if (!Number.isInteger(maxIntervals) || maxIntervals < 1) throw new Error(`maxIntervals must be a whole number ≥ 1, got ${maxIntervals}`);
  if (max === 0) return { ticks: [0, 1], step: 1, top: 1 };
  let step = roundStep(max / maxIntervals);
  if (wholeNumbers && step < 1) step = 1;
  const count = Math.ceil(clean(max / step));
  const ticks = Array.from({ length: count + 1 }, (_, i) => clean(i * step));
  return { ticks, step, top: ticks[ticks.length - 1] as number };
}

/** A tick's label: the number in full, with thousands separators ("1,500", never "1.5k"). */
export function tickLabel(value: number): string {
  return formatNumber(value);
}

/**
 * Round ticks whose labels fit along an axis `length` px long: as many intervals as the
 * longest label allows (at least 1, at most `maxIntervals`). `labelLength` measures a label
 * along the axis in px: its width on a horizontal axis, its line height on a vertical one.
 */
export function niceTicksThatFit(
  max: number,
  {
    length,
    labelLength,
    gap = 12,
    maxIntervals = 6,
    wholeNumbers = false,
  }: {
    length: number;
    labelLength: (label: string) => number;
    gap?: number;
    maxIntervals?: number;
    wholeNumbers?: boolean;
  },
): Ticks {
  for (let n = maxIntervals; n > 1; n--) {
    const t = niceTicks(max, n, { wholeNumbers });
    const longest = Math.max(...t.ticks.map((v) => labelLength(tickLabel(v))));
    if (t.ticks.length * (longest + gap) <= length) return t;
  }
  return niceTicks(max, 1, { wholeNumbers });
}
