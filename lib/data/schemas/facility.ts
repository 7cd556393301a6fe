/** data/facilities/<id>.json: one facility, its dated timeline, power, water and what its utility estimated. */
import { z } from 'zod';

import { fact, isoDate, slug, sourceIds } from './common';

/** The facility's figures that change over time; an event lists only those it changes. */
export const FacilityStateSchema = z
  .strictObject({
    gpuCount: fact('GPUs'),
    gridPowerSuppliedMw: fact('MW'),
    gridPowerApprovedMw: fact('MW'),
    onsiteTurbinesReportedCount: fact('turbines'),
    onsiteTurbinesReportedMw: fact('MW'),
    onsiteTurbineUnitMw: fact('MW/turbine'),
    onsiteTurbinesPermittedCount: fact('turbines'),
    onsiteTurbinesPermittedMw: fact('MW'),
    batteryPowerMw: fact('MW'),
  })
  .partial();
export type FacilityStateChanges = z.infer<typeof FacilityStateSchema>;
export type FacilityStateKey = keyof FacilityStateChanges;

export const TimelineEventSchema = z.strictObject({
  date: isoDate,
  title: z.string().min(1),
  description: z.string().min(1),
  sourceIds: sourceIds.min(1),
  /** The GPUs by model, where the event's count was broken down (each model must be in data/factors.json). */
  gpuMix: z.array(z.strictObject({ model: z.string().min(1), count: fact('GPUs') })).min(1).optional(),
  changes: FacilityStateSchema,
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const FacilitySchema = z
  .strictObject({
    id: slug,
    name: z.string().min(1),
    shortName: z.string().min(1),
    operator: z.string().min(1),
    address: z.string().min(1),
    neighbourhood: z.string().min(1),
    placeId: slug,
    summary: z.string().min(1),
    addressSourceIds: sourceIds.min(1),
    timeline: z.array(TimelineEventSchema).min(1),
    power: z.strictObject({
      /** An outside estimate of the whole site's power (grid, turbines and batteries). */
      estimatedFacilityPowerMw: fact('MW'),
      expectedMonthlyBillUsd: fact('USD/month'),
      reportedMonthlyElectricBillUsd: fact('USD/month'),
      /** The first month the reported bills cover (their as-of date is the last). */
      reportedBillsFrom: isoDate.optional(),
      relatedLoads: z.array(z.strictObject({ label: z.string().min(1), powerMw: fact('MW') })),
    }),
    water: z.strictObject({
      /** The headline figure: expected daily use, with the spread of sources. */
      onsiteUseGallonsPerDay: fact('gal/day'),
      /** Every other report of daily use, each labelled by what it is. */
      reports: z.array(
        z.strictObject({
          label: z.string().min(1),
          kind: z.enum(['expected', 'reported']),
          /** A daily average, or one day's figure (which must not be scaled to a year). */
          period: z.enum(['average', 'single day']),
          gallonsPerDay: fact('gal/day'),
        }),
      ),
      monthlyDrawGallons: fact('gal/month'),
      reportedMonthlyWaterBillUsd: fact('USD/month'),
      waterPriceUsdPer100Gallons: fact('USD/100 gal'),
      recyclingPlant: z.strictObject({
        name: z.string().min(1),
        groundbreakingDate: isoDate,
        groundbreakingSourceIds: sourceIds.min(1),
        capacityGallonsPerDay: fact('gal/day'),
        costUsd: fact('USD'),
        claimedAquiferSavingsGallonsPerYear: fact('gal/yr'),
        claimedShareOfAquiferDraw: fact('share'),
        status: z.string().min(1),
        statusNote: z.string().min(1),
        statusSourceIds: sourceIds.min(1),
      }),
    }),
    /** What the local utility itself said the facility adds to its load. */
    utilityEstimates: z.strictObject({
      electricLoadShare: fact('share'),
      waterUseShare: fact('share'),
    }),
  })
  .superRefine((f, ctx) => {
    f.timeline.forEach((e, i) => {
      const prev = f.timeline[i - 1];
      if (prev !== undefined && e.date < prev.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeline', i, 'date'],
          message: `events must be in date order: ${e.date} comes after ${prev.date}`,
        });
      }
    });
  });
export type Facility = z.infer<typeof FacilitySchema>;