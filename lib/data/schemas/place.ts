/** data/places/<id>.json: a city, its utility and grid, its aquifer, and its household baselines. */
import { z } from 'zod';

import { fact, slug } from './common';

export const HouseholdBaselineSchema = z.strictObject({
  id: slug,
  label: z.string().min(1),
  scope: z.string().min(1),
  /** The row of data/states.json this home is (a two-letter state code, or US): its electricity and customers come from there (lib/data/state-refs.ts). */
  stateTable: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter state code in capitals, or US' })
    .optional(),
  electricityKwhPerMonth: fact('kWh/month'),
  waterGallonsPerDay: fact('gal/day'),
  /** The homes the average is taken over (residential electricity customers), where known: a facility's homes are then also a share of them. */
  homes: fact('households').optional(),
});
export type HouseholdBaseline = z.infer<typeof HouseholdBaselineSchema>;

export const PlaceSchema = z
  .strictObject({
    id: slug,
    name: z.string().min(1),
    region: z.string().min(1),
    cityPopulation: fact('people'),
    cityHouseholds: fact('households'),
    countyPopulation: fact('people'),
    utility: z.strictObject({
      name: z.string().min(1),
      shortName: z.string().min(1),
      electricCustomers: fact('customers'),
      waterCustomers: fact('customers'),
      averageLoadMw: fact('MW'),
      winterPeakMw: fact('MW'),
      summerPeakMw: fact('MW'),
      recordPeakMw: fact('MW'),
      annualSalesMwh: fact('MWh/yr'),
      waterPumpingGallonsPerDay: fact('gal/day'),
      recordWaterDemandGallonsPerDay: fact('gal/day'),
    }),
    grid: z.strictObject({
      name: z.string().min(1),
      shortName: z.string().min(1),
      recordPeakMw: fact('MW'),
    }),
    stateElectricityPrices: z.strictObject({
      industrialUsdPerKwh: fact('USD/kWh'),
      commercialUsdPerKwh: fact('USD/kWh'),
    }),
    aquifer: z.strictObject({
      name: z.string().min(1),
      volumeGallons: fact('gal'),
      countyWithdrawalsGallonsPerDay: fact('gal/day'),
      maxDeclineFeetPerYear: fact('ft/yr'),
      utilityPumpingDeclineGallonsPerDay: fact('gal/day'),
      rechargeGallonsPerDay: fact('gal/day'),
    }),
    householdBaselines: z.array(HouseholdBaselineSchema).min(1),
    /** The baseline used for a single headline figure; the others give its range. */
    defaultHouseholdBaselineId: slug,
    /** The state's average home and the nation's: the region page sets each site against its own state's home, the U.S. beside it. */
    stateHouseholdBaselineId: slug,
    nationalHouseholdBaselineId: slug,
    /**
     * The largest sources of nitrogen oxides (NOx) in the area, from an emissions inventory, as a
     * baseline people know; `reportedVia` says where the figures were read when that was not the inventory itself.
     */
    largestNoxSources: z
      .strictObject({
        inventory: z.string().min(1),
        area: z.string().min(1),
        reportedVia: z.string().min(1).optional(),
        sources: z.array(z.strictObject({ name: z.string().min(1), tonsPerYear: fact('short tons/yr') })).min(1),
      })
      .optional(),
    personWaterGallonsPerDay: fact('gal/day'),
  })
  .superRefine((p, ctx) => {
    for (const key of ['defaultHouseholdBaselineId', 'stateHouseholdBaselineId', 'nationalHouseholdBaselineId'] as const) {
      if (!p.householdBaselines.some((b) => b.id === p[key])) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${p[key]}" is not one of the householdBaselines ids (${p.householdBaselines.map((b) => b.id).join(', ')})`,
        });
      }
    }
    const u = p.utility;
    const order: [string, typeof u.averageLoadMw, string, typeof u.averageLoadMw][] = [
      ['averageLoadMw', u.averageLoadMw, 'summerPeakMw', u.summerPeakMw],
      ['summerPeakMw', u.summerPeakMw, 'recordPeakMw', u.recordPeakMw],
    ];
    for (const [lowName, lowQ, highName, highQ] of order) {
      if (lowQ.kind === 'known' && highQ.kind === 'known' && lowQ.value > highQ.value) {
        ctx.addIssue({
          code: 'custom',
          path: ['utility', lowName],
          message: `${lowName} (${lowQ.value}) must not exceed ${highName} (${highQ.value})`,
        });
      }
    }
  });
export type Place = z.infer<typeof PlaceSchema>;