/**
 * data/states.json: one table of state baselines, each column with its date and sources (EIA's residential
 * electricity per customer, USGS's domestic water per person and public-supply withdrawals, the Census
 * Bureau's persons per household), and the U.S. figures beside them. Values are plain numbers in the
 * table; `stateBaselines()` in lib/calculator/states.ts turns each into a quantity with its column's provenance.
 */
import { z } from 'zod';

import { fact, isoDate, sourceIds } from './common';

const column = z.strictObject({ asOf: isoDate, sourceIds: sourceIds.min(1), note: z.string().min(1) });

export const StateRowSchema = z.strictObject({
  /** Two-letter postal code, upper case. */
  code: z.string().regex(/^[A-Z]{2}$/, { message: 'must be a two-letter state code in capitals, like "TN"' }),
  name: z.string().min(1),
  electricityKwhPerMonth: z.number().positive(),
  residentialCustomers: z.number().int().positive(),
  waterGallonsPerPersonPerDay: z.number().positive(),
  personsPerHousehold: z.number().positive(),
  /** Null where the source records none (the District of Columbia draws its water outside the District). */
  publicSupplyMgalPerDay: z.number().positive().nullable(),
});
export type StateRow = z.infer<typeof StateRowSchema>;

export const StatesFileSchema = z
  .strictObject({
    description: z.string().min(1),
    columns: z.strictObject({
      electricityKwhPerMonth: column,
      residentialCustomers: column,
      waterGallonsPerPersonPerDay: column,
      personsPerHousehold: column,
      publicSupplyMgalPerDay: column,
    }),
    noPublicSupplyReason: z.string().min(1),
    us: z.strictObject({
      name: z.string().min(1),
      electricityKwhPerMonth: fact('kWh/month'),
      waterGallonsPerPersonPerDay: fact('gal/day'),
    }),
    states: z.array(StateRowSchema).min(1),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.states.forEach((s, i) => {
      if (seen.has(s.code)) ctx.addIssue({ code: 'custom', path: ['states', i, 'code'], message: `"${s.code}" is listed twice` });
      seen.add(s.code);
    });
  });
export type StatesFile = z.infer<typeof StatesFileSchema>;
