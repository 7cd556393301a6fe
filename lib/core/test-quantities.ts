/** Helpers for the unit tests of the calculation modules: quantities made on the spot, and checks of their ranges. */
import { expect } from 'vitest';

import { known, type KnownQuantity, type Quantity } from './quantity';
import type { Unit } from './units';

const meta = { asOf: '2025', sourceIds: ['s'] };

/** A named input of the given unit, with an optional range. */
export function q<U extends Unit>(unit: U, value: number, range: { low?: number; high?: number } = {}) {
  return { name: unit, quantity: known(unit, value, { ...meta, ...range }) };
}

export function k(x: Quantity): KnownQuantity {
  if (x.kind !== 'known') throw new Error(x.reason);
  return x;
}

export function expectBounds(x: Quantity, low: number, value: number, high: number, digits = 6) {
  const r = k(x);
  expect(r.low).toBeCloseTo(low, digits);
  expect(r.value).toBeCloseTo(value, digits);
  expect(r.high).toBeCloseTo(high, digits);
}
